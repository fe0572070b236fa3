import { testRule } from '../../tests/support/rule-tester';
import rule from './resolved-measure-required';

testRule(rule, {
  valid: [
    { record: { rectResolved: '是', rectMeasure: '拆除' } },
    { name: 'not resolved', record: { rectResolved: '否' } },
    { name: 'resolved unanswered', record: {} },
    { name: 'a measure outside the profile lists is still a measure', record: { rectResolved: '是', rectMeasure: '没收' } },
  ],
  invalid: [
    { record: { rectResolved: '是' }, errors: [{ messageId: 'noMeasure', fields: ['rectMeasure'] }] },
    { name: 'on a 矿产 patch too', record: { rectResolved: 'Y', patchKind: '矿产' }, errors: [{ messageId: 'noMeasure' }] },
  ],
  notApplicable: [{ record: { rectResolved: '是' }, absent: ['rectMeasure'] }],
});
