import { testRule } from '../../tests/support/rule-tester';
import rule from './case-filing-expected';

testRule(rule, {
  valid: [
    { name: '违法 and 立案', record: { verdict: '违法', caseFiled: '是' } },
    { name: '违法, transferred (是否移交 = 是)', record: { verdict: '违法', caseFiled: '否', transferred: '是' } },
    { name: 'without a 是否移交 column, a filled 移交部门 means transferred', record: { verdict: '违法', transferDept: '农业农村局' }, absent: ['transferred'] },
    { name: '合法 needs no case', record: { verdict: '合法', caseFiled: '否' } },
    { name: 'no verdict yet', record: { caseFiled: '否' } },
    { name: '矿产 非立案处理 with its 判定依据说明', record: { verdict: '违法', caseFiled: '否', patchKind: '矿产', handling: '非立案处理', verdictBasis: '已自行拆除，情节轻微' } },
    { name: '不处理 with a 不予立案说明', record: { verdict: '违法', caseFiled: '否', handling: '不 处理', noCaseReason: '超过追诉时效' } },
    { name: '违 法 (inner space) and 立案 reads as 违法 and 立案', record: { verdict: '违 法', caseFiled: '是' } },
  ],
  invalid: [
    { name: '违法, 立案 = 否', record: { verdict: '违法', caseFiled: '否' }, errors: [{ messageId: 'notFiled', fields: ['caseFiled'], data: { caseFiled: '否' } }] },
    { name: '违法, 立案 unanswered', record: { verdict: '违法' }, errors: [{ messageId: 'unanswered', fields: ['caseFiled'] }] },
    {
      name: '是否移交 = 否 outweighs a filled 移交部门',
      record: { verdict: '违法', caseFiled: '否', transferred: '否', transferDept: '农业农村局' },
      errors: [{ messageId: 'notFiled', data: { caseFiled: '否' } }],
    },
    {
      name: 'without either transfer column: not transferred',
      record: { verdict: '违法', caseFiled: '否' },
      absent: ['transferDept', 'transferred'],
      errors: [{ messageId: 'notFiled' }],
    },
    { name: 'an unreadable 是否立案 is not 立案', record: { verdict: '违法', caseFiled: '已移送' }, errors: [{ messageId: 'notFiled', data: { caseFiled: '已移送' } }] },
    { name: '非立案处理 without any 说明', record: { verdict: '违法', caseFiled: '否', handling: '非立案处理' }, errors: [{ messageId: 'notFiled' }] },
    { name: '处理方式 立案 while 是否立案 = 否', record: { verdict: '违法', caseFiled: '否', handling: '立案', verdictBasis: '占用耕地建房' }, errors: [{ messageId: 'notFiled' }] },
    { name: '违 法 with an inner space is 违法', record: { verdict: '违 法', caseFiled: '否' }, errors: [{ messageId: 'notFiled' }] },
    { name: 'on a 矿产 patch too', record: { verdict: '违法', caseFiled: '否', patchKind: '矿产' }, errors: [{ messageId: 'notFiled' }] },
  ],
  notApplicable: [
    { name: 'sheet without a 是否立案 column', record: { verdict: '违法' }, absent: ['caseFiled'] },
    { name: 'sheet without a 判定类型 column', record: { caseFiled: '否' }, absent: ['verdict'] },
  ],
});
