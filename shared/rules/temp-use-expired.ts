import { addYears } from '../model/dates';
import { dateOf, isFilled } from '../model/patch-record';
import { defineRule } from './define-rule';
import { detailOf, isInferred } from './readings';

export default defineRule({
  id: 'temp-use-expired',
  title: '临时用地已到期',
  severity: 'warning',
  description:
    '具体情形为临时用地，且使用期限已在审核日之前届满：期限取临时用地到期时间，未填时取批准时间加配置年限（全国默认 2 年）；到期当天不算届满；到期时间填了但无法识别时不推算。',
  fields: ['verdictDetail'],
  // rules.md: not applicable when neither date column is present (requiresAnyOf).
  optionalFields: ['tempUseEnd', 'approvalDate'],
  requiresAnyOf: ['tempUseEnd', 'approvalDate'],
  patchKinds: 'land',
  messages: {
    expired: '临时用地到期时间 {tempUseEnd:日期} 早于今天（{asOf:日期}）：使用期限已届满，应恢复原状或重新办理。',
    expiredByDefault: '临时用地批准时间 {approvalDate:日期} 加 {years} 年为 {termEnd:日期}，早于今天（{asOf:日期}）：使用期限已届满，应恢复原状或重新办理。',
    expiredByReferenceTerm: '临时用地未填到期时间；批准时间 {approvalDate:日期} 加参考期限 {years} 年（推定，通知未规定）为 {termEnd:日期}，早于今天（{asOf:日期}）：请核实使用期限是否已届满。',
  },
  source: {
    tag: 'inferred',
    refs: ['S4'],
    note: '临时用地期限一般不超过两年（配置 thresholds.tempUseDefaultYears），期满应恢复；S4 要求周期复核临时用地。',
  },
  check(record, context) {
    if (detailOf(record, context.profile) !== '临时用地') return [];
    const { asOf } = context;
    // An impossible 到期时间 is filled, of unknown value: compare nothing rather than guess the term.
    if (isFilled(record, 'tempUseEnd')) {
      const tempUseEnd = dateOf(record, 'tempUseEnd');
      if (tempUseEnd === undefined || tempUseEnd >= asOf) return [];
      return [{ messageId: 'expired', data: { tempUseEnd, asOf }, fields: ['tempUseEnd'] }];
    }
    const approvalDate = dateOf(record, 'approvalDate');
    if (approvalDate === undefined) return [];
    const years = context.profile.thresholds.tempUseDefaultYears;
    const termEnd = addYears(approvalDate, years);
    if (termEnd >= asOf) return [];
    const messageId = isInferred(context.profile, 'thresholds.tempUseDefaultYears') ? 'expiredByReferenceTerm' : 'expiredByDefault';
    return [{ messageId, data: { approvalDate, years, termEnd, asOf }, fields: ['approvalDate'] }];
  },
});
