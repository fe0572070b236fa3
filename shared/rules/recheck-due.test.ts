import { testRule } from '../../tests/support/rule-tester';
import rule from './recheck-due';

testRule(rule, {
  valid: [
    { record: { verdictDetail: '农转用已批' } },
    { name: 'other 其他 cases', record: { verdictDetail: '油田用地' } },
    { name: 'nothing filed', record: {} },
    { name: '拆除复耕 not yet resolved', record: { rectMeasure: '拆除复耕', rectResolved: '否' } },
    { name: '拆除复耕, resolution unanswered', record: { rectMeasure: '拆除复耕' } },
    { name: '补办手续 resolved', record: { rectMeasure: '补办手续', rectResolved: '是' } },
    { name: '拆除、复耕 not yet resolved', record: { rectMeasure: '拆除、复耕', rectResolved: '否' } },
    { name: 'land-only: not on a 矿产 patch', record: { verdictDetail: '临时用地', patchKind: '矿产' } },
  ],
  invalid: [
    { record: { verdictDetail: '设施农用地' }, errors: [{ messageId: 'detail', fields: ['verdictDetail'], data: { detail: '设施农用地', purpose: '确保不改变批准用途' } }] },
    { record: { verdictDetail: '临时用地' }, errors: [{ messageId: 'detail', data: { detail: '临时用地' } }] },
    { record: { verdictDetail: '农村道路' }, errors: [{ messageId: 'detail', data: { detail: '农村道路', purpose: '确保符合相关政策标准' } }] },
    { record: { verdictDetail: '实地未变化' }, errors: [{ messageId: 'detail', data: { detail: '实地未变化' } }] },
    { name: 'a synonym reads as its canonical case', record: { verdictDetail: '伪变化' }, errors: [{ messageId: 'detail', data: { detail: '实地未变化', purpose: '确保没有新增违法建设' } }] },
    { name: 'read as filed whatever the verdict', record: { verdictDetail: '临时用地', rectMeasure: '拆除', rectResolved: '否' }, errors: [{ messageId: 'detail' }] },
    {
      name: '拆除复耕 resolved',
      record: { rectMeasure: '拆除复耕', rectResolved: '是' },
      errors: [{ messageId: 'reclaimed', fields: ['rectMeasure', 'rectResolved'], data: { measure: '拆除复耕' } }],
    },
    { name: '拆除复垦 is of the demolition class', record: { verdictDetail: '其他', rectMeasure: '拆除复垦', rectResolved: '是' }, errors: [{ messageId: 'reclaimed', data: { measure: '拆除复垦' } }] },
    { name: '已拆除 resolved (demolition class)', record: { rectMeasure: '已拆除', rectResolved: '是' }, errors: [{ messageId: 'reclaimed', data: { measure: '已拆除' } }] },
    { name: '拆除、复耕 resolved', record: { rectMeasure: '拆除、复耕', rectResolved: '是' }, errors: [{ messageId: 'reclaimed' }] },
    { name: 'one ledger item when both hold', record: { verdictDetail: '实地未变化', rectMeasure: '拆除复耕', rectResolved: '是' }, errors: [{ messageId: 'detail' }] },
    {
      name: 'the demolition keywords come from the profile',
      record: { rectMeasure: '退耕还林', rectResolved: '是' },
      profile: { rectMeasures: { demolition: ['退耕'], procedures: ['补办'] } },
      errors: [{ messageId: 'reclaimed', data: { measure: '退耕还林' } }],
    },
  ],
  notApplicable: [{ name: 'sheet without 具体情形', record: { rectMeasure: '拆除复耕', rectResolved: '是' }, absent: ['verdictDetail'] }],
});
