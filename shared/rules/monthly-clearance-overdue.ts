import { isMonthlyClearanceOverdue, monthlyClearanceRound } from '../calendar/monthly-clearance';
import { defineRule } from './define-rule';

export default defineRule({
  id: 'monthly-clearance-overdue',
  title: '月清逾期未填报',
  severity: 'warning',
  description: '“月清”：当月20日（含）前下发的四类土地图斑应于当月24日前完成核查填报；到期未见填报时间或填报晚于期限时提示（日期取自配置的月清规则）。',
  fields: ['filedAt'],
  optionalFields: ['issuedAt', 'batch', 'patchType'],
  requiresAnyOf: ['issuedAt', 'batch'],
  patchKinds: 'land',
  messages: {
    notFiled: '属 {month} “月清”范围，应于 {due} 前完成核查填报，至今未填报。',
    filedLate: '属 {month} “月清”范围，应于 {due} 前完成核查填报，填报时间为 {filedAt}。',
  },
  source: {
    tag: 'seed',
    refs: ['S4'],
    note: 'S4 二(二)：每月24日前完成当月20日（含）前下发的“新增非农建设类”“其他新增建设类”“其他变化类”“年度内持续变化类”土地图斑的核查、填报、审核。20日后下发的归入次月。日期在配置中（calendar.monthly），配置无月清规则时不适用。',
  },
  check(record, context) {
    const round = monthlyClearanceRound(record, context.profile);
    if (round === undefined || !isMonthlyClearanceOverdue(round, context.asOf)) return [];
    const data = { month: round.month, due: round.due };
    if (round.filedAt === undefined) return [{ messageId: 'notFiled', data, fields: ['filedAt'] }];
    return [{ messageId: 'filedLate', data: { ...data, filedAt: round.filedAt }, fields: ['filedAt'] }];
  },
});
