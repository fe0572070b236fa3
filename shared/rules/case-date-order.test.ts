import { testRule } from '../../tests/support/rule-tester';
import rule from './case-date-order';

testRule(rule, {
  valid: [
    { record: { caseDate: '2023-06-01', penaltyDate: '2023-07-15', caseClosedDate: '2023-09-30' } },
    { name: 'all on one day (≤)', record: { caseDate: '2023-06-01', penaltyDate: '2023-06-01', caseClosedDate: '2023-06-01' } },
    { name: 'only 立案时间', record: { caseDate: '2023-06-01' } },
    { name: 'no 处罚决定时间: 立案 ≤ 结案', record: { caseDate: '2023-06-01', caseClosedDate: '2023-09-30' } },
    { name: 'an impossible date is skipped', record: { caseDate: '2023-06-01', penaltyDate: '2023-02-30', caseClosedDate: '2023-09-30' } },
    { name: 'formats differ, dates compare as dates', record: { caseDate: '2023年6月1日', penaltyDate: '2023/7/15', caseClosedDate: '20230930' } },
  ],
  invalid: [
    { name: 'on a 矿产 patch too', record: { caseDate: '2023-08-01', penaltyDate: '2023-07-15', patchKind: '矿产' }, errors: [{ messageId: 'caseAfterPenalty' }] },
    {
      name: '立案 after 处罚',
      record: { caseDate: '2023-08-01', penaltyDate: '2023-07-15', caseClosedDate: '2023-09-30' },
      errors: [{ messageId: 'caseAfterPenalty', fields: ['caseDate', 'penaltyDate'], data: { caseDate: '2023-08-01', penaltyDate: '2023-07-15' } }],
    },
    {
      name: 'dates in other formats are compared as dates',
      record: { caseDate: '2023年8月1日', penaltyDate: '2023/7/15' },
      errors: [{ messageId: 'caseAfterPenalty', data: { caseDate: '2023-08-01', penaltyDate: '2023-07-15' } }],
    },
    {
      name: '处罚 after 结案',
      record: { caseDate: '2023-06-01', penaltyDate: '2023-10-01', caseClosedDate: '2023-09-30' },
      errors: [{ messageId: 'penaltyAfterClosed', fields: ['penaltyDate', 'caseClosedDate'], data: { penaltyDate: '2023-10-01', caseClosedDate: '2023-09-30' } }],
    },
    {
      name: 'boundary: one day late',
      record: { caseDate: '2023-06-02', penaltyDate: '2023-06-01' },
      errors: [{ messageId: 'caseAfterPenalty', data: { caseDate: '2023-06-02', penaltyDate: '2023-06-01' } }],
    },
    {
      name: 'no 处罚决定时间: 立案 after 结案',
      record: { caseDate: '2023-10-01', caseClosedDate: '2023-09-30' },
      errors: [{ messageId: 'caseAfterClosed', fields: ['caseDate', 'caseClosedDate'], data: { caseDate: '2023-10-01', caseClosedDate: '2023-09-30' } }],
    },
    {
      name: 'an impossible 处罚决定时间 is skipped, 立案 and 结案 still compared',
      record: { caseDate: '2023-10-01', penaltyDate: '2023-13-01', caseClosedDate: '2023-09-30' },
      errors: [{ messageId: 'caseAfterClosed' }],
    },
    {
      name: '立案 after both: two pairs',
      record: { caseDate: '2023-12-01', penaltyDate: '2023-07-15', caseClosedDate: '2023-09-30' },
      errors: [{ messageId: 'caseAfterPenalty' }, { messageId: 'caseAfterClosed' }],
    },
    {
      name: 'all reversed: every pair',
      record: { caseDate: '2023-12-01', penaltyDate: '2023-10-01', caseClosedDate: '2023-09-30' },
      errors: [{ messageId: 'caseAfterPenalty' }, { messageId: 'penaltyAfterClosed' }, { messageId: 'caseAfterClosed' }],
    },
  ],
  notApplicable: [{ record: { caseDate: '2023-10-01', caseClosedDate: '2023-09-30' }, absent: ['penaltyDate'] }],
});
