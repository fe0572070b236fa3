import { testRule } from '../../tests/support/rule-tester';
import rule from './new-construction-unchanged';

testRule(rule, {
  valid: [
    { record: { patchType: '新增非农建设类', verdictDetail: '临时用地' } },
    { name: 'another patch type', record: { patchType: '其他变化类', verdictDetail: '实地未变化' } },
    { name: 'no 具体情形', record: { patchType: '新增非农建设类' } },
    { name: 'land-only: not run on a 矿产 patch', record: { patchType: '新增非农建设类', verdictDetail: '实地未变化', patchKind: '矿产' } },
  ],
  invalid: [
    {
      record: { patchType: '新增非农建设类', verdictDetail: '实地未变化' },
      errors: [{ messageId: 'unchangedNewConstruction', fields: ['verdictDetail'], data: { patchType: '新增非农建设类', verdictDetail: '实地未变化' } }],
    },
    {
      name: 'a type filed without 类, read as field-check-required reads it',
      record: { patchType: '新增非农建设', verdictDetail: '实地未变化' },
      errors: [{ messageId: 'unchangedNewConstruction', data: { patchType: '新增非农建设' } }],
    },
    { name: '伪变化 is 实地未变化', record: { patchType: '新增非农建设类', verdictDetail: '伪变化' }, errors: [{ messageId: 'unchangedNewConstruction', data: { verdictDetail: '伪变化' } }] },
  ],
  notApplicable: [
    { name: 'sheet without a 图斑类型 column', record: { verdictDetail: '实地未变化' }, absent: ['patchType'] },
    { name: 'sheet without a 具体情形 column', record: { patchType: '新增非农建设类' }, absent: ['verdictDetail'] },
  ],
});
