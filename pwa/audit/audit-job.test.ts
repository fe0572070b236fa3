import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { auditSheet } from '../../shared/audit/audit-sheet';
import { builtInProfile } from '../../shared/profiles/profiles';
import { readSheet } from '../../shared/sheet/read-sheet';
import { DEMO_SHEET_PATH } from '../../tests/fixtures/demo-options';
import { runCli } from '../../tests/support/run-cli';
import { runAuditJob } from './audit-job';
import { headerKey } from './header-key';
import type { AuditJobOutcome, AuditJobReport, SheetJobFailure, SheetJobOptions, SheetJobProgress } from './sheet-job-types';

const DEMO = new Uint8Array(readFileSync(DEMO_SHEET_PATH));
const NAME = basename(DEMO_SHEET_PATH);
const OPTIONS: SheetJobOptions = { profileId: 'national', asOf: '2024-06-30' };

function ok(result: AuditJobOutcome | SheetJobFailure): AuditJobOutcome {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result;
}

function failed(result: AuditJobOutcome | SheetJobFailure): SheetJobFailure {
  if (result.ok) throw new Error('expected a failure');
  return result;
}

/** The demo sheet's columns by header (0-based), so the tests do not hard-code positions. */
function demoColumn(header: string): number {
  const read = readSheet(DEMO, NAME, { profile: builtInProfile('national') });
  if (!read.ok) throw new Error(read.error.message);
  const m = read.sheet.mapping.find((c) => c.header.endsWith(header));
  if (!m) throw new Error(`no column ${header}`);
  return m.column;
}

describe('runAuditJob on the demo sheet', () => {
  const progress: SheetJobProgress[] = [];
  const events: string[] = [];
  const reports: AuditJobReport[] = [];
  const outcome = ok(
    runAuditJob({
      bytes: DEMO,
      name: NAME,
      options: OPTIONS,
      onProgress: (p) => {
        progress.push(p);
        events.push(p.phase);
      },
      onReport: (r) => {
        reports.push(r);
        events.push('report');
      },
    }),
  );

  it('gives what auditSheet gives for the same input', () => {
    const read = readSheet(DEMO, NAME, { profile: builtInProfile('national') });
    if (!read.ok) throw new Error(read.error.message);
    const report = auditSheet(read.sheet, { file: NAME, profile: builtInProfile('national'), asOf: '2024-06-30' });
    expect(outcome.summary).toEqual(report.summary);
    expect(outcome.findings).toEqual(report.findings);
    expect(outcome.mapping).toEqual(report.mapping);
    expect(outcome.summary.rows).toBe(372);
    expect(outcome.headerKey).toBe(headerKey(read.sheet.mapping));
    expect(outcome.columnOverrides).toEqual({});
    expect(outcome.rememberedMapping).toBe(false);
  });

  it('gives what the CLI gives for the same file', () => {
    // Run beside the file, so the CLI's summary names it as the PWA does (by name, not path).
    const cli = runCli(['audit', NAME, '--format', 'json', '--as-of', '2024-06-30', '--profile', 'national'], { cwd: dirname(DEMO_SHEET_PATH) });
    expect(cli.stderr).toBe('');
    const json = JSON.parse(cli.stdout) as { summary: unknown; findings: { ruleId: string; row: number; message: string }[] };
    expect(JSON.parse(JSON.stringify(outcome.summary))).toEqual(json.summary);
    expect(outcome.findings.map((f) => [f.row, f.ruleId, f.message])).toEqual(json.findings.map((f) => [f.row, f.ruleId, f.message]));
  });

  it('writes the annotated workbook with 问题数 / 问题说明 columns and the 问题清单 and 汇总 sheets', () => {
    const book = XLSX.read(outcome.annotated, { type: 'array' });
    expect(book.SheetNames.slice(1)).toEqual(['问题清单', '汇总']);
    const issues = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['问题清单'] as XLSX.WorkSheet, { header: 1 });
    expect(issues.length - 1).toBe(outcome.summary.findings.total);
  });

  it('hands over the results once, before writing the annotated workbook', () => {
    expect(reports).toHaveLength(1);
    const { annotated: _annotated, ...results } = outcome;
    expect(reports[0]).toEqual(results);
    expect(events.indexOf('report')).toBe(events.indexOf('write') - 1);
  });

  it('reports progress phase by phase, ending each phase complete', () => {
    expect(progress[0]).toEqual({ phase: 'read', done: 0, total: 1 });
    expect(progress.map((p) => p.phase).filter((p, i, all) => all[i - 1] !== p)).toEqual(['read', 'audit', 'write']);
    expect(progress.at(-1)).toEqual({ phase: 'write', done: 1, total: 1 });
    expect(progress.filter((p) => p.phase === 'audit').at(-1)).toEqual({ phase: 'audit', done: 372, total: 372 });
  });
});

describe('runAuditJob with mapping corrections', () => {
  const plain = ok(runAuditJob({ bytes: DEMO, name: NAME, options: OPTIONS }));
  const verdict = demoColumn('判定类型：');

  it('ignoring a column removes its field and the findings that need it', () => {
    const outcome = ok(runAuditJob({ bytes: DEMO, name: NAME, options: { ...OPTIONS, columns: { [verdict]: null } } }));
    expect(outcome.mapping[verdict]).toMatchObject({ status: 'unmapped' });
    expect(outcome.mapping[verdict]?.field).toBeUndefined();
    expect(outcome.columnOverrides).toEqual({ [verdict]: null });
    expect(outcome.summary.unmappedColumns.map((c) => c.header)).toContain(plain.mapping[verdict]?.header);
    // Without 判定类型 the verdict rules cannot run: they are reported as not applicable.
    expect(outcome.summary.notApplicable.length).toBeGreaterThan(plain.summary.notApplicable.length);
    expect(outcome.findings).not.toEqual(plain.findings);
    expect(outcome.findings.some((f) => f.fields.includes('verdict'))).toBe(false);
    expect(plain.findings.some((f) => f.fields.includes('verdict'))).toBe(true);
  });

  it('mapping a column to another field reads it as that field', () => {
    const remarkColumn = demoColumn('备注');
    const outcome = ok(runAuditJob({ bytes: DEMO, name: NAME, options: { ...OPTIONS, columns: { [remarkColumn]: 'verdictBasis', [demoColumn('判定依据说明')]: null } } }));
    expect(outcome.mapping[remarkColumn]).toMatchObject({ field: 'verdictBasis', status: 'mapped' });
    expect(outcome.summary.duplicateColumns).toEqual([]);
  });

  it('uses a correction remembered for the header set when none is given, and given ones first', () => {
    const remembered = new Map([[plain.headerKey, { [verdict]: null }]]);
    const fromMemory = ok(runAuditJob({ bytes: DEMO, name: NAME, options: OPTIONS, remembered }));
    expect(fromMemory.rememberedMapping).toBe(true);
    expect(fromMemory.columnOverrides).toEqual({ [verdict]: null });
    expect(fromMemory.mapping[verdict]?.status).toBe('unmapped');
    expect(fromMemory.headerKey).toBe(plain.headerKey);

    const given = ok(runAuditJob({ bytes: DEMO, name: NAME, options: { ...OPTIONS, columns: {} }, remembered }));
    expect(given.rememberedMapping).toBe(false);
    expect(given.mapping[verdict]?.field).toBe('verdict');

    const otherHeader = ok(runAuditJob({ bytes: DEMO, name: NAME, options: OPTIONS, remembered: new Map([['h1␟other', { [verdict]: null }]]) }));
    expect(otherHeader.rememberedMapping).toBe(false);
    expect(otherHeader.summary).toEqual(plain.summary);
  });
});

describe('runAuditJob failures: one Chinese sentence, never a throw', () => {
  it('a corrupt file', () => {
    const corrupt = DEMO.slice(0, 4000);
    const failure = failed(runAuditJob({ bytes: corrupt, name: '坏文件.xlsx', options: OPTIONS }));
    expect(failure.code).toBe('corrupt');
    expect(failure.message).toContain('坏文件.xlsx');
    expect(failure.message).toMatch(/[\u4e00-\u9fff]/u);
    expect(failure.message).not.toMatch(/\n\s+at /u);
  });

  it('a file that is not a spreadsheet', () => {
    const failure = failed(runAuditJob({ bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), name: '照片.xlsx', options: OPTIONS }));
    expect(failure.code).toBe('not-a-spreadsheet');
    expect(failure.message).toContain('照片.xlsx');
  });

  it('an unknown profile or an impossible as-of date', () => {
    expect(failed(runAuditJob({ bytes: DEMO, name: NAME, options: { ...OPTIONS, profileId: 'nowhere' } }))).toMatchObject({ code: 'invalid-options' });
    expect(failed(runAuditJob({ bytes: DEMO, name: NAME, options: { ...OPTIONS, profileId: 'toString' } }))).toMatchObject({ code: 'invalid-options' });
    const date = failed(runAuditJob({ bytes: DEMO, name: NAME, options: { ...OPTIONS, asOf: '2024-02-30' } }));
    expect(date).toMatchObject({ code: 'invalid-options' });
    expect(date.message).toContain('2024-02-30');
  });

  it('a cancelled signal', () => {
    const signal = { aborted: false };
    const result = runAuditJob({
      bytes: DEMO,
      name: NAME,
      options: OPTIONS,
      signal,
      onProgress: (p) => {
        if (p.phase === 'audit') signal.aborted = true;
      },
    });
    expect(result).toEqual({ ok: false, code: 'cancelled', message: '已取消。' });
  });
});
