import { testRule } from '../../tests/support/rule-tester';
import rule from './case-closed-without-penalty';

testRule(rule, {
  valid: [
    { record: { caseClosed: '是', penaltyNo: '离自然资罚〔2023〕8号' } },
    { name: 'not closed', record: { caseClosed: '否' } },
    { name: '结案 unanswered', record: {} },
  ],
  invalid: [
    { record: { caseClosed: '是' }, errors: [{ messageId: 'noDecision', fields: ['penaltyNo'] }] },
    { name: 'on a 矿产 patch too', record: { caseClosed: '√', patchKind: '矿产' }, errors: [{ messageId: 'noDecision' }] },
  ],
  notApplicable: [{ record: { caseClosed: '是' }, absent: ['penaltyNo'] }],
});
