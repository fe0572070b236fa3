import { dateOf, textOf } from '../model/patch-record';
import { yearOf } from '../model/dates';
import { defineRule } from './define-rule';
import { approvalNumberYears } from './readings';

export default defineRule({
  id: 'approval-year-mismatch',
  title: '文号年份与批准时间不符',
  severity: 'warning',
  description:
    '批准文号括号中的年份（无论用〔〕还是 []、【】、()、（））与批准时间的年份不同；一格中列有多个文号时，任一文号与批准时间同年即可；无法识别的日期或没有年份的文号不比较。',
  fields: ['approvalNo', 'approvalDate'],
  patchKinds: 'both',
  messages: {
    yearMismatch: '批准文号“{approvalNo}”的年份 {numberYear} 与批准时间 {approvalDate:日期}（{dateYear} 年）不一致：请核对文号或批准时间。',
  },
  source: {
    tag: 'inferred',
    refs: [],
    note: '文号中的年份是发文年份，批准时间即批准文件的成文日期，两者通常同年；不同年多为填错文号或日期。',
  },
  check(record) {
    const approvalNo = textOf(record, 'approvalNo');
    // Several 文号 in one cell (approval-no-format judges each) share one 批准时间: it belongs to one of them.
    const years = [...new Set(approvalNumberYears(record))];
    const approvalDate = dateOf(record, 'approvalDate');
    if (approvalNo === undefined || years.length === 0 || approvalDate === undefined) return [];
    const dateYear = yearOf(approvalDate);
    if (years.includes(dateYear)) return [];
    const numberYear = years.length === 1 ? (years[0] ?? 0) : years.join('、');
    return [{ messageId: 'yearMismatch', data: { approvalNo, numberYear, approvalDate, dateYear }, fields: ['approvalNo', 'approvalDate'] }];
  },
});
