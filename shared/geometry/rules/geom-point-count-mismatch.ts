import { defineGeometryRule } from '../define-geometry-rule';
import { READ_PROBLEM_MESSAGES } from '../read-problem-messages';

/**
 * Found while reading: only the reader sees every point line, including those it could not read
 * (界址点数 counts lines, not the points that survived), so it reports; the rule declares the message.
 */
export default defineGeometryRule({
  id: 'geom-point-count-mismatch',
  title: '界址点数不符',
  severity: 'warning',
  description: '地块行所填界址点数与该地块实际的界址点行数（含各圈闭合点）不一致（读取时检查）。',
  messages: READ_PROBLEM_MESSAGES['geom-point-count-mismatch'],
  source: {
    tag: 'sourced',
    refs: ['S1'],
    note: '坐标交换格式：界址点数计该地块全部界址点行，含各圈的闭合重复点（coordinate-txt.md）。不一致多因漏行、多行或圈号错误。',
  },
});
