import { isEmpty, numberOf } from '../../shared/model/patch-record';
import { defineRule } from '../../shared/rules/define-rule';

/** Money is filed to the 分: a shortfall under half a 分 is float noise (万元 × 10 000), not money. */
const HALF_FEN = 0.005;

/**
 * A 销号-only check (issue 5 item 3: no 销号 "of a fined case whose fine is not collected"): no
 * audit rule says this — an audited sheet may well show a fine still being collected — so it is
 * not in the catalogue (RECORD_RULES) and runs only in closeItem.
 */
export default defineRule({
  id: 'fine-collected-before-close',
  title: '罚款未收缴完毕',
  severity: 'error',
  description: '处以罚款（罚款金额大于 0）的图斑，罚款须全部收缴（收缴金额不小于罚款金额）后才能销号。',
  fields: ['fineAmount', 'fineCollected'],
  patchKinds: 'both',
  messages: {
    short: '罚款金额 {fineAmount} 元，已收缴 {fineCollected} 元，罚款未收缴到位，不能销号。',
    unknown: '罚款金额 {fineAmount} 元，罚款收缴金额未填或无法辨认，不能销号。',
  },
  source: { tag: 'seed', refs: ['S0'], note: 'S0: 罚款收缴率 100%；reports-and-ledger.md 销号: 罚款 collected where fined.' },
  check(record) {
    const fineAmount = numberOf(record, 'fineAmount');
    if (fineAmount === undefined || fineAmount <= HALF_FEN) return [];
    const fineCollected = isEmpty(record, 'fineCollected') ? undefined : numberOf(record, 'fineCollected');
    if (fineCollected === undefined) return [{ messageId: 'unknown', data: { fineAmount }, fields: ['fineCollected'] }];
    if (fineAmount - fineCollected <= HALF_FEN) return [];
    return [{ messageId: 'short', data: { fineAmount, fineCollected }, fields: ['fineCollected'] }];
  },
});
