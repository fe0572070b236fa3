import { testRule } from '../../tests/support/rule-tester';
import rule from './rural-housing-transfer';

testRule(rule, {
  valid: [
    { name: 'transferred', record: { verdict: '违法', flagRuralHousing: '是', transferred: '是', caseFiled: '否' } },
    { name: 'filed', record: { verdict: '违法', flagRuralHousing: '是', transferred: '否', caseFiled: '是' } },
    { name: 'without a 是否移交 column, a filled 移交部门 means transferred', record: { verdict: '违法', flagRuralHousing: '是', transferDept: '农业农村局' }, absent: ['transferred'] },
    { name: 'not rural housing', record: { verdict: '违法', flagRuralHousing: '否' } },
    { name: 'rural housing unanswered (cultivated-flags-required reports it)', record: { verdict: '违法' } },
    { name: 'not 违法', record: { verdict: '其他', flagRuralHousing: '是' } },
  ],
  invalid: [
    {
      name: 'neither, all columns present',
      record: { verdict: '违法', flagRuralHousing: '是', transferred: '否', caseFiled: '否' },
      errors: [{ messageId: 'neitherTransferredNorFiled', fields: ['transferred', 'caseFiled'] }],
    },
    { name: 'unanswered 移交 and 立案 are neither', record: { verdict: '违法', flagRuralHousing: '是' }, errors: [{ messageId: 'neitherTransferredNorFiled', fields: ['transferred', 'caseFiled'] }] },
    {
      name: '是否移交 = 否 outweighs a filled 移交部门',
      record: { verdict: '违法', flagRuralHousing: '是', transferred: '否', transferDept: '农业农村局' },
      errors: [{ messageId: 'neitherTransferredNorFiled' }],
    },
    {
      name: 'without a 是否移交 column, the 移交部门 is marked',
      record: { verdict: '违法', flagRuralHousing: '是', caseFiled: '否' },
      absent: ['transferred'],
      errors: [{ messageId: 'neitherTransferredNorFiled', fields: ['transferDept', 'caseFiled'] }],
    },
    {
      name: 'without either transfer column: not transferred',
      record: { verdict: '违法', flagRuralHousing: '是', caseFiled: '否' },
      absent: ['transferDept', 'transferred'],
      errors: [{ messageId: 'neitherTransferredNorFiled', fields: ['caseFiled'] }],
    },
    { name: 'on a 矿产 patch too', record: { verdict: '违法', flagRuralHousing: '是', patchKind: '矿产' }, errors: [{ messageId: 'neitherTransferredNorFiled' }] },
  ],
  notApplicable: [
    { name: 'sheet without a 是否立案 column', record: { verdict: '违法', flagRuralHousing: '是' }, absent: ['caseFiled'] },
    { name: 'sheet without a 乱占耕地建房 column', record: { verdict: '违法' }, absent: ['flagRuralHousing'] },
  ],
});
