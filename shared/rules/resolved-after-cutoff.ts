import { dateOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { cutoffFor, isResolved } from './readings';

export default defineRule({
  id: 'resolved-after-cutoff',
  title: '整改晚于年度节点',
  severity: 'info',
  description:
    '已消除违法状态，但整改完成时间晚于数据年度的消除违法状态节点（配置 cutoffs：全国 2020 年数据 2020-12-31；威海 2023 年数据 2024-01-31；通知未给出的年份按当年 12-31 推定，为参考值；节点当天算按期）：该年度仍按违法统计。数据年度取批次/年度、标题行年份、多数后时相（或下发时间）所在年份、配置年份，从不取审核日期的年份。',
  fields: ['rectResolved', 'rectDate'],
  patchKinds: 'both',
  messages: {
    afterCutoff: '整改完成时间 {rectDate:日期} 晚于 {dataYear} 年度消除违法状态截止日 {cutoff:日期}：该年度仍按违法统计。',
    afterReferenceCutoff: '整改完成时间 {rectDate:日期} 晚于 {dataYear} 年度消除违法状态截止日的参考值 {cutoff:日期}（通知未规定该年截止日，按年末推定）：该年度可能仍按违法统计。',
  },
  source: {
    tag: 'seed',
    refs: ['S1', 'S4'],
    note: 'S1: 在 2020 年 12 月 31 日前已经消除违法状态的，不再作为违法统计。S4: 违法行为整改消除违法状态的时间节点为 2024 年 1 月 31 日。其他年份为推定的参考值（配置 inferred）。',
  },
  check(record, context) {
    if (!isResolved(record) || context.dataYear === undefined) return [];
    const rectDate = dateOf(record, 'rectDate');
    const cutoff = cutoffFor(context.dataYear, context.profile);
    if (rectDate === undefined || cutoff === undefined || rectDate <= cutoff.date) return [];
    return [{ messageId: cutoff.inferred ? 'afterReferenceCutoff' : 'afterCutoff', data: { rectDate, cutoff: cutoff.date, dataYear: context.dataYear }, fields: ['rectDate'] }];
  },
});
