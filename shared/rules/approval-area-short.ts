import { AREA_UNIT_LABEL } from '../model/areas';
import { areaOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { areaForMessage, exceedsBeyondTolerance } from './readings';

export default defineRule({
  id: 'approval-area-short',
  title: '批少占多',
  severity: 'warning',
  description: '批准面积小于监测面积且差额超过容差（配置 areaTolerance，全国默认监测面积的 1%）：疑为批少占多；不论判定类型，只要填了批准面积就比较。',
  fields: ['approvalArea', 'areaMonitored'],
  patchKinds: 'land',
  messages: {
    approvedLess: '批准面积 {approvalArea:面积} 小于监测面积 {areaMonitored:面积}，超出允许误差：疑为批少占多，请核对批准面积或对多占部分另行处理。',
  },
  source: {
    tag: 'inferred',
    refs: [],
    note: '批准面积少于实际占用（监测）面积，多出部分未经批准（批少占多）；容差由配置 areaTolerance.relative 给出。',
  },
  check(record, context) {
    const approvalArea = areaOf(record, 'approvalArea', context.areaUnit);
    const areaMonitored = areaOf(record, 'areaMonitored', context.areaUnit);
    if (approvalArea === undefined || areaMonitored === undefined) return [];
    if (!exceedsBeyondTolerance(areaMonitored, approvalArea, areaMonitored, context.profile)) return [];
    return [
      {
        messageId: 'approvedLess',
        data: { approvalArea: areaForMessage(approvalArea), areaMonitored: areaForMessage(areaMonitored), unit: AREA_UNIT_LABEL[context.areaUnit] },
        fields: ['approvalArea'],
      },
    ];
  },
});
