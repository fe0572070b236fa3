import { isEmpty, numberOf } from '../model/patch-record';
import { defineRule } from './define-rule';

export default defineRule({
  id: 'fine-without-decision',
  title: '罚款缺处罚决定',
  severity: 'error',
  description: '罚款金额大于 0 却没有处罚决定书文号，或罚款金额为负数（罚款为 0 或无法辨认时不报）。',
  fields: ['fineAmount', 'penaltyNo'],
  patchKinds: 'both',
  messages: {
    noDecision: '罚款金额 {fineAmount:元}，但处罚决定书文号未填：请补填。',
    negative: '罚款金额为负数（{fineAmount:元}）：请改正。',
  },
  source: { tag: 'inferred', refs: [], note: '罚款只能依处罚决定书作出；金额不能为负。' },
  check(record) {
    const fineAmount = numberOf(record, 'fineAmount');
    if (fineAmount === undefined) return [];
    if (fineAmount < 0) return [{ messageId: 'negative', data: { fineAmount }, fields: ['fineAmount'] }];
    if (fineAmount > 0 && isEmpty(record, 'penaltyNo')) return [{ messageId: 'noDecision', data: { fineAmount }, fields: ['penaltyNo'] }];
    return [];
  },
});
