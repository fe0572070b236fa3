import { testRule } from '../../tests/support/rule-tester';
import rule from './temp-use-approval-required';

testRule(rule, {
  valid: [
    { record: { verdictDetail: '临时用地', approvalNo: '威自然资临〔2023〕5号', approvalDate: '2023-04-01' } },
    { name: 'an impossible date counts as filled', record: { verdictDetail: '临时用地', approvalNo: '威自然资临〔2023〕5号', approvalDate: '2023-04-31' } },
    { name: 'another case', record: { verdictDetail: '设施农用地' } },
    { name: 'no 具体情形', record: {} },
    { name: 'land-only: not run on a 矿产 patch', record: { verdictDetail: '临时用地', patchKind: '矿产' } },
  ],
  invalid: [
    {
      name: 'both missing',
      record: { verdictDetail: '临时用地' },
      errors: [{ messageId: 'missing', fields: ['approvalNo', 'approvalDate'], data: { verdictDetail: '临时用地', missing: '批准文号、批准时间' } }],
    },
    { name: 'no 文号', record: { verdictDetail: '临时用地', approvalDate: '2023-04-01' }, errors: [{ messageId: 'missing', fields: ['approvalNo'], data: { missing: '批准文号' } }] },
    { name: 'no date', record: { verdictDetail: '临时用地', approvalNo: '威自然资临〔2023〕5号' }, errors: [{ messageId: 'missing', fields: ['approvalDate'], data: { missing: '批准时间' } }] },
  ],
  notApplicable: [
    { name: 'sheet without a 批准时间 column', record: { verdictDetail: '临时用地' }, absent: ['approvalDate'] },
    { name: 'sheet without a 具体情形 column', record: {}, absent: ['verdictDetail'] },
  ],
});
