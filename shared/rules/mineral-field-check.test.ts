import { testRule } from '../../tests/support/rule-tester';
import rule from './mineral-field-check';

testRule(rule, {
  valid: [
    { name: 'checked in the field', record: { patchKind: '矿产', fieldCheckDate: '2023-06-01' } },
    { name: 'an impossible 核查时间 counts as a record (date-invalid reports it)', record: { patchKind: '矿产', fieldCheckDate: '2023-13-01' } },
    { name: 'a land patch is not checked by this rule', record: { patchKind: '土地' } },
    { name: '土地卫片 is a land patch', record: { patchKind: '土地卫片' } },
  ],
  invalid: [
    { name: 'a 矿产 patch with no 实地核查时间', record: { patchKind: '矿产' }, errors: [{ messageId: 'missingFieldCheck', fields: ['fieldCheckDate'] }] },
    { name: '矿产卫片 is read by meaning', record: { patchKind: '矿产卫片' }, errors: [{ messageId: 'missingFieldCheck' }] },
    { name: '矿产卫片执法图斑 is read by meaning', record: { patchKind: '矿产卫片执法图斑' }, errors: [{ messageId: 'missingFieldCheck' }] },
    {
      name: 'with no 图斑类别 column, a profile whose default kind is 矿产 makes every patch mineral',
      record: { fieldCheckDate: '' },
      absent: ['patchKind'],
      profile: { defaultPatchKind: '矿产' },
      errors: [{ messageId: 'missingFieldCheck' }],
    },
  ],
  notApplicable: [
    { name: 'sheet without 实地核查时间', record: { patchKind: '矿产' }, absent: ['fieldCheckDate'] },
    { name: 'sheet without 图斑类别 under the national profile: land patches', record: { fieldCheckDate: '' }, absent: ['patchKind'] },
  ],
});
