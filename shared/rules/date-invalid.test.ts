import { testRule } from '../../tests/support/rule-tester';
import { DATE_FIELDS } from '../model/field-dictionary';
import rule from './date-invalid';

testRule(rule, {
  valid: [
    { record: { approvalDate: '2023-05-06', imageBefore: '2023/1/5', imageAfter: '2023年5月6日', rectPlannedDate: '2024.6.30' } },
    { name: 'Excel serial and YYYYMMDD', record: { caseDate: '45052', penaltyDate: '20230506' } },
    { name: '29 February in a leap year', record: { rectDate: '2024-02-29' } },
    { name: 'empty dates', record: {} },
    { name: 'a date after the audit date is real (date-in-future reports it)', record: { caseDate: '2030-01-01' }, asOf: '2024-06-30' },
    { name: 'a sheet with only some date columns', record: { imageAfter: '2023-05-06' }, absent: ['imageBefore', 'approvalDate'] },
  ],
  invalid: [
    { name: 'on a 矿产 patch too', record: { imageAfter: '2023-02-30', patchKind: '矿产' }, errors: [{ messageId: 'impossible', fields: ['imageAfter'] }] },
    {
      name: '30 February',
      record: { approvalDate: '2023-02-30' },
      errors: [{ messageId: 'impossible', fields: ['approvalDate'], data: { label: '批准时间', text: '2023-02-30', reason: 'impossible' } }],
    },
    { name: '29 February in a common year', record: { rectDate: '2023-02-29' }, errors: [{ messageId: 'impossible', fields: ['rectDate'], data: { label: '整改完成时间' } }] },
    { name: 'month 13 in YYYYMMDD', record: { caseDate: '20231305' }, errors: [{ messageId: 'impossible', fields: ['caseDate'], data: { text: '20231305' } }] },
    {
      name: 'not a date at all',
      record: { fieldCheckDate: '已核查' },
      errors: [{ messageId: 'format', fields: ['fieldCheckDate'], data: { label: '实地核查时间', text: '已核查', reason: 'format' } }],
    },
    {
      name: 'a serial number beyond 9999-12-31',
      record: { transferDate: '3000000' },
      errors: [{ messageId: 'serialRange', fields: ['transferDate'], data: { label: '移交时间', text: '3000000', reason: 'serial-range' } }],
    },
    {
      name: 'dates that need no past event are checked too',
      record: { rectPlannedDate: '2024-04-31' },
      errors: [{ messageId: 'impossible', fields: ['rectPlannedDate'], data: { label: '拟完成整改时间' } }],
    },
    {
      name: 'one finding per invalid field',
      record: { imageBefore: '2023-02-30', imageAfter: '2023-05-06', approvalDate: '去年' },
      errors: [
        { messageId: 'impossible', fields: ['imageBefore'], data: { label: '前时相' } },
        { messageId: 'format', fields: ['approvalDate'], data: { label: '批准时间' } },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no date column at all',
      record: {},
      absent: DATE_FIELDS,
    },
  ],
});
