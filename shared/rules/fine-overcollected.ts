import { isEmpty, numberOf } from '../model/patch-record';
import { defineRule } from './define-rule';

/** Money is filed to the 分: a difference under half a 分 is float noise (万元 × 10 000), not money. */
const HALF_FEN = 0.005;

export default defineRule({
  id: 'fine-overcollected',
  title: '罚没收缴超罚款',
  severity: 'error',
  description:
    '罚款收缴金额大于罚款金额（罚款金额未填按 0 计；金额无法辨认时无从比较，不报；表中没有罚款金额列时本规则不适用）。',
  fields: ['fineCollected'],
  // rules.md brackets 罚款 ("an empty 罚款 counts as 0"), but a missing column is not an empty cell:
  // without it nothing can be compared, so the rule says it could not run instead of passing all.
  optionalFields: ['fineAmount'],
  requiresAnyOf: ['fineAmount'],
  patchKinds: 'both',
  messages: {
    overcollected: '罚款收缴金额 {fineCollected:元} 大于罚款金额 {fineAmount:元}：请核对两项金额。',
  },
  source: { tag: 'seed', refs: ['S0'], note: 'S0: 罚款收缴率 100%——收缴额以罚款额为上限，超出说明其中一项填错。' },
  check(record) {
    const fineCollected = numberOf(record, 'fineCollected');
    if (fineCollected === undefined) return [];
    const fineAmount = isEmpty(record, 'fineAmount') ? 0 : numberOf(record, 'fineAmount');
    if (fineAmount === undefined || fineCollected - fineAmount <= HALF_FEN) return [];
    return [{ messageId: 'overcollected', data: { fineCollected, fineAmount }, fields: ['fineCollected', 'fineAmount'] }];
  },
});
