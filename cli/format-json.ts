import type { AuditReport, SheetFinding } from '../shared/audit/audit-sheet';

/**
 * The stable JSON of `audit --format json` (issue 2): `findings` as {ruleId, severity, row,
 * patchId, fields, columns, messageId, message, data}, `summary` and `mapping`. Written as a
 * stream (issue 15): each finding as it is made, the summary at the end — so a province sheet with
 * a finding on most rows never holds its findings in memory. Keys come in that order; the object
 * is the same JSON either way.
 */
export class JsonReportWriter {
  private first = true;

  constructor(private readonly write: (text: string) => void) {
    write('{\n  "findings": [');
  }

  finding(f: SheetFinding): void {
    const item = {
      ruleId: f.ruleId,
      severity: f.severity,
      row: f.row,
      patchId: f.patchId ?? null,
      fields: f.fields,
      columns: f.columns,
      messageId: f.messageId,
      message: f.message,
      data: f.data,
    };
    this.write(`${this.first ? '' : ','}\n    ${JSON.stringify(item)}`);
    this.first = false;
  }

  end(report: AuditReport): void {
    const mapping = report.mapping.map((m) => ({
      column: m.columnLetter,
      header: m.header,
      status: m.status,
      ...(m.field ? { field: m.field } : {}),
      ...(m.level ? { level: m.level } : {}),
      ...(m.unit ? { unit: m.unit } : {}),
    }));
    this.write(`${this.first ? '' : '\n  '}],\n  "summary": ${indentJson(report.summary)},\n  "mapping": ${indentJson(mapping)}\n}\n`);
  }
}

function indentJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\n/gu, '\n  ');
}
