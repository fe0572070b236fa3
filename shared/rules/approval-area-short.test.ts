import { testRule } from '../../tests/support/rule-tester';
import rule from './approval-area-short';

testRule(rule, {
  valid: [
    { record: { approvalArea: '100', areaMonitored: '100' } },
    { name: 'approved more than monitored', record: { approvalArea: '120', areaMonitored: '100' } },
    { name: 'short by exactly the tolerance (1 %)', record: { approvalArea: '99', areaMonitored: '100' } },
    { name: 'no approval area', record: { areaMonitored: '100' } },
    { name: 'an unreadable approval area is skipped', record: { approvalArea: '约100', areaMonitored: '120' } },
    { name: 'compared in one unit: 6.6 公顷 = 99 亩', record: { approvalArea: { ha: '6.6' }, areaMonitored: { mu: '100' } } },
    { name: 'a wider tolerance from the profile', record: { approvalArea: '96', areaMonitored: '100' }, profile: { areaTolerance: { relative: 0.05 } } },
    { name: 'land-only: not run on a 矿产 patch', record: { approvalArea: '50', areaMonitored: '100', patchKind: '矿产' } },
  ],
  invalid: [
    {
      name: 'short by just over the tolerance',
      record: { approvalArea: '98.99', areaMonitored: '100' },
      errors: [{ messageId: 'approvedLess', fields: ['approvalArea'], data: { approvalArea: 98.99, areaMonitored: 100, unit: '亩' } }],
    },
    { name: 'a 公顷 reading is compared in 亩', record: { approvalArea: { ha: '6' }, areaMonitored: { mu: '100' } }, errors: [{ messageId: 'approvedLess', data: { approvalArea: 90, areaMonitored: 100, unit: '亩' } }] },
    {
      name: 'a 公顷 profile compares in 公顷',
      record: { approvalArea: { mu: '15' }, areaMonitored: { ha: '2' } },
      profile: { areaUnit: 'ha' },
      errors: [{ messageId: 'approvedLess', data: { approvalArea: 1, areaMonitored: 2, unit: '公顷' } }],
    },
    { name: 'a zero approval area', record: { approvalArea: '0', areaMonitored: '10' }, errors: [{ messageId: 'approvedLess', data: { approvalArea: 0 } }] },
  ],
  notApplicable: [{ name: 'sheet without a 批准面积 column', record: { areaMonitored: '100' }, absent: ['approvalArea'] }],
});
