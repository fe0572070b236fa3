import { testRule } from '../../tests/support/rule-tester';
import rule from './violation-area-exceeds-monitored';

testRule(rule, {
  valid: [
    { record: { violationArea: '80', areaMonitored: '100' } },
    { name: 'larger within the 1 % tolerance', record: { violationArea: '100.5', areaMonitored: '100' } },
    { name: 'exactly 1 % larger is not beyond tolerance', record: { violationArea: '101', areaMonitored: '100' } },
    { name: 'a missing 监测面积 is skipped', record: { violationArea: '101' } },
    { name: 'a profile with a wider tolerance', record: { violationArea: '104', areaMonitored: '100' }, profile: { areaTolerance: { relative: 0.05 } } },
  ],
  invalid: [
    {
      name: 'just beyond 1 %',
      record: { violationArea: '101.01', areaMonitored: '100' },
      errors: [{ messageId: 'exceeds', fields: ['violationArea'], data: { violation: 101.01, monitored: 100, unit: '亩', tolerancePercent: 1 } }],
    },
    {
      name: 'compared in the profile unit (公顷 converted to 亩)',
      record: { violationArea: { ha: '1.0000' }, areaMonitored: '14.80' },
      errors: [{ messageId: 'exceeds', data: { violation: 15, monitored: 14.8 } }],
    },
    { name: 'on a 矿产 patch too', record: { violationArea: '12', areaMonitored: '10', patchKind: '矿产' }, errors: [{ messageId: 'exceeds', data: { violation: 12, monitored: 10 } }] },
    {
      name: 'a profile with no tolerance',
      record: { violationArea: '100.01', areaMonitored: '100' },
      profile: { areaTolerance: { relative: 0 } },
      errors: [{ messageId: 'exceeds', data: { tolerancePercent: 0 } }],
    },
  ],
  notApplicable: [{ name: 'sheet without 监测面积', record: { violationArea: '101.01' }, absent: ['areaMonitored'] }, { name: 'sheet without 违法面积', record: { areaMonitored: '100' }, absent: ['violationArea'] }],
});
