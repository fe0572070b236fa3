import { AREA_UNIT_LABEL } from '../model/areas';
import { areaOf } from '../model/patch-record';
import { defineRule, type RuleReport } from './define-rule';
import { areaExceeds, areaForMessage } from './readings';

type PartsMessage = 'cultivatedExceedsTotal' | 'farmlandExceedsCultivated';

export default defineRule({
  id: 'reclaimed-parts-exceed',
  title: '复耕分项面积超总数',
  severity: 'error',
  description:
    '拆除复耕面积中，其中耕地大于拆除复耕面积，或其中永久基本农田大于其中耕地。按字面“大于”判断，只忽略换算的浮点误差；未填或无法辨认的面积不比较（不当作 0）。',
  fields: ['reclaimedArea', 'reclaimedCultivated', 'reclaimedFarmland'],
  patchKinds: 'both',
  messages: {
    cultivatedExceedsTotal: '拆除复耕其中耕地 {reclaimedCultivated:面积} 大于拆除复耕面积 {reclaimedArea:面积}：请核对。',
    farmlandExceedsCultivated: '拆除复耕其中永久基本农田 {reclaimedFarmland:面积} 大于其中耕地 {reclaimedCultivated:面积}：请核对。',
  },
  source: { tag: 'inferred', refs: [], note: '“其中”是部分：永久基本农田 ⊆ 耕地 ⊆ 拆除复耕面积。' },
  check(record, context) {
    const total = areaOf(record, 'reclaimedArea', context.areaUnit);
    const cultivated = areaOf(record, 'reclaimedCultivated', context.areaUnit);
    const farmland = areaOf(record, 'reclaimedFarmland', context.areaUnit);
    const unit = AREA_UNIT_LABEL[context.areaUnit];
    const reports: RuleReport<PartsMessage>[] = [];
    if (cultivated !== undefined && total !== undefined && areaExceeds(cultivated, total)) {
      reports.push({
        messageId: 'cultivatedExceedsTotal',
        data: { reclaimedCultivated: areaForMessage(cultivated), reclaimedArea: areaForMessage(total), unit },
        fields: ['reclaimedCultivated', 'reclaimedArea'],
      });
    }
    if (farmland !== undefined && cultivated !== undefined && areaExceeds(farmland, cultivated)) {
      reports.push({
        messageId: 'farmlandExceedsCultivated',
        data: { reclaimedFarmland: areaForMessage(farmland), reclaimedCultivated: areaForMessage(cultivated), unit },
        fields: ['reclaimedFarmland', 'reclaimedCultivated'],
      });
    }
    return reports;
  },
});
