import { testRule } from '../../tests/support/rule-tester';
import rule from './verdict-detail-valid';

testRule(rule, {
  valid: [
    { record: { verdict: '合法', verdictDetail: '农转用已批' } },
    { record: { verdict: '合法', verdictDetail: '增减挂钩' } },
    { record: { verdict: '合法', verdictDetail: '其他批准' } },
    { name: '历史批文 is in the national profile', record: { verdict: '合法', verdictDetail: '历史批文' } },
    { name: 'a synonym of 农转用已批', record: { verdict: '合法', verdictDetail: '土地征收已批' } },
    { name: 'a synonym of 历史批文', record: { verdict: '合法', verdictDetail: '用地手续已办' } },
    { name: '其他 under 合法 is 其他批准', record: { verdict: '合法', verdictDetail: '其他' } },
    { record: { verdict: '其他', verdictDetail: '设施农用地' } },
    { record: { verdict: '其他', verdictDetail: '临时用地' } },
    { record: { verdict: '其他', verdictDetail: '农村道路' } },
    { record: { verdict: '其他', verdictDetail: '油田用地' } },
    { record: { verdict: '其他', verdictDetail: '实地未变化' } },
    { name: '伪变化 is a synonym of 实地未变化', record: { verdict: '其他', verdictDetail: '伪变化' } },
    { record: { verdict: '其他', verdictDetail: '其他' } },
    { name: 'inner spaces are ignored', record: { verdict: '其他', verdictDetail: '设施 农用地' } },
    { name: '违法 has no 具体情形 list', record: { verdict: '违法' } },
    { name: '违法 with a stray 具体情形 is not this rule’s concern', record: { verdict: '违法', verdictDetail: '设施农用地' } },
    { name: 'no verdict yet (verdict-required reports it)', record: { verdictDetail: '临时用地' } },
    { name: 'an unknown verdict (verdict-required reports it)', record: { verdict: '疑似违法' } },
    { name: 'land-only: not run on a 矿产 patch', record: { verdict: '合法', patchKind: '矿产' } },
  ],
  invalid: [
    { name: '合法 without 具体情形', record: { verdict: '合法' }, errors: [{ messageId: 'missing', fields: ['verdictDetail'], data: { verdict: '合法', allowed: '农转用已批、增减挂钩、其他批准、历史批文' } }] },
    { name: '其他 without 具体情形', record: { verdict: '其他' }, errors: [{ messageId: 'missing', data: { verdict: '其他', allowed: '设施农用地、临时用地、农村道路、油田用地、实地未变化、其他' } }] },
    { name: 'a 其他 case filed under 合法', record: { verdict: '合法', verdictDetail: '设施农用地' }, errors: [{ messageId: 'notForVerdict', fields: ['verdictDetail'], data: { verdict: '合法', verdictDetail: '设施农用地' } }] },
    { name: 'a 合法 case filed under 其他', record: { verdict: '其他', verdictDetail: '农转用已批' }, errors: [{ messageId: 'notForVerdict', data: { verdict: '其他', verdictDetail: '农转用已批' } }] },
    { name: 'a value in no list', record: { verdict: '其他', verdictDetail: '宅基地' }, errors: [{ messageId: 'notForVerdict', data: { verdictDetail: '宅基地' } }] },
    { name: 'on an explicit 土地 patch', record: { verdict: '合法', verdictDetail: '临时用地', patchKind: '土地' }, errors: [{ messageId: 'notForVerdict' }] },
    {
      name: 'the lists come from the profile',
      record: { verdict: '其他', verdictDetail: '油田用地' },
      profile: { verdictDetails: { 其他: { 设施农用地: [], 临时用地: [] } } },
      errors: [{ messageId: 'notForVerdict', data: { allowed: '设施农用地、临时用地' } }],
    },
  ],
  notApplicable: [
    { name: 'sheet without a 具体情形 column', record: { verdict: '合法' }, absent: ['verdictDetail'] },
    { name: 'sheet without a 判定类型 column', record: { verdictDetail: '临时用地' }, absent: ['verdict'] },
  ],
});
