import { areaOf, isEmpty } from '../model/patch-record';
import { defineRule } from './define-rule';
import { areaAtLeast, areaForMessage, verdictOf } from './readings';

export default defineRule({
  id: 'mineral-field-check',
  severity: 'warning',
  description: '矿产图斑判定违法，监测面积 ≥ 10亩（按亩计），却没有实地核查时间。',
  fields: ['patchKind', 'verdict', 'areaMonitored', 'fieldCheckDate'],
  patchKinds: 'mineral',
  messages: {
    missingFieldCheck: '矿产违法图斑监测面积 {area:亩}，达到实地核查标准（{threshold} 亩及以上），但未填实地核查时间：请实地核查后填写。',
  },
  source: {
    tag: 'sourced',
    refs: ['S4'],
    note: '矿产违法图斑达到面积标准须实地核查（S4 四(二) 亦要求矿产卫片执法图斑逐一实地核查）。阈值见 profile.thresholds.mineralFieldCheckMu。',
  },
  check(record, context) {
    if (verdictOf(record) !== '违法' || !isEmpty(record, 'fieldCheckDate')) return [];
    // The threshold is in 亩 whatever the profile's display unit.
    const areaMu = areaOf(record, 'areaMonitored', 'mu');
    const threshold = context.profile.thresholds.mineralFieldCheckMu;
    if (areaMu === undefined || !areaAtLeast(areaMu, threshold)) return [];
    return [{ messageId: 'missingFieldCheck', data: { area: areaForMessage(areaMu), threshold }, fields: ['fieldCheckDate'] }];
  },
});
