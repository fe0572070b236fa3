import { testRule } from '../../tests/support/rule-tester';
import rule from './approval-no-required';

testRule(rule, {
  valid: [
    { record: { approvalNo: '川府土〔2023〕12号', approvalDate: '2023-05-06' } },
    { name: 'neither filled', record: {} },
    { name: '文号 without date (approval-date-required reports it)', record: { approvalNo: '川府土〔2023〕12号' } },
  ],
  invalid: [
    { record: { approvalDate: '2023-05-06' }, errors: [{ messageId: 'missingNumber', fields: ['approvalNo'], data: { approvalDate: '2023-05-06' } }] },
    { name: 'an impossible date counts as filled', record: { approvalDate: '2023-02-30' }, errors: [{ messageId: 'missingNumber', data: { approvalDate: '2023-02-30' } }] },
    { name: 'whitespace only is no 文号', record: { approvalNo: ' ', approvalDate: '2023年5月6日' }, errors: [{ messageId: 'missingNumber', data: { approvalDate: '2023-05-06' } }] },
    { name: 'an Excel serial date is named as a date', record: { approvalDate: 44927 }, errors: [{ messageId: 'missingNumber', data: { approvalDate: '2023-01-01' } }] },
    { name: 'on a 矿产 patch too', record: { approvalDate: '2023-05-06', patchKind: '矿产' }, errors: [{ messageId: 'missingNumber' }] },
  ],
  notApplicable: [{ name: 'sheet without a 批准文号 column', record: { approvalDate: '2023-05-06' }, absent: ['approvalNo'] }],
});
