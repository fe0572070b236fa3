import { testRule } from '../../tests/support/rule-tester';
import rule from './cultivated-exceeds-monitored';

testRule(rule, {
  valid: [
    { record: { areaCultivated: '8.5', areaMonitored: '12.5' } },
    { name: 'equal is not greater', record: { areaCultivated: '12.50', areaMonitored: '12.5' } },
    { name: 'equal across units (1.2 公顷 = 18 亩)', record: { areaCultivated: { ha: '1.2000' }, areaMonitored: '18' } },
    { name: 'a missing area is skipped', record: { areaCultivated: '8.5' } },
    { name: 'an unreadable area is skipped', record: { areaCultivated: '二十', areaMonitored: '12.5' } },
  ],
  invalid: [
    {
      record: { areaCultivated: '12.51', areaMonitored: '12.5' },
      errors: [{ messageId: 'exceeds', fields: ['areaCultivated', 'areaMonitored'], data: { cultivated: 12.51, monitored: 12.5, unit: '亩' } }],
    },
    {
      name: 'compared in the profile unit (公顷 converted to 亩)',
      record: { areaCultivated: { ha: '1.2345' }, areaMonitored: '18.50' },
      errors: [{ messageId: 'exceeds', data: { cultivated: 18.5175, monitored: 18.5, unit: '亩' } }],
    },
    {
      name: 'a 公顷 profile reads both in 公顷',
      record: { areaCultivated: '18.60', areaMonitored: { ha: '1.2345' } },
      profile: { areaUnit: 'ha' },
      errors: [{ messageId: 'exceeds', data: { cultivated: 1.24, monitored: 1.2345, unit: '公顷' } }],
    },
    { name: 'on a 矿产 patch too', record: { areaCultivated: '20', areaMonitored: '10', patchKind: '矿产' }, errors: [{ messageId: 'exceeds' }] },
  ],
  notApplicable: [{ name: 'sheet without 监测面积', record: { areaCultivated: '20' }, absent: ['areaMonitored'] }],
});
