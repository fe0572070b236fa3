import { testRule } from '../../tests/support/rule-tester';
import rule from './resolved-date-required';

testRule(rule, {
  valid: [
    { record: { rectResolved: '是', rectDate: '2023-10-20' } },
    { name: 'not resolved', record: { rectResolved: '否' } },
    { name: 'resolved unanswered', record: {} },
    { name: 'an impossible date counts as filled', record: { rectResolved: '是', rectDate: '2023-11-31' } },
  ],
  invalid: [
    { record: { rectResolved: '是' }, errors: [{ messageId: 'noDate', fields: ['rectDate'] }] },
    { name: 'on a 矿产 patch too', record: { rectResolved: '是', patchKind: '矿产' }, errors: [{ messageId: 'noDate' }] },
  ],
  notApplicable: [{ record: { rectResolved: '是' }, absent: ['rectDate'] }],
});
