/**
 * One measurement in its own process (peak RSS is per process): `sheetjs-dense` is the baseline,
 * a plain SheetJS dense read; `audit` is the full audit the CLI runs (read, map, normalise, all
 * rules); `report` is `tuban-lint report`'s work (the same audit with the quarterly report built
 * in its pass over the rows). Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { auditSheet } from '../shared/audit/audit-sheet';
import { builtInProfile } from '../shared/profiles/profiles';
import { PeriodReportBuilder } from '../shared/report/period-report';
import { parseReportPeriod } from '../shared/report/report-period';
import { readSheet } from '../shared/sheet/read-sheet';

const [mode, file] = process.argv.slice(2);
if (!file || (mode !== 'sheetjs-dense' && mode !== 'audit' && mode !== 'report')) {
  console.error('usage: measure.ts sheetjs-dense|audit|report FILE');
  process.exit(2);
}
const bytes = new Uint8Array(readFileSync(file));
const profile = builtInProfile('national');
const start = performance.now();
function run(): { rows: number; findings: number } {
  if (mode === 'sheetjs-dense') {
    const wb = XLSX.read(bytes, { dense: true });
    const ws = wb.Sheets[wb.SheetNames[0] ?? ''];
    return { rows: ws?.['!data']?.length ?? 0, findings: 0 };
  }
  const read = readSheet(bytes, basename(file ?? ''), { profile });
  if (!read.ok) throw new Error(read.error.message);
  const period = parseReportPeriod('2023Q2');
  const builder = mode === 'report' && period ? new PeriodReportBuilder({ profile, period, asOf: '2024-06-30', level: 'county', present: read.sheet.present, denominatorMu: 5000 }) : undefined;
  const report = auditSheet(read.sheet, {
    file: file ?? '',
    profile,
    asOf: '2024-06-30',
    ...(builder
      ? {
          onRecord: (row, found) =>
            builder.add(
              row.record,
              row.excelRow,
              found.some((f) => f.severity === 'error'),
            ),
        }
      : {}),
  });
  builder?.finish();
  return { rows: report.summary.rows, findings: report.findings.length };
}
const { rows, findings } = run();
const ms = performance.now() - start;
process.stdout.write(`${JSON.stringify({ mode, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, rows, findings })}\n`);
