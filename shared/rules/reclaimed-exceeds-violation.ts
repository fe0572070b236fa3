import { AREA_UNIT_LABEL } from '../model/areas';
import { areaOf, isFilled } from '../model/patch-record';
import { defineRule } from './define-rule';
import { areaExceeds, areaForMessage } from './readings';

export default defineRule({
  id: 'reclaimed-exceeds-violation',
  title: '复耕面积超违法面积',
  severity: 'error',
  description:
    '拆除复耕面积大于违法面积；违法面积未填或表中无此列时，与监测面积比较。按字面“大于”判断（不用面积容差），只忽略换算产生的浮点误差；无法辨认的面积不比较，也不改用监测面积。',
  fields: ['reclaimedArea'],
  optionalFields: ['violationArea', 'areaMonitored'],
  // With neither column there is nothing to compare with: not applicable, not a silent pass.
  requiresAnyOf: ['violationArea', 'areaMonitored'],
  patchKinds: 'both',
  messages: {
    exceedsViolation: '拆除复耕面积 {reclaimedArea:面积} 大于违法面积 {violationArea:面积}：请核对两项面积。',
    exceedsMonitored: '拆除复耕面积 {reclaimedArea:面积} 大于监测面积 {areaMonitored:面积}（违法面积未填）：请核对面积。',
  },
  source: { tag: 'inferred', refs: [], note: '拆除复耕的只能是违法占用的土地，面积不应超过违法面积，更不应超过监测图斑面积。' },
  check(record, context) {
    const reclaimed = areaOf(record, 'reclaimedArea', context.areaUnit);
    if (reclaimed === undefined) return [];
    const unit = AREA_UNIT_LABEL[context.areaUnit];
    // A filled but unreadable 违法面积 is of unknown value (rules.md): skip rather than fall back.
    if (isFilled(record, 'violationArea')) {
      const violation = areaOf(record, 'violationArea', context.areaUnit);
      if (violation === undefined || !areaExceeds(reclaimed, violation)) return [];
      return [
        {
          messageId: 'exceedsViolation',
          data: { reclaimedArea: areaForMessage(reclaimed), violationArea: areaForMessage(violation), unit },
          fields: ['reclaimedArea', 'violationArea'],
        },
      ];
    }
    const monitored = areaOf(record, 'areaMonitored', context.areaUnit);
    if (monitored === undefined || !areaExceeds(reclaimed, monitored)) return [];
    return [
      {
        messageId: 'exceedsMonitored',
        data: { reclaimedArea: areaForMessage(reclaimed), areaMonitored: areaForMessage(monitored), unit },
        fields: ['reclaimedArea'],
      },
    ];
  },
});
