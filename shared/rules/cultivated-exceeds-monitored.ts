import { AREA_UNIT_LABEL } from '../model/areas';
import { areaOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { areaExceeds, areaForMessage } from './readings';

export default defineRule({
  id: 'cultivated-exceeds-monitored',
  title: '耕地面积超监测面积',
  severity: 'error',
  description: '耕地面积大于监测面积：耕地是图斑的一部分，不能超过图斑本身（按配置的面积单位比较，不设容差）。',
  fields: ['areaCultivated', 'areaMonitored'],
  patchKinds: 'both',
  messages: {
    exceeds: '耕地面积 {cultivated:面积} 大于监测面积 {monitored:面积}：请核对两项面积。',
  },
  source: { tag: 'inferred', refs: [], note: '耕地面积是监测图斑内的耕地，按定义不超过监测面积。' },
  check(record, context) {
    const cultivated = areaOf(record, 'areaCultivated', context.areaUnit);
    const monitored = areaOf(record, 'areaMonitored', context.areaUnit);
    if (cultivated === undefined || monitored === undefined || !areaExceeds(cultivated, monitored)) return [];
    return [
      {
        messageId: 'exceeds',
        data: { cultivated: areaForMessage(cultivated), monitored: areaForMessage(monitored), unit: AREA_UNIT_LABEL[context.areaUnit] },
        fields: ['areaCultivated', 'areaMonitored'],
      },
    ];
  },
});
