import { expect, it } from 'vitest';
import { testRule } from '../../tests/support/rule-tester';
import { AuditRun } from '../engine/run-rules';
import { buildRecord } from '../model/patch-record';
import { builtInProfile } from '../profiles/profiles';
import rule from './patch-id-duplicate';

testRule(rule, {
  valid: [
    { records: [{ patchId: 'A1' }, { patchId: 'A2' }] },
    { name: 'plots of one patch told apart by 地块编号', records: [{ patchId: 'A1', plotId: '1' }, { patchId: 'A1', plotId: '2' }] },
    { name: 'empty ids are not duplicates', records: [{}, {}] },
  ],
  invalid: [
    { name: '矿产 patches too', records: [{ patchId: 'K1', patchKind: '矿产' }, { patchId: 'K1', patchKind: '矿产' }], errors: [{ index: 1, messageId: 'duplicate', data: { patchId: 'K1', firstRow: 1 } }] },
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

it('a form (no row) re-checked as its controls change is not its own duplicate', () => {
  const run = new AuditRun([rule], { profile: builtInProfile('national'), asOf: '2024-06-30' });
  const form = buildRecord({ patchId: 'A1', plotId: '1' });
  expect(run.check(form)).toEqual([]);
  expect(run.check(form)).toEqual([]);
});
