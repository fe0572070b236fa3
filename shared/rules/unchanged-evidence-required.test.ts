import { testRule } from '../../tests/support/rule-tester';
import rule from './unchanged-evidence-required';

testRule(rule, {
  valid: [
    { record: { verdictDetail: '实地未变化', photoCount: '1' } },
    { record: { verdictDetail: '伪变化', photoCount: 4 } },
    { name: 'an unreadable count counts as filled', record: { verdictDetail: '实地未变化', photoCount: '见附件' } },
    { name: 'another case', record: { verdictDetail: '临时用地', photoCount: '0' } },
    { name: 'no 具体情形', record: {} },
    { name: 'land-only: not run on a 矿产 patch', record: { verdictDetail: '实地未变化', patchKind: '矿产' } },
  ],
  invalid: [
    { name: 'no count', record: { verdictDetail: '实地未变化' }, errors: [{ messageId: 'noPhoto', fields: ['photoCount'], data: { verdictDetail: '实地未变化', photoCount: '未填' } }] },
    { name: 'zero photos', record: { verdictDetail: '实地未变化', photoCount: '0' }, errors: [{ messageId: 'noPhoto', data: { photoCount: 0 } }] },
    { name: '伪变化 is 实地未变化', record: { verdictDetail: '伪变化', photoCount: 0 }, errors: [{ messageId: 'noPhoto', data: { verdictDetail: '伪变化' } }] },
  ],
  notApplicable: [
    { name: 'sheet without a 照片数 column', record: { verdictDetail: '实地未变化' }, absent: ['photoCount'] },
    { name: 'sheet without a 具体情形 column', record: { photoCount: '0' }, absent: ['verdictDetail'] },
  ],
});
