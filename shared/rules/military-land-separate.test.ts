import { testRule } from '../../tests/support/rule-tester';
import rule from './military-land-separate';

testRule(rule, {
  valid: [
    { record: { militaryLand: '否' } },
    { name: 'unanswered', record: {} },
    { name: 'an unreadable answer is not 是', record: { militaryLand: '部分' } },
  ],
  invalid: [
    { record: { militaryLand: '是' }, errors: [{ messageId: 'separateReport', fields: ['militaryLand'] }] },
    { name: 'on a 矿产 patch too', record: { militaryLand: '√', patchKind: '矿产' }, errors: [{ messageId: 'separateReport' }] },
  ],
  notApplicable: [{ name: 'sheet without a 军用土地 column', record: { patchKind: '土地' }, absent: ['militaryLand'] }],
});
