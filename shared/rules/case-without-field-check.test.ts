import { testRule } from '../../tests/support/rule-tester';
import rule from './case-without-field-check';

testRule(rule, {
  valid: [
    { record: { caseFiled: '是', caseDate: '2023-06-01', fieldCheckDate: '2023-05-20' } },
    { name: 'checked on the day of 立案', record: { caseFiled: '是', caseDate: '2023-06-01', fieldCheckDate: '2023-06-01' } },
    { name: 'no case, no penalty: nothing to check', record: { caseFiled: '否' } },
    { name: '立案 unanswered, no penalty', record: {} },
    { name: 'a 立案时间 alone (是否立案 ≠ 是) does not trigger', record: { caseFiled: '否', caseDate: '2023-06-01', fieldCheckDate: '2023-07-01' } },
    { name: 'an impossible 实地核查时间 counts as filled', record: { caseFiled: '是', caseDate: '2023-06-01', fieldCheckDate: '2023-04-31' } },
    { name: 'no 立案时间 to compare with', record: { caseFiled: '是', fieldCheckDate: '2023-07-01' } },
    { name: 'without a 处罚决定书文号 column the rule still runs on 是否立案', record: { caseFiled: '否' }, absent: ['penaltyNo'] },
  ],
  invalid: [
    { name: '立案, no field check', record: { caseFiled: '是', caseDate: '2023-06-01' }, errors: [{ messageId: 'noFieldCheck', fields: ['fieldCheckDate'] }] },
    { name: 'a penalty without 立案, no field check', record: { caseFiled: '否', penaltyNo: '离自然资罚〔2023〕8号' }, errors: [{ messageId: 'noFieldCheck' }] },
    {
      name: 'without a 是否立案 column, a 处罚决定书文号 triggers',
      record: { penaltyNo: '离自然资罚〔2023〕8号' },
      absent: ['caseFiled', 'caseDate'],
      errors: [{ messageId: 'noFieldCheck', fields: ['fieldCheckDate'] }],
    },
    {
      name: 'field check one day after 立案',
      record: { caseFiled: '是', caseDate: '2023-06-01', fieldCheckDate: '2023-06-02' },
      errors: [{ messageId: 'checkAfterCase', fields: ['fieldCheckDate', 'caseDate'], data: { fieldCheckDate: '2023-06-02', caseDate: '2023-06-01' } }],
    },
    {
      name: 'without a 处罚决定书文号 column, 是否立案 alone triggers',
      record: { caseFiled: '是', caseDate: '2023-06-01', fieldCheckDate: '2023-06-02' },
      absent: ['penaltyNo'],
      errors: [{ messageId: 'checkAfterCase' }],
    },
    { name: 'on a 矿产 patch too', record: { caseFiled: '是', patchKind: '矿产' }, errors: [{ messageId: 'noFieldCheck' }] },
    {
      name: 'field check after 立案 on a penalty-only record',
      record: { penaltyNo: 'F8', caseDate: '2023-06-01', fieldCheckDate: '2023-08-01' },
      errors: [{ messageId: 'checkAfterCase', data: { fieldCheckDate: '2023-08-01', caseDate: '2023-06-01' } }],
    },
  ],
  notApplicable: [
    { name: 'sheet without a 实地核查时间 column', record: { caseFiled: '是' }, absent: ['fieldCheckDate'] },
    // Was a silent pass: with neither column no case can be seen, so the rule cannot run.
    { name: 'only the 实地核查时间 column: no case can be seen', record: { fieldCheckDate: '2023-07-01' }, absent: ['caseFiled', 'penaltyNo', 'caseDate'] },
    { name: 'only 实地核查时间 and 立案时间: a date is not 立案 = 是', record: { caseDate: '2023-06-01' }, absent: ['caseFiled', 'penaltyNo'] },
  ],
});
