import { testRule } from '../../tests/support/rule-tester';
import rule from './verdict-basis-required';

testRule(rule, {
  valid: [
    { record: { verdict: '违法', verdictBasis: '未经批准占用耕地建设厂房' } },
    { record: { verdict: '其他', verdictBasis: '设施农用地已备案' } },
    { name: '合法 is not read', record: { verdict: '合法' } },
    { name: 'no verdict yet', record: {} },
    { name: 'a 矿产 伪变化 is not 其他', record: { verdict: '伪变化', patchKind: '矿产' } },
  ],
  invalid: [
    { record: { verdict: '违法' }, errors: [{ messageId: 'missing', fields: ['verdictBasis'], data: { verdict: '违法' } }] },
    { record: { verdict: '其他' }, errors: [{ messageId: 'missing', fields: ['verdictBasis'], data: { verdict: '其他' } }] },
    { name: 'whitespace only is empty', record: { verdict: '其他', verdictBasis: ' ' }, errors: [{ messageId: 'missing' }] },
    { name: 'on a 矿产 patch too', record: { verdict: '违法', patchKind: '矿产' }, errors: [{ messageId: 'missing', data: { verdict: '违法' } }] },
  ],
  notApplicable: [
    { name: 'sheet without a 判断依据说明 column', record: { verdict: '违法' }, absent: ['verdictBasis'] },
    { name: 'sheet without a 判定类型 column', record: {}, absent: ['verdict'] },
  ],
});
