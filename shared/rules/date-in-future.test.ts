import { expect, it } from 'vitest';
import { testRule } from '../../tests/support/rule-tester';
import rule from './date-in-future';

testRule(rule, {
  valid: [
    { record: { imageBefore: '2023-01-05', imageAfter: '2023-05-06', rectDate: '2024-06-01' }, asOf: '2024-06-30' },
    { name: 'on the audit date itself', record: { caseDate: '2024-06-30' }, asOf: '2024-06-30' },
    { name: 'an impossible date is skipped (date-invalid reports it)', record: { penaltyDate: '2099-02-30' }, asOf: '2024-06-30' },
    { name: 'empty dates', record: {} },
    { name: 'a sheet with only some date columns', record: { fieldCheckDate: '2024-03-01' }, absent: ['imageBefore', 'imageAfter'] },
  ],
  invalid: [
    { name: 'on a 矿产 patch too', record: { imageAfter: '2024-07-01', patchKind: '矿产' }, asOf: '2024-06-30', errors: [{ messageId: 'future', fields: ['imageAfter'] }] },
    {
      name: 'the day after the audit date',
      record: { caseDate: '2024-07-01' },
      asOf: '2024-06-30',
      errors: [{ messageId: 'future', fields: ['caseDate'], data: { label: '立案时间', date: '2024-07-01', asOf: '2024-06-30' } }],
    },
    {
      name: 'a mistyped year',
      record: { rectDate: '2042-01-15' },
      asOf: '2024-06-30',
      errors: [{ messageId: 'future', fields: ['rectDate'], data: { label: '整改完成时间', date: '2042-01-15' } }],
    },
    {
      name: 'one finding per future field',
      record: { imageAfter: '2024-08-01', fieldCheckDate: '2024-09-01' },
      asOf: '2024-06-30',
      errors: [{ messageId: 'future', fields: ['imageAfter'], data: { label: '后时相' } }, { messageId: 'future' }],
    },
    {
      name: 'read as filed in another notation',
      record: { fieldCheckDate: '2024年9月1日' },
      asOf: '2024-06-30',
      errors: [{ messageId: 'future', fields: ['fieldCheckDate'], data: { label: '实地核查时间', date: '2024-09-01' } }],
    },
  ],
  notApplicable: [
    // 拟完成整改时间 and 临时用地到期时间 are not among the rule's fields: a sheet with only those is not applicable.
    { name: 'no column of a past-event date', record: {}, absent: rule.fields },
  ],
});

it('reads every past-event date but not 拟完成整改时间 or 临时用地到期时间', () => {
  expect(rule.fields).toContain('imageBefore');
  expect(rule.fields).toContain('fieldCheckDate');
  expect(rule.fields).not.toContain('rectPlannedDate');
  expect(rule.fields).not.toContain('tempUseEnd');
});
