import { testRule } from '../../tests/support/rule-tester';
import rule from './verdict-required';

testRule(rule, {
  valid: [
    { record: { verdict: '合法' } },
    { record: { verdict: '违法' } },
    { record: { verdict: '其他' } },
    { name: 'surrounding spaces are trimmed', record: { verdict: ' 违法 ' } },
    { name: 'an inner space reads as 违法, as in every rule (one enum normaliser)', record: { verdict: '违 法' } },
    { name: 'a full-width inner space too', record: { verdict: '合\u3000法' } },
    { name: 'the filled value of a 矿产 patch is judged by mineral-verdict-valid', record: { verdict: '伪变化', patchKind: '矿产' } },
    { name: 'even a value wrong for 矿产 is left to mineral-verdict-valid', record: { verdict: '其他', patchKind: '矿产' } },
    { name: 'the land list comes from the profile', record: { verdict: '伪变化' }, profile: { verdicts: { land: ['合法', '违法', '其他', '伪变化'], mineral: ['合法', '违法', '伪变化'] } } },
  ],
  invalid: [
    { name: 'empty', record: {}, errors: [{ messageId: 'missing', fields: ['verdict'] }] },
    { name: 'empty on a 矿产 patch too', record: { patchKind: '矿产' }, errors: [{ messageId: 'missing', fields: ['verdict'] }] },
    { name: 'whitespace only is empty', record: { verdict: '  ' }, errors: [{ messageId: 'missing' }] },
    { name: '伪变化 is a 矿产 verdict, not a land one', record: { verdict: '伪变化' }, errors: [{ messageId: 'unknown', fields: ['verdict'], data: { verdict: '伪变化', allowed: '合法、违法、其他' } }] },
    { name: 'explicit 土地 patch', record: { verdict: '疑似违法', patchKind: '土地' }, errors: [{ messageId: 'unknown', data: { verdict: '疑似违法' } }] },
  ],
  notApplicable: [{ name: 'sheet without a 判定类型 column', record: { patchKind: '土地' }, absent: ['verdict'] }],
});
