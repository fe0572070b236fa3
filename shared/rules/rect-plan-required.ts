import { dateOf, isEmpty } from '../model/patch-record';
import { defineRule } from './define-rule';
import { isResolved, verdictOf } from './readings';

export default defineRule({
  id: 'rect-plan-required',
  title: '缺拟完成整改时间',
  severity: 'warning',
  description:
    '判定为违法且尚未消除违法状态（否或未填），却没有拟完成整改时间，或拟完成整改时间已早于核查日（当天到期不算过期；无法辨认的日期算已填，不比较）。',
  fields: ['verdict', 'rectResolved', 'rectPlannedDate'],
  patchKinds: 'both',
  messages: {
    noPlan: '违法图斑尚未消除违法状态，拟完成整改时间未填：请填写计划完成整改的日期。',
    planPast: '违法图斑尚未消除违法状态，拟完成整改时间 {rectPlannedDate:日期} 已过（今天 {asOf:日期}）：请督促整改或更新计划时间。',
  },
  source: { tag: 'sourced', refs: [], note: '平台对未整改到位的违法图斑要求填报拟完成整改时间（整改期限），并跟踪至消除违法状态。' },
  check(record, context) {
    if (verdictOf(record) !== '违法' || isResolved(record)) return [];
    if (isEmpty(record, 'rectPlannedDate')) return [{ messageId: 'noPlan', fields: ['rectPlannedDate'] }];
    const rectPlannedDate = dateOf(record, 'rectPlannedDate');
    if (rectPlannedDate !== undefined && rectPlannedDate < context.asOf) {
      return [{ messageId: 'planPast', data: { rectPlannedDate, asOf: context.asOf }, fields: ['rectPlannedDate'] }];
    }
    return [];
  },
});
