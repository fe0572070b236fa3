import { defineRule } from './define-rule';
import { emptyFields, fieldLabels, isTransferred } from './readings';

export default defineRule({
  id: 'transfer-incomplete',
  title: '移交缺时间或反馈',
  severity: 'warning',
  description:
    '已移交（是否移交为是；没有该列时，移交部门已填）的图斑，应填报移交时间和相关部门反馈结果；缺哪项报哪项（无法识别的日期算已填）。',
  fields: ['transferDate', 'transferFeedback'],
  optionalFields: ['transferDept', 'transferred'],
  requiresAnyOf: ['transferDept', 'transferred'],
  patchKinds: 'both',
  messages: {
    incomplete: '图斑已移交，但{missing}未填写：请补填。',
  },
  source: {
    tag: 'seed',
    refs: ['S1'],
    note: 'S1: 属于其他部门职责范围的图斑，要在核实后及时移交相关部门，做好记录，并在执法信息系统中填报移交情况及相关部门反馈结果。',
  },
  check(record) {
    if (!isTransferred(record)) return [];
    const missing = emptyFields(record, ['transferDate', 'transferFeedback']);
    if (missing.length === 0) return [];
    return [{ messageId: 'incomplete', data: { missing: fieldLabels(missing) }, fields: missing }];
  },
});
