import { writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { auditSheet } from '../shared/audit/audit-sheet';
import { isIsoDate } from '../shared/model/dates';
import { PeriodReportBuilder } from '../shared/report/period-report';
import { badPeriodMessage, parseReportPeriod } from '../shared/report/report-period';
import { writeReportWorkbook } from '../shared/report/report-workbook';
import type { ReportArguments } from './arguments';
import { fail, today } from './command-output';
import { formatReportText } from './format-report';
import { loadProfile } from './load-profile';
import { readInputSheet } from './read-input-sheet';

/** A user-entered area in 亩: a non-negative number, or the sentence saying why not. */
function readMu(option: string, text: string | undefined): { ok: true; value?: number } | { ok: false; message: string } {
  if (text === undefined) return { ok: true };
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(value) || value < 0) return { ok: false, message: `${option} 应为以亩计的非负数，而不是“${text}”` };
  return { ok: true, value };
}

/**
 * `tuban-lint report FILE --period …`: the 快报, 问责 and rates of one period. The report is built
 * in the audit's pass over the rows (差错率 needs the audit's findings; the read is shared).
 */
export function reportCommand(args: ReportArguments): number {
  const period = parseReportPeriod(args.period);
  if (!period) return fail(badPeriodMessage(args.period));
  const asOf = args.asOf ?? today();
  if (!isIsoDate(asOf)) return fail(`--as-of 应为真实日期 YYYY-MM-DD，而不是“${asOf}”`);
  const denominator = readMu('--denominator-mu', args.denominatorMu);
  if (!denominator.ok) return fail(denominator.message);
  const newConstruction = readMu('--new-construction-mu', args.newConstructionMu);
  if (!newConstruction.ok) return fail(newConstruction.message);
  const profile = loadProfile(args.profile);
  if (!profile.ok) return fail(profile.message);

  const read = readInputSheet(args.file, profile.profile, args.quiet);
  if (!read.ok) return fail(read.message);
  const { sheet, progress } = read;
  const builder = new PeriodReportBuilder({
    profile: profile.profile,
    period,
    asOf,
    level: args.level,
    present: sheet.present,
    ...(denominator.value !== undefined ? { denominatorMu: denominator.value } : {}),
    ...(newConstruction.value !== undefined ? { newConstructionMu: newConstruction.value } : {}),
  });
  progress.phase('统计');
  auditSheet(sheet, {
    file: args.file,
    profile: profile.profile,
    asOf,
    onProgress: (done, total) => progress.update('统计', done, total),
    onRecord: (row, findings) =>
      builder.add(
        row.record,
        row.excelRow,
        findings.some((f) => f.severity === 'error'),
      ),
  });
  progress.done();
  const report = builder.finish();

  if (args.format === 'xlsx') {
    const ext = extname(args.file);
    const out = args.out ?? join(dirname(args.file), `${basename(args.file, ext)}.快报-${period.code}.xlsx`);
    writeFileSync(out, writeReportWorkbook(report));
    process.stdout.write(`${formatReportText(report)}\n\n已写出快报表格：${out}\n`);
    return 0;
  }
  const text = args.format === 'json' ? JSON.stringify(report, null, 2) : formatReportText(report);
  if (args.out) writeFileSync(args.out, `${text}\n`);
  else process.stdout.write(`${text}\n`);
  return 0;
}
