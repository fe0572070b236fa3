import { testRule } from '../../tests/support/rule-tester';
import rule from './case-closed-without-case';

testRule(rule, {
  valid: [
    { record: { caseClosed: '是', caseFiled: '是' } },
    { name: 'not closed, not filed', record: { caseClosed: '否', caseFiled: '否' } },
    { name: '结案 unanswered', record: { caseFiled: '否' } },
  ],
  invalid: [
    { name: '立案 = 否', record: { caseClosed: '是', caseFiled: '否' }, errors: [{ messageId: 'caseNotFiled', fields: ['caseClosed', 'caseFiled'], data: { caseFiled: '否' } }] },
    { name: '立案 unanswered', record: { caseClosed: '是' }, errors: [{ messageId: 'caseUnanswered', fields: ['caseFiled'] }] },
    { name: 'on a 矿产 patch too', record: { caseClosed: '1', caseFiled: '0', patchKind: '矿产' }, errors: [{ messageId: 'caseNotFiled', data: { caseFiled: '0' } }] },
  ],
  notApplicable: [{ record: { caseClosed: '是' }, absent: ['caseFiled'] }],
});
