import { testRule } from '../../tests/support/rule-tester';
import rule from './approval-date-required';

testRule(rule, {
  valid: [
    { record: { approvalNo: '川府土〔2023〕12号', approvalDate: '2023-05-06' } },
    { name: 'neither filled', record: {} },
    { name: 'an impossible date counts as filled (date-invalid reports it)', record: { approvalNo: '川府土〔2023〕12号', approvalDate: '2023-02-30' } },
  ],
  invalid: [
    { name: 'on a 矿产 patch too', record: { approvalNo: '川府土〔2023〕12号', patchKind: '矿产' }, errors: [{ messageId: 'missingDate' }] },
    { record: { approvalNo: '川府土〔2023〕12号' }, errors: [{ messageId: 'missingDate', fields: ['approvalDate'], data: { approvalNo: '川府土〔2023〕12号' } }] },
  ],
  notApplicable: [{ name: 'sheet without a 批准时间 column', record: { approvalNo: '川府土〔2023〕12号' }, absent: ['approvalDate'] }],
});
