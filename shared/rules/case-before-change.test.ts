import { testRule } from '../../tests/support/rule-tester';
import rule from './case-before-change';

testRule(rule, {
  valid: [
    { record: { caseDate: '2023-06-01', imageBefore: '2023-03-15' } },
    { name: 'same day', record: { caseDate: '2023-03-15', imageBefore: '2023-03-15' } },
    { name: 'no 立案时间', record: { imageBefore: '2023-03-15' } },
    { name: 'no 前时相', record: { caseDate: '2023-01-01' } },
    { name: 'an impossible 立案时间 is skipped', record: { caseDate: '2023-02-29', imageBefore: '2023-03-15' } },
  ],
  invalid: [
    { record: { caseDate: '2023-03-14', imageBefore: '2023-03-15' }, errors: [{ messageId: 'caseBeforeImage', fields: ['caseDate'], data: { caseDate: '2023-03-14', imageBefore: '2023-03-15' } }] },
    { name: 'on a 矿产 patch too', record: { caseDate: '2022-12-01', imageBefore: '2023-03-15', patchKind: '矿产' }, errors: [{ messageId: 'caseBeforeImage' }] },
  ],
  notApplicable: [{ record: { caseDate: '2022-12-01' }, absent: ['imageBefore'] }],
});
