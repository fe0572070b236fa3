import { AREA_UNIT_LABEL } from '../model/areas';
import { areaOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { areaExceeds, areaForMessage } from './readings';

export default defineRule({
  id: 'redline-exceeds-monitored',
  title: '红线面积超监测面积',
  severity: 'error',
  description: '生态保护红线面积大于监测面积：红线内面积是图斑的一部分，不能超过图斑本身（按配置的面积单位比较，不设容差）。',
  fields: ['areaRedline', 'areaMonitored'],
  patchKinds: 'both',
  messages: {
    exceeds: '生态保护红线面积 {redline:面积} 大于监测面积 {monitored:面积}：请核对两项面积。',
  },
  source: { tag: 'inferred', refs: [], note: '生态保护红线面积是监测图斑落在红线内的部分，按定义不超过监测面积。' },
  check(record, context) {
    const redline = areaOf(record, 'areaRedline', context.areaUnit);
    const monitored = areaOf(record, 'areaMonitored', context.areaUnit);
    if (redline === undefined || monitored === undefined || !areaExceeds(redline, monitored)) return [];
    return [
      {
        messageId: 'exceeds',
        data: { redline: areaForMessage(redline), monitored: areaForMessage(monitored), unit: AREA_UNIT_LABEL[context.areaUnit] },
        fields: ['areaRedline', 'areaMonitored'],
      },
    ];
  },
});
