import { testRule } from '../../tests/support/rule-tester';
import rule from './mineral-verdict-valid';

testRule(rule, {
  valid: [
    { record: { patchKind: '矿产', verdict: '合法' } },
    { record: { patchKind: '矿产', verdict: '违法' } },
    { record: { patchKind: '矿产', verdict: '伪变化' } },
    { name: 'empty (verdict-required reports it)', record: { patchKind: '矿产' } },
    { name: 'a land patch may be judged 其他', record: { patchKind: '土地', verdict: '其他' } },
    { name: 'a patch of no kind is land', record: { verdict: '其他' } },
  ],
  invalid: [
    {
      name: '其他 is a land verdict',
      record: { patchKind: '矿产', verdict: '其他' },
      errors: [{ messageId: 'invalid', fields: ['verdict'], data: { verdict: '其他', allowed: '合法/违法/伪变化' } }],
    },
    { name: 'a free text', record: { patchKind: '矿产', verdict: '无证开采' }, errors: [{ messageId: 'invalid', data: { verdict: '无证开采' } }] },
    {
      name: 'the list comes from the profile',
      record: { patchKind: '矿产', verdict: '伪变化' },
      profile: { verdicts: { land: ['合法', '违法', '其他'], mineral: ['合法', '违法'] } },
      errors: [{ messageId: 'invalid', data: { allowed: '合法/违法' } }],
    },
  ],
  notApplicable: [{ name: 'sheet without 图斑类别: land patches', record: { verdict: '其他' }, absent: ['patchKind'] }],
});
