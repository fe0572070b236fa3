import type { AuditReport } from '../shared/audit/audit-sheet';
import { SEVERITY_LABEL } from '../shared/report/finding';
import { describeNotApplicable } from '../shared/report/describe-rule-status';
import { ruleTitle } from '../shared/report/rule-titles';

/** Findings the table lists one by one (the audit keeps only these when the output is a table). */
export const DETAIL_LIMIT = 40;

/** Display width in a terminal: CJK characters take two cells. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

/** The head of a rule's description, for a one-line table row (the full text is in JSON and 汇总). */
function briefly(text: string, max = 36): string {
  const head = text.split(/[：。]/u)[0] ?? text;
  return head.length > max ? `${head.slice(0, max)}…` : head;
}

function padEnd(text: string, target: number): string {
  return text + ' '.repeat(Math.max(0, target - width(text)));
}

/** The readable Chinese summary of `audit --format table` (the default). */
export function formatTable(report: AuditReport): string {
  const s = report.summary;
  const lines: string[] = [];
  lines.push('图斑校核 — 审核结果');
  lines.push(`文件：${s.file}（工作表“${s.sheet}”，表头第 ${s.headerRows.first}${s.headerRows.last !== s.headerRows.first ? `–${s.headerRows.last}` : ''} 行${s.encoding ? `，编码 ${s.encoding.toUpperCase()}` : ''}）`);
  if (s.title) lines.push(`标题：${s.title.replace(/\s*\n\s*/gu, ' ')}`);
  lines.push(`审核日期：${s.asOf}    配置：${s.profile.name}${s.dataYear !== undefined ? `    数据年度：${s.dataYear}` : ''}`);
  lines.push(`数据行：${s.rows}（跳过空行 ${s.skipped.blank}、合计行 ${s.skipped.total}${s.skipped.notes > 0 ? `、表尾说明行 ${s.skipped.notes}` : ''}）`);
  lines.push(`问题：错误 ${s.findings.error} · 警告 ${s.findings.warning} · 提示 ${s.findings.info}（涉及 ${s.rowsWithFindings} 行）`);
  if (s.byRule.length > 0) {
    lines.push('', '按规则：');
    const titleWidth = Math.max(...s.byRule.map((r) => width(ruleTitle(r.ruleId))));
    for (const r of s.byRule) lines.push(`  ${padEnd(SEVERITY_LABEL[r.severity], 4)}  ${padEnd(ruleTitle(r.ruleId), titleWidth)}  ${String(r.count).padStart(5)} 条  ${briefly(r.description)}`);
  }
  if (s.byTown.length > 1) {
    lines.push('', '按乡镇（有问题的行 / 数据行）：');
    const townWidth = Math.max(...s.byTown.map((t) => width(t.town)));
    for (const t of s.byTown) lines.push(`  ${padEnd(t.town, townWidth)}  ${t.rowsWithFindings} / ${t.rows}    错误 ${t.error}  警告 ${t.warning}  提示 ${t.info}`);
  }
  if (s.notApplicable.length > 0) {
    lines.push('', `未能运行的规则（${s.notApplicable.length} 条；表中缺少所需的列，不能视为通过）：`);
    for (const n of s.notApplicable) lines.push(`  ${ruleTitle(n.ruleId)}：${describeNotApplicable(n.reason)}`);
  }
  if (s.duplicateColumns.length > 0) {
    lines.push('', '重复的列（同一字段同一单位出现两次，只读取第一列）：');
    for (const d of s.duplicateColumns) lines.push(`  ${d.column} 列“${d.header}”`);
  }
  if (s.unmappedColumns.length > 0) {
    lines.push('', `未识别的列（保留但不审核）：${s.unmappedColumns.map((c) => `${c.column}“${c.header}”`).join('、')}`);
  }
  if (s.unreadableValues.length > 0) {
    lines.push('', `无法识别的取值（${s.unreadableValues.length} 处，按未填写处理）：`);
    for (const u of s.unreadableValues.slice(0, DETAIL_LIMIT)) lines.push(`  第 ${u.row} 行 ${u.column} 列：“${u.text}”`);
  }
  if (report.findings.length > 0) {
    lines.push('', `问题明细${report.summary.findings.total > DETAIL_LIMIT ? `（前 ${DETAIL_LIMIT} 条；完整清单请用 --format json 或 --format xlsx）` : ''}：`);
    for (const f of report.findings.slice(0, DETAIL_LIMIT)) {
      lines.push(`  第 ${f.row} 行  ${f.patchId ?? ''}  ${SEVERITY_LABEL[f.severity]}  ${ruleTitle(f.ruleId)}：${f.message}`);
    }
  }
  return lines.join('\n');
}
