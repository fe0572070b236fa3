import { testRule } from '../../tests/support/rule-tester';
import rule from './fine-without-decision';

testRule(rule, {
  valid: [
    { record: { fineAmount: '12000', penaltyNo: '离自然资罚〔2023〕8号' } },
    { name: 'a fine of 0 needs no decision', record: { fineAmount: '0' } },
    { name: 'no fine', record: {} },
    { name: 'an unreadable amount is not judged', record: { fineAmount: '待定' } },
  ],
  invalid: [
    { name: 'on a 矿产 patch too', record: { fineAmount: '5000', patchKind: '矿产' }, errors: [{ messageId: 'noDecision' }] },
    { record: { fineAmount: '12000' }, errors: [{ messageId: 'noDecision', fields: ['penaltyNo'], data: { fineAmount: 12000 } }] },
    { name: 'boundary: the smallest positive amount', record: { fineAmount: '0.01' }, errors: [{ messageId: 'noDecision', data: { fineAmount: 0.01 } }] },
    { name: 'in 万元', record: { fineAmount: '1.2万元' }, errors: [{ messageId: 'noDecision', data: { fineAmount: 12000 } }] },
    { name: 'negative, with a decision', record: { fineAmount: '-500', penaltyNo: 'F8' }, errors: [{ messageId: 'negative', fields: ['fineAmount'], data: { fineAmount: -500 } }] },
    { name: 'negative, without a decision: reported as negative only', record: { fineAmount: '-500' }, errors: [{ messageId: 'negative' }] },
  ],
  notApplicable: [{ record: { fineAmount: '12000' }, absent: ['penaltyNo'] }],
});
