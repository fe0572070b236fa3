import { testRule } from '../../tests/support/rule-tester';
import rule from './farmland-exceeds-cultivated';

testRule(rule, {
  valid: [
    { record: { areaFarmland: '3', areaCultivated: '8.5' } },
    { name: 'equal is not greater', record: { areaFarmland: '8.50', areaCultivated: '8.5' } },
    { name: 'equal across units (0.2 公顷 = 3 亩)', record: { areaFarmland: { ha: '0.2000' }, areaCultivated: '3.00' } },
    { name: 'no 耕地 filed: skipped, not read as 0', record: { areaFarmland: '3' } },
    { name: 'an unreadable area is skipped', record: { areaFarmland: '3', areaCultivated: '见附件' } },
  ],
  invalid: [
    { name: 'on a 矿产 patch too', record: { areaFarmland: '4', areaCultivated: '3', patchKind: '矿产' }, errors: [{ messageId: 'exceeds' }] },
    {
      record: { areaFarmland: '8.51', areaCultivated: '8.5' },
      errors: [{ messageId: 'exceeds', fields: ['areaFarmland', 'areaCultivated'], data: { farmland: 8.51, cultivated: 8.5, unit: '亩' } }],
    },
    {
      name: 'compared in the profile unit (公顷 converted to 亩)',
      record: { areaFarmland: { ha: '0.2001' }, areaCultivated: '3.00' },
      errors: [{ messageId: 'exceeds', data: { farmland: 3.0015, cultivated: 3 } }],
    },
    { name: '0 耕地 is a value', record: { areaFarmland: '0.5', areaCultivated: '0' }, errors: [{ messageId: 'exceeds' }] },
  ],
  notApplicable: [{ name: 'sheet without 耕地面积', record: { areaFarmland: '3' }, absent: ['areaCultivated'] }],
});
