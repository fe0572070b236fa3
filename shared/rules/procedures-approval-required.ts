import { textOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { emptyFields, fieldLabels, isResolved, measureIs } from './readings';

export default defineRule({
  id: 'procedures-approval-required',
  title: '补办手续缺批文',
  severity: 'error',
  description: '整改措施提到补办或完善（手续），消除违法状态（是否消除违法状态为是），却缺批准文号或批准时间（无法辨认的日期算已填）。',
  fields: ['rectMeasure', 'rectResolved', 'approvalNo', 'approvalDate'],
  patchKinds: 'both',
  messages: {
    missingApproval: '整改措施为“{rectMeasure}”且已消除违法状态，但{missing}未填。',
  },
  source: {
    tag: 'seed',
    refs: ['S0', 'S1'],
    note: 'S0、S1: 已经完善审批手续的，要填报审批文件文号、批准时间等相关信息。整改措施为自由文本，提到补办或完善即属补办手续类（配置 rectMeasures.procedures 的关键词）。',
  },
  check(record, context) {
    if (!isResolved(record) || !measureIs(record, 'procedures', context.profile)) return [];
    const missing = emptyFields(record, ['approvalNo', 'approvalDate']);
    if (missing.length === 0) return [];
    return [{ messageId: 'missingApproval', data: { rectMeasure: textOf(record, 'rectMeasure') ?? '', missing: fieldLabels(missing) }, fields: missing }];
  },
});
