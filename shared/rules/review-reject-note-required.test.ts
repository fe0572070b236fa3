import { testRule } from '../../tests/support/rule-tester';
import rule from './review-reject-note-required';

testRule(rule, {
  valid: [
    { record: { reviewCity: '不通过', reviewCityNote: '举证照片不清晰' } },
    { name: 'passed, no note needed', record: { reviewCity: '通过' } },
    { name: 'not yet reviewed', record: {} },
    { name: 'province rejected with a note', record: { reviewCity: '通过', reviewProvince: '不通过', reviewProvinceNote: '缺少批准文件' } },
    { name: 'province rejected, no province note column: cannot prove it missing', record: { reviewCity: '通过', reviewProvince: '不通过' }, absent: ['reviewProvinceNote'] },
  ],
  invalid: [
    { record: { reviewCity: '不通过' }, errors: [{ messageId: 'cityNoteMissing', fields: ['reviewCityNote'], data: { result: '不通过' } }] },
    { name: 'filed as 审核不通过', record: { reviewCity: '审核不通过' }, errors: [{ messageId: 'cityNoteMissing', data: { result: '审核不通过' } }] },
    {
      name: 'province rejected with no note',
      record: { reviewCity: '通过', reviewProvince: '不通过' },
      errors: [{ messageId: 'provinceNoteMissing', fields: ['reviewProvinceNote'], data: { result: '不通过' } }],
    },
    {
      name: 'both rejected with no note',
      record: { reviewCity: '不通过', reviewProvince: '不通过', reviewProvinceNote: '' },
      errors: [{ messageId: 'cityNoteMissing' }, { messageId: 'provinceNoteMissing' }],
    },
    { name: 'on a 矿产 patch too', record: { reviewCity: '不通过', patchKind: '矿产' }, errors: [{ messageId: 'cityNoteMissing' }] },
  ],
  notApplicable: [
    { name: 'sheet without the city note column', record: { reviewCity: '不通过' }, absent: ['reviewCityNote'] },
    { name: 'only province review columns', record: { reviewProvince: '不通过' }, absent: ['reviewCity', 'reviewCityNote'] },
  ],
});
