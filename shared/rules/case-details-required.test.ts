import { testRule } from '../../tests/support/rule-tester';
import rule from './case-details-required';

testRule(rule, {
  valid: [
    { record: { caseFiled: '是', caseNo: '离自然资立〔2023〕15号', caseDate: '2023-06-01' } },
    { name: 'not filed (否)', record: { caseFiled: '否' } },
    { name: 'not filed (unanswered)', record: {} },
    { name: 'an impossible 立案时间 counts as filled', record: { caseFiled: '是', caseNo: 'A-15', caseDate: '2023-02-30' } },
  ],
  invalid: [
    { name: 'on a 矿产 patch too', record: { caseFiled: '是', caseNo: 'A-15', patchKind: '矿产' }, errors: [{ messageId: 'missingDetails', fields: ['caseDate'] }] },
    { name: 'no 立案时间', record: { caseFiled: '是', caseNo: 'A-15' }, errors: [{ messageId: 'missingDetails', fields: ['caseDate'], data: { missing: '立案时间' } }] },
    { name: 'no 立案编号', record: { caseFiled: '是', caseDate: '2023-06-01' }, errors: [{ messageId: 'missingDetails', fields: ['caseNo'], data: { missing: '立案编号' } }] },
    { name: 'neither', record: { caseFiled: 'Y' }, errors: [{ messageId: 'missingDetails', fields: ['caseNo', 'caseDate'], data: { missing: '立案编号、立案时间' } }] },
  ],
  notApplicable: [
    { name: 'sheet without a 立案编号 column', record: { caseFiled: '是', caseDate: '2023-06-01' }, absent: ['caseNo'] },
    { name: 'sheet without a 立案时间 column', record: { caseFiled: '是', caseNo: 'A-15' }, absent: ['caseDate'] },
  ],
});
