import { isEmpty } from '../model/patch-record';
import { defineRule } from './define-rule';

export default defineRule({
  id: 'mineral-field-check',
  title: '矿产图斑未实地核查',
  severity: 'warning',
  description: '矿产图斑（不论判定结果和面积）没有实地核查时间：矿产卫片执法图斑须逐一实地核查。',
  fields: ['patchKind', 'fieldCheckDate'],
  patchKinds: 'mineral',
  messages: {
    missingFieldCheck: '矿产图斑未填实地核查时间：矿产卫片执法图斑须逐一实地核查，请核查后填写。',
  },
  source: {
    tag: 'seed',
    refs: ['S4'],
    note: 'S4 四(二): 对矿产卫片执法图斑逐一开展实地核查。通知没有面积或判定类型的门槛（旧版的 10亩、仅违法图斑的门槛无出处，已取消）。',
  },
  check(record) {
    if (!isEmpty(record, 'fieldCheckDate')) return [];
    return [{ messageId: 'missingFieldCheck', fields: ['fieldCheckDate'] }];
  },
});
