import { testRule } from '../../tests/support/rule-tester';
import rule from './redline-exceeds-monitored';

testRule(rule, {
  valid: [
    { record: { areaRedline: '2', areaMonitored: '12.5' } },
    { name: 'equal is not greater', record: { areaRedline: '12.5', areaMonitored: '12.50' } },
    { name: 'equal across units (1.5 公顷 = 22.5 亩)', record: { areaRedline: '22.50', areaMonitored: { ha: '1.5000' } } },
    { name: 'a missing area is skipped', record: { areaMonitored: '12.5' } },
  ],
  invalid: [
    { name: 'on a 矿产 patch too', record: { areaRedline: '13', areaMonitored: '12.5', patchKind: '矿产' }, errors: [{ messageId: 'exceeds' }] },
    {
      record: { areaRedline: '12.51', areaMonitored: '12.5' },
      errors: [{ messageId: 'exceeds', fields: ['areaRedline', 'areaMonitored'], data: { redline: 12.51, monitored: 12.5, unit: '亩' } }],
    },
    {
      name: 'compared in the profile unit (公顷 converted to 亩)',
      record: { areaRedline: '22.51', areaMonitored: { ha: '1.5000' } },
      errors: [{ messageId: 'exceeds', data: { redline: 22.51, monitored: 22.5 } }],
    },
  ],
  notApplicable: [{ name: 'sheet without 生态保护红线面积', record: { areaMonitored: '12.5' }, absent: ['areaRedline'] }],
});
