import { auditSheet } from '../../shared/audit/audit-sheet';
import { builtInProfile } from '../../shared/profiles/profiles';
import { PeriodReportBuilder, type PeriodReport } from '../../shared/report/period-report';
import { badPeriodMessage, parseReportPeriod } from '../../shared/report/report-period';
import { readSheet } from '../../shared/sheet/read-sheet';

/** What the reports page asks for: a sheet's bytes and the report's options (plain data: it crosses to the Worker). */
export interface ReportJobRequest {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly profileId: string;
  readonly period: string;
  readonly asOf: string;
  readonly level: 'county' | 'city';
  readonly denominatorMu?: number;
  readonly newConstructionMu?: number;
}

export type ReportJobOutcome = { readonly ok: true; readonly report: PeriodReport; readonly fileName: string } | { readonly ok: false; readonly message: string };

/**
 * The report of one sheet, built in the audit's pass over its rows (as `tuban-lint report`), with
 * the rows behind each count kept for the dashboard's drill-down. Bad input → one Chinese sentence.
 */
export function runReportJob(request: ReportJobRequest): ReportJobOutcome {
  const period = parseReportPeriod(request.period);
  if (!period) return { ok: false, message: badPeriodMessage(request.period) };
  const profile = builtInProfile(request.profileId);
  const read = readSheet(request.bytes, request.fileName, { profile });
  if (!read.ok) return { ok: false, message: `无法读取“${request.fileName}”：${read.error.message}` };
  const builder = new PeriodReportBuilder({
    profile,
    period,
    asOf: request.asOf,
    level: request.level,
    present: read.sheet.present,
    withRows: true,
    ...(request.denominatorMu !== undefined ? { denominatorMu: request.denominatorMu } : {}),
    ...(request.newConstructionMu !== undefined ? { newConstructionMu: request.newConstructionMu } : {}),
  });
  auditSheet(read.sheet, {
    file: request.fileName,
    profile,
    asOf: request.asOf,
    onRecord: (row, findings) =>
      builder.add(
        row.record,
        row.excelRow,
        findings.some((f) => f.severity === 'error'),
      ),
  });
  return { ok: true, report: builder.finish(), fileName: request.fileName };
}
