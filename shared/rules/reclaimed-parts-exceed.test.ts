import { testRule } from '../../tests/support/rule-tester';
import rule from './reclaimed-parts-exceed';

testRule(rule, {
  valid: [
    { record: { reclaimedArea: '5', reclaimedCultivated: '3', reclaimedFarmland: '1' } },
    { name: 'boundary: all equal', record: { reclaimedArea: '5', reclaimedCultivated: '5', reclaimedFarmland: '5' } },
    { name: 'equal after conversion (float noise is not a difference)', record: { reclaimedArea: '4.2', reclaimedCultivated: { ha: '0.28' }, reclaimedFarmland: '4.2' } },
    { name: 'an empty 其中耕地 is not 0', record: { reclaimedArea: '5', reclaimedFarmland: '1' } },
    { name: 'an empty total is not compared', record: { reclaimedCultivated: '3', reclaimedFarmland: '1' } },
    { name: 'an unreadable 其中耕地 is not compared', record: { reclaimedArea: '5', reclaimedCultivated: '未测', reclaimedFarmland: '9' } },
  ],
  invalid: [
    {
      name: '其中耕地 > 拆除复耕面积 by one hundredth',
      record: { reclaimedArea: '5', reclaimedCultivated: '5.01', reclaimedFarmland: '1' },
      errors: [
        {
          messageId: 'cultivatedExceedsTotal',
          fields: ['reclaimedCultivated', 'reclaimedArea'],
          data: { reclaimedCultivated: 5.01, reclaimedArea: 5, unit: '亩' },
        },
      ],
    },
    {
      name: '其中永农 > 其中耕地',
      record: { reclaimedArea: '5', reclaimedCultivated: '3', reclaimedFarmland: '3.5' },
      errors: [
        {
          messageId: 'farmlandExceedsCultivated',
          fields: ['reclaimedFarmland', 'reclaimedCultivated'],
          data: { reclaimedFarmland: 3.5, reclaimedCultivated: 3, unit: '亩' },
        },
      ],
    },
    {
      name: 'both at once',
      record: { reclaimedArea: '2', reclaimedCultivated: '3', reclaimedFarmland: '4' },
      errors: [{ messageId: 'cultivatedExceedsTotal' }, { messageId: 'farmlandExceedsCultivated' }],
    },
    {
      name: 'units differ, on a 矿产 patch: 0.4 公顷 = 6 亩',
      record: { reclaimedArea: '5.5', reclaimedCultivated: { ha: '0.4' }, patchKind: '矿产' },
      errors: [{ messageId: 'cultivatedExceedsTotal', data: { reclaimedCultivated: 6, reclaimedArea: 5.5 } }],
    },
  ],
  notApplicable: [{ record: { reclaimedArea: '5', reclaimedCultivated: '3' }, absent: ['reclaimedFarmland'] }],
});
