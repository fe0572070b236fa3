import { testRule } from '../../tests/support/rule-tester';
import rule from './violation-type-required';

testRule(rule, {
  valid: [
    { record: { verdict: '违法', violationType: '非法占地' } },
    { name: 'not 违法', record: { verdict: '其他' } },
    { name: 'no verdict yet', record: {} },
  ],
  invalid: [
    { record: { verdict: '违法' }, errors: [{ messageId: 'missing', fields: ['violationType'] }] },
    { name: 'whitespace only is empty', record: { verdict: '违法', violationType: '  ' }, errors: [{ messageId: 'missing' }] },
    { name: 'on a 矿产 patch too', record: { verdict: '违法', patchKind: '矿产' }, errors: [{ messageId: 'missing' }] },
  ],
  notApplicable: [
    { name: 'sheet without a 违法类型 column', record: { verdict: '违法' }, absent: ['violationType'] },
    { name: 'sheet without a 判定类型 column', record: {}, absent: ['verdict'] },
  ],
});
