import { testRule } from '../../tests/support/rule-tester';
import rule from './penalty-without-case';

testRule(rule, {
  valid: [
    { record: { penaltyNo: '离自然资罚〔2023〕8号', caseFiled: '是' } },
    { name: 'no penalty, no case', record: { caseFiled: '否' } },
    { name: 'nothing filled', record: {} },
  ],
  invalid: [
    { name: 'on a 矿产 patch too', record: { penaltyNo: 'F8', caseFiled: '否', patchKind: '矿产' }, errors: [{ messageId: 'caseNotFiled' }] },
    {
      name: '立案 = 否',
      record: { penaltyNo: '离自然资罚〔2023〕8号', caseFiled: '否' },
      errors: [{ messageId: 'caseNotFiled', fields: ['penaltyNo', 'caseFiled'], data: { penaltyNo: '离自然资罚〔2023〕8号', caseFiled: '否' } }],
    },
    { name: '立案 unanswered', record: { penaltyNo: '离自然资罚〔2023〕8号' }, errors: [{ messageId: 'caseUnanswered', fields: ['caseFiled'], data: { penaltyNo: '离自然资罚〔2023〕8号' } }] },
    { name: 'an unreadable 是否立案 is not 是', record: { penaltyNo: 'F8', caseFiled: '待定' }, errors: [{ messageId: 'caseNotFiled', data: { caseFiled: '待定' } }] },
  ],
  notApplicable: [{ record: { penaltyNo: 'F8' }, absent: ['caseFiled'] }],
});
