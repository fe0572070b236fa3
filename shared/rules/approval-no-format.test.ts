import { testRule } from '../../tests/support/rule-tester';
import rule from './approval-no-format';

testRule(rule, {
  valid: [
    { record: { approvalNo: '川府土〔2023〕12号' } },
    { record: { approvalNo: '离政办发〔2019〕24号' } },
    { name: 'surrounding spaces are trimmed', record: { approvalNo: ' 国土资函〔2020〕1005号 ' } },
    { name: 'spaces are not judged', record: { approvalNo: '自然资办发 〔2020〕10 号' } },
    { name: 'empty (other rules judge a missing 文号)', record: {} },
    { name: 'several well-formed 文号 in one cell', record: { approvalNo: '川府土〔2023〕12号、川府土〔2023〕13号' } },
  ],
  invalid: [
    { name: 'square brackets', record: { approvalNo: '川府土[2023]12号' }, errors: [{ messageId: 'wrongBrackets', fields: ['approvalNo'], data: { approvalNo: '川府土[2023]12号', bracket: '[]' } }] },
    { record: { approvalNo: '川府土【2023】12号' }, errors: [{ messageId: 'wrongBrackets', data: { bracket: '【】' } }] },
    { record: { approvalNo: '川府土(2023)12号' }, errors: [{ messageId: 'wrongBrackets', data: { bracket: '()' } }] },
    { record: { approvalNo: '川府土（2023）12号' }, errors: [{ messageId: 'wrongBrackets', data: { bracket: '（）' } }] },
    { name: 'unmatched brackets', record: { approvalNo: '川府土〔2023]12号' }, errors: [{ messageId: 'wrongBrackets', data: { bracket: '不成对的括号' } }] },
    { name: 'wrong brackets are reported once, not also as malformed', record: { approvalNo: '川府土[2023]第12号' }, errors: [{ messageId: 'wrongBrackets', data: { bracket: '[]' } }] },
    { name: 'no year at all', record: { approvalNo: '川府土12号' }, errors: [{ messageId: 'malformed', fields: ['approvalNo'], data: { approvalNo: '川府土12号' } }] },
    { name: 'a two-digit year', record: { approvalNo: '川府土〔23〕12号' }, errors: [{ messageId: 'malformed' }] },
    { name: '第 before the serial', record: { approvalNo: '川府土〔2023〕第12号' }, errors: [{ messageId: 'malformed' }] },
    { name: 'no 号', record: { approvalNo: '川府土〔2023〕12' }, errors: [{ messageId: 'malformed' }] },
    { name: 'a padded serial (虚位)', record: { approvalNo: '川府土〔2023〕012号' }, errors: [{ messageId: 'malformed' }] },
    { name: 'no 机关代字', record: { approvalNo: '〔2023〕12号' }, errors: [{ messageId: 'malformed' }] },
    { name: 'several 文号 in one cell: the faulty one is named', record: { approvalNo: '川府土[2023]12号、川府土〔2023〕13号' }, errors: [{ messageId: 'wrongBrackets', data: { approvalNo: '川府土[2023]12号', bracket: '[]' } }] },
    { name: 'several 文号: a malformed second one', record: { approvalNo: '川府土〔2023〕12号；国土资函2020-5' }, errors: [{ messageId: 'malformed', data: { approvalNo: '国土资函2020-5' } }] },
    { name: 'two 文号 run together without a separator', record: { approvalNo: '川府土〔2023〕12号川府土〔2023〕13号' }, errors: [{ messageId: 'malformed' }] },
    { name: 'on a 矿产 patch too', record: { approvalNo: '川府土[2023]12号', patchKind: '矿产' }, errors: [{ messageId: 'wrongBrackets' }] },
  ],
  notApplicable: [{ name: 'sheet without a 批准文号 column', record: { patchKind: '土地' }, absent: ['approvalNo'] }],
});
