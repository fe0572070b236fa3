import { AREA_UNIT_LABEL } from '../model/areas';
import { areaOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { areaForMessage, exceedsBeyondTolerance } from './readings';

export default defineRule({
  id: 'violation-area-exceeds-monitored',
  title: '违法面积超监测面积',
  severity: 'warning',
  description: '违法面积超出监测面积且超出容差（默认监测面积的 1%）：违法用地范围一般在图斑内，超出较多时需复核面积或矢量范围。',
  fields: ['violationArea', 'areaMonitored'],
  patchKinds: 'both',
  messages: {
    exceeds: '违法面积 {violation:面积} 超出监测面积 {monitored:面积}，超过允许误差 {tolerancePercent:百分比}：请核对违法面积。',
  },
  source: {
    tag: 'inferred',
    refs: [],
    note: '实地勘测的违法范围可略大于遥感监测图斑，故只在超出配置容差（areaTolerance.relative，默认 1%）时警告。',
  },
  check(record, context) {
    const violation = areaOf(record, 'violationArea', context.areaUnit);
    const monitored = areaOf(record, 'areaMonitored', context.areaUnit);
    if (violation === undefined || monitored === undefined) return [];
    if (!exceedsBeyondTolerance(violation, monitored, monitored, context.profile)) return [];
    return [
      {
        messageId: 'exceeds',
        data: {
          violation: areaForMessage(violation),
          monitored: areaForMessage(monitored),
          unit: AREA_UNIT_LABEL[context.areaUnit],
          tolerancePercent: Number((context.profile.areaTolerance.relative * 100).toFixed(4)),
        },
        // 监测面积 is issued (下发, read-only for the county): the 违法面积 is what the filer can fix.
        fields: ['violationArea'],
      },
    ];
  },
});
