import { testRule } from '../../tests/support/rule-tester';
import rule from './image-date-order';

testRule(rule, {
  valid: [
    { record: { imageBefore: '2023-01-05', imageAfter: '2023-05-06' } },
    { name: 'the same day', record: { imageBefore: '2023-05-06', imageAfter: '2023-05-06' } },
    { name: 'a missing date is skipped', record: { imageBefore: '2023-05-06' } },
    { name: 'an impossible date is skipped (date-invalid reports it)', record: { imageBefore: '2023-02-30', imageAfter: '2023-01-05' } },
  ],
  invalid: [
    { name: 'on a 矿产 patch too', record: { imageBefore: '2023-05-07', imageAfter: '2023-05-06', patchKind: '矿产' }, errors: [{ messageId: 'reversed' }] },
    {
      record: { imageBefore: '2023-05-07', imageAfter: '2023-05-06' },
      errors: [{ messageId: 'reversed', fields: ['imageBefore', 'imageAfter'], data: { imageBefore: '2023-05-07', imageAfter: '2023-05-06' } }],
    },
    { name: 'compared as dates whatever the notation', record: { imageBefore: '2023年11月2日', imageAfter: '2023/9/30' }, errors: [{ messageId: 'reversed', data: { imageBefore: '2023-11-02', imageAfter: '2023-09-30' } }] },
  ],
  notApplicable: [{ name: 'sheet without 后时相', record: { imageBefore: '2023-05-07' }, absent: ['imageAfter'] }],
});
