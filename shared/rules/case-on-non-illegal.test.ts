import { testRule } from '../../tests/support/rule-tester';
import rule from './case-on-non-illegal';

testRule(rule, {
  valid: [
    { record: { verdict: '违法', caseFiled: '是' } },
    { name: '合法, 立案 = 否', record: { verdict: '合法', caseFiled: '否' } },
    { name: '合法, 立案 unanswered', record: { verdict: '合法' } },
    { name: '违法 with surrounding spaces', record: { verdict: ' 违法 ', caseFiled: '是' } },
  ],
  invalid: [
    { record: { verdict: '合法', caseFiled: '是' }, errors: [{ messageId: 'notIllegal', fields: ['verdict', 'caseFiled'], data: { verdict: '合法' } }] },
    { record: { verdict: '其他', caseFiled: '√' }, errors: [{ messageId: 'notIllegal', data: { verdict: '其他' } }] },
    { name: '矿产 伪变化', record: { verdict: '伪变化', caseFiled: '是', patchKind: '矿产' }, errors: [{ messageId: 'notIllegal', data: { verdict: '伪变化' } }] },
    { name: 'no verdict yet is not judged 违法', record: { caseFiled: '是' }, errors: [{ messageId: 'noVerdict', fields: ['verdict'] }] },
  ],
  notApplicable: [{ record: { caseFiled: '是' }, absent: ['verdict'] }],
});
