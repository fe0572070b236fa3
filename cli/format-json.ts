import type { AuditReport } from '../shared/audit/audit-sheet';

/**
 * The stable JSON of `audit --format json` (issue 2): summary, mapping, and findings as
 * {ruleId, severity, row, patchId, fields, message, data}, plus messageId and columns.
 */
export function formatJson(report: AuditReport): string {
  return JSON.stringify(
    {
      summary: report.summary,
      mapping: report.mapping.map((m) => ({
        column: m.columnLetter,
        header: m.header,
        status: m.status,
        ...(m.field ? { field: m.field } : {}),
        ...(m.level ? { level: m.level } : {}),
        ...(m.unit ? { unit: m.unit } : {}),
      })),
      findings: report.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        row: f.row,
        patchId: f.patchId ?? null,
        fields: f.fields,
        columns: f.columns,
        messageId: f.messageId,
        message: f.message,
        data: f.data,
      })),
    },
    null,
    2,
  );
}
