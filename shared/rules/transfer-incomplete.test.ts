import { testRule } from '../../tests/support/rule-tester';
import rule from './transfer-incomplete';

testRule(rule, {
  valid: [
    { record: { transferred: '是', transferDept: '农业农村局', transferDate: '2023-05-06', transferFeedback: '已立案查处' } },
    { name: 'not transferred', record: { transferred: '否' } },
    { name: 'transfer unanswered', record: {} },
    { name: '是否移交 = 否 outweighs a filled 移交部门', record: { transferred: '否', transferDept: '农业农村局' } },
    { name: 'an impossible 移交时间 counts as filled', record: { transferred: '是', transferDate: '2023-13-01', transferFeedback: '已拆除' } },
  ],
  invalid: [
    { name: 'both missing', record: { transferred: '是' }, errors: [{ messageId: 'incomplete', fields: ['transferDate', 'transferFeedback'], data: { missing: '移交时间、反馈结果' } }] },
    { name: 'no feedback yet', record: { transferred: '是', transferDate: '2023-05-06' }, errors: [{ messageId: 'incomplete', fields: ['transferFeedback'], data: { missing: '反馈结果' } }] },
    { name: 'no 移交时间', record: { transferred: 'Y', transferFeedback: '已拆除' }, errors: [{ messageId: 'incomplete', fields: ['transferDate'], data: { missing: '移交时间' } }] },
    {
      name: 'without a 是否移交 column, a filled 移交部门 means transferred',
      record: { transferDept: '综合执法局', transferDate: '2023-05-06' },
      absent: ['transferred'],
      errors: [{ messageId: 'incomplete', fields: ['transferFeedback'] }],
    },
    { name: 'on a 矿产 patch too', record: { transferred: '是', transferDate: '2023-05-06', patchKind: '矿产' }, errors: [{ messageId: 'incomplete' }] },
  ],
  notApplicable: [
    { name: 'sheet with neither 是否移交 nor 移交部门 column', record: { transferDate: '2023-05-06' }, absent: ['transferDept', 'transferred'] },
    { name: 'sheet without a 反馈结果 column', record: { transferred: '是' }, absent: ['transferFeedback'] },
    { name: 'sheet without a 移交时间 column', record: { transferred: '是' }, absent: ['transferDate'] },
  ],
});
