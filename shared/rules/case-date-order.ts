import { dateOf } from '../model/patch-record';
import { defineRule, type RuleReport } from './define-rule';

type OrderMessage = 'caseAfterPenalty' | 'penaltyAfterClosed' | 'caseAfterClosed';

export default defineRule({
  id: 'case-date-order',
  title: '立案处罚结案时间倒序',
  severity: 'error',
  description:
    '立案时间 ≤ 处罚决定时间 ≤ 结案时间（同日可以）。只比较已填且有效的日期，缺的跳过；每一对顺序颠倒的日期各报告一次。',
  fields: ['caseDate', 'penaltyDate', 'caseClosedDate'],
  patchKinds: 'both',
  messages: {
    caseAfterPenalty: '立案时间 {caseDate:日期} 晚于处罚决定时间 {penaltyDate:日期}：应先立案后处罚，请核对两个时间。',
    penaltyAfterClosed: '处罚决定时间 {penaltyDate:日期} 晚于结案时间 {caseClosedDate:日期}：请核对两个时间。',
    caseAfterClosed: '立案时间 {caseDate:日期} 晚于结案时间 {caseClosedDate:日期}：请核对两个时间。',
  },
  source: { tag: 'inferred', refs: [], note: '查处程序依次为立案、处罚决定、结案；日期颠倒说明至少一个日期填错。' },
  check(record) {
    const caseDate = dateOf(record, 'caseDate');
    const penaltyDate = dateOf(record, 'penaltyDate');
    const caseClosedDate = dateOf(record, 'caseClosedDate');
    // Every pair out of order, so that the date at fault is the one named twice (立案 after both).
    const reports: RuleReport<OrderMessage>[] = [];
    if (caseDate && penaltyDate && caseDate > penaltyDate) {
      reports.push({ messageId: 'caseAfterPenalty', data: { caseDate, penaltyDate }, fields: ['caseDate', 'penaltyDate'] });
    }
    if (penaltyDate && caseClosedDate && penaltyDate > caseClosedDate) {
      reports.push({ messageId: 'penaltyAfterClosed', data: { penaltyDate, caseClosedDate }, fields: ['penaltyDate', 'caseClosedDate'] });
    }
    if (caseDate && caseClosedDate && caseDate > caseClosedDate) {
      reports.push({ messageId: 'caseAfterClosed', data: { caseDate, caseClosedDate }, fields: ['caseDate', 'caseClosedDate'] });
    }
    return reports;
  },
});
