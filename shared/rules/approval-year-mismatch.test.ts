import { testRule } from '../../tests/support/rule-tester';
import rule from './approval-year-mismatch';

testRule(rule, {
  valid: [
    { record: { approvalNo: '川府土〔2023〕12号', approvalDate: '2023-05-06' } },
    { name: 'wrong brackets, same year', record: { approvalNo: '川府土[2023]12号', approvalDate: '2023-12-31' } },
    { name: 'same year, other date formats', record: { approvalNo: '川府土（2023）12号', approvalDate: '2023年1月1日' } },
    { name: 'no year in the 文号 (approval-no-format reports it)', record: { approvalNo: '川府土12号', approvalDate: '2022-05-06' } },
    { name: 'an impossible date is skipped', record: { approvalNo: '川府土〔2023〕12号', approvalDate: '2022-02-30' } },
    { name: 'no date', record: { approvalNo: '川府土〔2023〕12号' } },
    { name: 'no 文号', record: { approvalDate: '2022-05-06' } },
    // Was a false positive: the year of the last 文号 in the cell was the only one read.
    { name: 'several 文号 in one cell: the date matches the first', record: { approvalNo: '冀政转征函〔2022〕88号、冀政转征函〔2023〕12号', approvalDate: '2022-11-05' } },
  ],
  invalid: [
    {
      record: { approvalNo: '川府土〔2023〕12号', approvalDate: '2022-12-31' },
      errors: [{ messageId: 'yearMismatch', fields: ['approvalNo', 'approvalDate'], data: { approvalNo: '川府土〔2023〕12号', numberYear: 2023, approvalDate: '2022-12-31', dateYear: 2022 } }],
    },
    { name: 'a year in wrong brackets is read too', record: { approvalNo: '川府土【2021】12号', approvalDate: '2023-01-01' }, errors: [{ messageId: 'yearMismatch', data: { numberYear: 2021, dateYear: 2023 } }] },
    { name: 'an Excel serial date', record: { approvalNo: '川府土〔2022〕12号', approvalDate: 44927 }, errors: [{ messageId: 'yearMismatch', data: { approvalDate: '2023-01-01', dateYear: 2023, numberYear: 2022 } }] },
    {
      name: 'several 文号 in one cell, none of the date\'s year',
      record: { approvalNo: '冀政转征函〔2021〕88号；冀政转征函〔2022〕12号', approvalDate: '2023-03-01' },
      errors: [{ messageId: 'yearMismatch', data: { numberYear: '2021、2022', dateYear: 2023 } }],
    },
    { name: 'on a 矿产 patch too', record: { approvalNo: '川府土〔2023〕12号', approvalDate: '2024-01-02', patchKind: '矿产' }, errors: [{ messageId: 'yearMismatch' }] },
  ],
  notApplicable: [{ name: 'sheet without a 批准时间 column', record: { approvalNo: '川府土〔2023〕12号' }, absent: ['approvalDate'] }],
});
