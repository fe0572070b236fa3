import { testRule } from '../../tests/support/rule-tester';
import rule from './fine-overcollected';

testRule(rule, {
  valid: [
    { record: { fineAmount: '12000', fineCollected: '12000' } },
    { name: 'partly collected', record: { fineAmount: '12000', fineCollected: '6000' } },
    { name: 'nothing collected', record: { fineAmount: '12000' } },
    { name: 'collected 0 with an empty 罚款 (counts as 0)', record: { fineCollected: '0' } },
    { name: 'units differ: 1.2万元 = 12000 元', record: { fineAmount: '1.2万元', fineCollected: '12000' } },
    { name: 'an unreadable 罚款 cannot be compared', record: { fineAmount: '待定', fineCollected: '12000' } },
  ],
  invalid: [
    {
      record: { fineAmount: '12000', fineCollected: '12000.01' },
      errors: [{ messageId: 'overcollected', fields: ['fineCollected', 'fineAmount'], data: { fineCollected: 12000.01, fineAmount: 12000 } }],
    },
    { name: 'an empty 罚款 counts as 0', record: { fineCollected: '500' }, errors: [{ messageId: 'overcollected', data: { fineCollected: 500, fineAmount: 0 } }] },
    { name: 'on a 矿产 patch too', record: { fineAmount: '1万元', fineCollected: '2万元', patchKind: '矿产' }, errors: [{ messageId: 'overcollected', data: { fineCollected: 20000, fineAmount: 10000 } }] },
  ],
  notApplicable: [
    { record: { fineAmount: '12000' }, absent: ['fineCollected'] },
    // Was a silent pass: a sheet without 罚款金额 cannot prove an over-collection.
    { name: 'without a 罚款金额 column nothing can be compared', record: { fineCollected: '12000' }, absent: ['fineAmount'] },
  ],
});
