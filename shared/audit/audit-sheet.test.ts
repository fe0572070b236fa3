import { describe, expect, it } from 'vitest';
import { bookBytes, NATIONAL, readOk } from '../sheet/testing/build';
import { auditSheet } from './audit-sheet';

/** Rows of a county export without 批次 or a title year: 后时相 in 2024, audited in February 2025. */
const ROWS = [
  ['图斑编号', '后时相', '是否消除违法状态', '整改完成时间'],
  ['P1', '2024-09-30', '是', '2024-12-20'],
  ['P2', '2024-10-15', '是', '2025-01-15'],
  ['P3', '2025-01-05', '否', ''],
];

describe('auditSheet: the data year (rules.md, issue 10)', () => {
  it('without 批次 or a title year, the year most 后时相 fall in — not the audit date’s year', () => {
    const report = auditSheet(readOk(bookBytes({ rows: ROWS })), { file: 't.xlsx', profile: NATIONAL, asOf: '2025-02-10' });
    expect(report.summary.dataYear).toBe(2024);
    const cutoff = report.findings.filter((f) => f.ruleId === 'resolved-after-cutoff');
    expect(cutoff.map((f) => [f.row, f.data['cutoff']])).toEqual([[3, '2024-12-31']]);
  });

  it('a title year outweighs the dates', () => {
    const report = auditSheet(readOk(bookBytes({ rows: [['某县2023年卫片执法图斑'], ...ROWS] })), { file: 't.xlsx', profile: NATIONAL, asOf: '2025-02-10' });
    expect(report.summary.dataYear).toBe(2023);
  });
});
