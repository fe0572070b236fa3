import { testRule } from '../../tests/support/rule-tester';
import rule from './procedures-approval-required';

testRule(rule, {
  valid: [
    { record: { rectMeasure: '补办手续', rectResolved: '是', approvalNo: '晋政地〔2023〕45号', approvalDate: '2023-08-10' } },
    { name: 'not resolved', record: { rectMeasure: '补办手续', rectResolved: '否' } },
    { name: 'resolved unanswered', record: { rectMeasure: '完善手续' } },
    { name: 'a measure without the profile\'s keywords', record: { rectMeasure: '补办手续', rectResolved: '是' }, profile: { rectMeasures: { demolition: ['拆除'], procedures: ['完善'] } } },
    { name: '拆除 needs a photo, not a 文号', record: { rectMeasure: '拆除', rectResolved: '是' } },
    { name: 'an impossible 批准时间 counts as filled', record: { rectMeasure: '完善手续', rectResolved: '是', approvalNo: '晋政地〔2023〕45号', approvalDate: '2023-09-31' } },
  ],
  invalid: [
    {
      name: 'no 文号',
      record: { rectMeasure: '补办手续', rectResolved: '是', approvalDate: '2023-08-10' },
      errors: [{ messageId: 'missingApproval', fields: ['approvalNo'], data: { rectMeasure: '补办手续', missing: '批准文号' } }],
    },
    {
      name: 'no 批准时间',
      record: { rectMeasure: '完善手续', rectResolved: '是', approvalNo: '晋政地〔2023〕45号' },
      errors: [{ messageId: 'missingApproval', fields: ['approvalDate'], data: { rectMeasure: '完善手续', missing: '批准时间' } }],
    },
    {
      name: 'free text mentioning 完善: 用地手续已完善',
      record: { rectMeasure: '用地手续已完善', rectResolved: '是', approvalNo: '晋政地〔2023〕45号' },
      errors: [{ messageId: 'missingApproval', data: { rectMeasure: '用地手续已完善', missing: '批准时间' } }],
    },
    {
      name: 'the keywords come from the profile',
      record: { rectMeasure: '办理用地审批', rectResolved: '是', approvalNo: '晋政地〔2023〕45号' },
      profile: { rectMeasures: { demolition: ['拆除'], procedures: ['审批'] } },
      errors: [{ messageId: 'missingApproval', data: { rectMeasure: '办理用地审批', missing: '批准时间' } }],
    },
    {
      name: 'neither, on a 矿产 patch',
      record: { rectMeasure: '完善用地手续', rectResolved: '是', patchKind: '矿产' },
      errors: [{ messageId: 'missingApproval', fields: ['approvalNo', 'approvalDate'], data: { missing: '批准文号、批准时间' } }],
    },
  ],
  notApplicable: [{ record: { rectMeasure: '补办手续', rectResolved: '是' }, absent: ['approvalDate'] }],
});
