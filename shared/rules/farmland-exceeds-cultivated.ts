import { AREA_UNIT_LABEL } from '../model/areas';
import { areaOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { areaExceeds, areaForMessage } from './readings';

export default defineRule({
  id: 'farmland-exceeds-cultivated',
  title: '永农面积超耕地面积',
  severity: 'warning',
  description: '永久基本农田面积大于耕地面积：永农一般是耕地的一部分，超过时需复核两项面积（按配置的面积单位比较，不设容差）。',
  fields: ['areaFarmland', 'areaCultivated'],
  patchKinds: 'both',
  messages: {
    exceeds: '永久基本农田面积 {farmland:面积} 大于耕地面积 {cultivated:面积}：请核对两项面积。',
  },
  source: {
    tag: 'inferred',
    refs: [],
    note: '永久基本农田以耕地为主，但划定时可含少量非耕地（可调整地类等），故为警告而非错误。',
  },
  check(record, context) {
    const farmland = areaOf(record, 'areaFarmland', context.areaUnit);
    const cultivated = areaOf(record, 'areaCultivated', context.areaUnit);
    if (farmland === undefined || cultivated === undefined || !areaExceeds(farmland, cultivated)) return [];
    return [
      {
        messageId: 'exceeds',
        data: { farmland: areaForMessage(farmland), cultivated: areaForMessage(cultivated), unit: AREA_UNIT_LABEL[context.areaUnit] },
        fields: ['areaFarmland', 'areaCultivated'],
      },
    ];
  },
});
