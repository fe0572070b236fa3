import { testRule } from '../../tests/support/rule-tester';
import rule from './approval-after-image';

testRule(rule, {
  valid: [
    { record: { verdict: '合法', approvalDate: '2023-03-01', imageAfter: '2023-06-30' } },
    { name: 'approved on the image date', record: { verdict: '合法', approvalDate: '2023-06-30', imageAfter: '2023-06-30' } },
    { name: 'not 合法', record: { verdict: '违法', approvalDate: '2023-07-01', imageAfter: '2023-06-30' } },
    { name: '其他 is not 合法', record: { verdict: '其他', approvalDate: '2023-07-01', imageAfter: '2023-06-30' } },
    { name: 'no approval date', record: { verdict: '合法', imageAfter: '2023-06-30' } },
    { name: 'an impossible approval date is skipped', record: { verdict: '合法', approvalDate: '2023-02-30', imageAfter: '2023-01-31' } },
    { name: 'an impossible image date is skipped', record: { verdict: '合法', approvalDate: '2023-07-01', imageAfter: '2023-06-31' } },
    { name: 'land-only: not run on a 矿产 patch', record: { verdict: '合法', approvalDate: '2023-07-01', imageAfter: '2023-06-30', patchKind: '矿产' } },
  ],
  invalid: [
    {
      name: 'one day after the image',
      record: { verdict: '合法', approvalDate: '2023-07-01', imageAfter: '2023-06-30' },
      errors: [{ messageId: 'approvedAfterImage', fields: ['approvalDate'], data: { approvalDate: '2023-07-01', imageAfter: '2023-06-30' } }],
    },
    { name: 'dates in other formats', record: { verdict: '合法', approvalDate: '2024年1月5日', imageAfter: '2023/12/1' }, errors: [{ messageId: 'approvedAfterImage', data: { approvalDate: '2024-01-05', imageAfter: '2023-12-01' } }] },
  ],
  notApplicable: [
    { name: 'sheet without a 后时相 column', record: { verdict: '合法', approvalDate: '2023-07-01' }, absent: ['imageAfter'] },
    { name: 'sheet without a 判定类型 column', record: { approvalDate: '2023-07-01', imageAfter: '2023-06-30' }, absent: ['verdict'] },
  ],
});
