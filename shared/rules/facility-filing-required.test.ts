import { testRule } from '../../tests/support/rule-tester';
import rule from './facility-filing-required';

testRule(rule, {
  valid: [
    { record: { verdictDetail: '设施农用地', facilityFilingNo: '370102-2023-015' } },
    { name: 'another case', record: { verdictDetail: '临时用地' } },
    { name: 'no 具体情形', record: {} },
    { name: 'land-only: not run on a 矿产 patch', record: { verdictDetail: '设施农用地', patchKind: '矿产' } },
  ],
  invalid: [
    { record: { verdictDetail: '设施农用地' }, errors: [{ messageId: 'missing', fields: ['facilityFilingNo'], data: { verdictDetail: '设施农用地' } }] },
    { name: 'inner spaces are ignored', record: { verdictDetail: '设施 农用地', facilityFilingNo: ' ' }, errors: [{ messageId: 'missing', data: { verdictDetail: '设施 农用地' } }] },
  ],
  notApplicable: [
    { name: 'sheet without a 备案编号 column', record: { verdictDetail: '设施农用地' }, absent: ['facilityFilingNo'] },
    { name: 'sheet without a 具体情形 column', record: {}, absent: ['verdictDetail'] },
  ],
});
