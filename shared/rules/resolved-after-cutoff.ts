import { dateOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { cutoffFor, isResolved } from './readings';

export default defineRule({
  id: 'resolved-after-cutoff',
  severity: 'info',
  description:
    '已消除违法状态，但整改完成时间晚于数据年度的消除违法状态节点（配置 cutoffs，全国默认：2020 年数据 2020-12-31，2023 年数据 2024-01-31，其他年份当年 12-31；节点当天算按期）：该年度仍按违法统计。',
  fields: ['rectResolved', 'rectDate'],
  patchKinds: 'both',
  messages: {
    afterCutoff: '整改完成时间 {rectDate:日期} 晚于 {dataYear} 年度消除违法状态截止日 {cutoff:日期}：该年度仍按违法统计。',
  },
  source: {
    tag: 'seed',
    refs: ['S1', 'S4'],
    note: 'S1: 在 2020 年 12 月 31 日前已经消除违法状态的，不再作为违法统计。S4: 违法行为整改消除违法状态的时间节点为 2024 年 1 月 31 日。其他年份由配置给出。',
  },
  check(record, context) {
    if (!isResolved(record)) return [];
    const rectDate = dateOf(record, 'rectDate');
    const cutoff = cutoffFor(context.dataYear, context.profile);
    if (rectDate === undefined || cutoff === undefined || rectDate <= cutoff) return [];
    return [{ messageId: 'afterCutoff', data: { rectDate, cutoff, dataYear: context.dataYear }, fields: ['rectDate'] }];
  },
});
