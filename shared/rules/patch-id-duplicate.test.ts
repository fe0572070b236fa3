import { testRule } from '../../tests/support/rule-tester';
import rule from './patch-id-duplicate';

testRule(rule, {
  valid: [
    { records: [{ patchId: 'A1' }, { patchId: 'A2' }] },
    { name: 'plots of one patch told apart by 地块编号', records: [{ patchId: 'A1', plotId: '1' }, { patchId: 'A1', plotId: '2' }] },
    { name: 'empty ids are not duplicates', records: [{}, {}] },
  ],
  invalid: [
    {
      name: 'every occurrence after the first names the first row',
      records: [{ patchId: 'A1' }, { patchId: 'A2' }, { patchId: 'A1' }, { patchId: 'A1' }],
      errors: [
        { index: 2, messageId: 'duplicate', data: { firstRow: 1 } },
        { index: 3, messageId: 'duplicate', data: { firstRow: 1 } },
      ],
    },
    {
      name: 'same patch and same plot',
      records: [{ patchId: 'A1', plotId: '1' }, { patchId: 'A1', plotId: '1' }],
      errors: [{ index: 1, messageId: 'duplicate' }],
    },
    {
      name: 'without a 地块编号 column, repeated ids are duplicates',
      records: [{ patchId: 'A1' }, { patchId: 'A1' }],
      absent: ['plotId'],
      errors: [{ index: 1, messageId: 'duplicate' }],
    },
  ],
  notApplicable: [{ records: [{ plotId: '1' }], absent: ['patchId'] }],
});
