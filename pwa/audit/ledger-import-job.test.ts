import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textOf } from '../../shared/model/patch-record';
import { builtInProfile } from '../../shared/profiles/profiles';
import { verdictOf } from '../../shared/rules/readings';
import { readSheet } from '../../shared/sheet/read-sheet';
import { DEMO_SHEET_PATH } from '../../tests/fixtures/demo-options';
import { freshDb } from '../ledger/ledger-test-helpers';
import { headerKey, rememberMapping } from './header-key';
import { runAuditJob } from './audit-job';
import { importReadSheet, runLedgerImportJob } from './ledger-import-job';
import type { LedgerImportJobOptions, LedgerImportJobOutcome, SheetJobFailure, SheetJobProgress } from './sheet-job-types';

const DEMO = new Uint8Array(readFileSync(DEMO_SHEET_PATH));
const NAME = basename(DEMO_SHEET_PATH);
const OPTIONS: LedgerImportJobOptions = { profileId: 'national', asOf: '2024-06-30', who: '张三', at: '2024-07-01T08:00:00.000Z' };

/** Counted independently of the ledger code: distinct 图斑编号 of the demo's 违法 rows, and 违法 rows without one. */
function demoViolations(): { patchIds: number; withoutId: number[]; records: number } {
  const read = readSheet(DEMO, NAME, { profile: builtInProfile('national') });
  if (!read.ok) throw new Error(read.error.message);
  const ids = new Set<string>();
  const withoutId: number[] = [];
  let records = 0;
  for (const { excelRow, record } of read.sheet.rows()) {
    records += 1;
    if (verdictOf(record) !== '违法') continue;
    const id = textOf(record, 'patchId')?.trim();
    if (id) ids.add(id);
    else withoutId.push(excelRow);
  }
  return { patchIds: ids.size, withoutId, records };
}

function ok(result: LedgerImportJobOutcome | SheetJobFailure): LedgerImportJobOutcome {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result;
}

describe('runLedgerImportJob on the demo sheet', () => {
  const expected = demoViolations();

  it('creates one item per 违法 图斑编号 and records the import; a second import changes nothing', async () => {
    const db = freshDb();
    const progress: SheetJobProgress[] = [];
    const first = ok(await runLedgerImportJob({ db, bytes: DEMO, name: NAME, options: OPTIONS, onProgress: (p) => progress.push(p) }));
    expect(expected.patchIds).toBeGreaterThan(50);
    expect(first).toMatchObject({ records: expected.records, created: expected.patchIds, updated: 0, unchanged: 0, skippedRows: expected.withoutId });
    expect(await db.items.count()).toBe(expected.patchIds);
    const stored = await db.imports.get(first.importId);
    expect(stored).toMatchObject({ who: '张三', file: NAME, profileId: 'national', asOf: '2024-06-30', records: expected.records, created: expected.patchIds });
    expect(progress[0]).toEqual({ phase: 'read', done: 0, total: 1 });
    expect(progress.at(-1)).toEqual({ phase: 'import', done: expected.records, total: expected.records });

    const again = ok(await runLedgerImportJob({ db, bytes: DEMO, name: NAME, options: { ...OPTIONS, at: '2024-08-01T08:00:00.000Z' } }));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: expected.patchIds });
    expect(await db.items.count()).toBe(expected.patchIds);
    db.close();
  });

  it('reads the sheet with the correction remembered for its header set', async () => {
    const db = freshDb();
    const read = readSheet(DEMO, NAME, { profile: builtInProfile('national') });
    if (!read.ok) throw new Error(read.error.message);
    const patchColumn = read.sheet.mapping.find((m) => m.field === 'patchId')?.column ?? -1;
    // Ignoring 图斑编号: every 违法 row is then without one, and nothing is entered.
    await rememberMapping(db, read.sheet.mapping, { [patchColumn]: null }, OPTIONS.at);
    expect(await db.mappings.get(headerKey(read.sheet.mapping))).toBeDefined();
    const outcome = ok(await runLedgerImportJob({ db, bytes: DEMO, name: NAME, options: OPTIONS }));
    expect(outcome.created).toBe(0);
    expect(outcome.skippedRows.length).toBeGreaterThan(0);
    // Corrections given with the job win over remembered ones.
    const given = ok(await runLedgerImportJob({ db, bytes: DEMO, name: NAME, options: { ...OPTIONS, columns: {} } }));
    expect(given.created).toBe(expected.patchIds);
    db.close();
  });

  it('a corrupt file: one Chinese sentence, nothing stored', async () => {
    const db = freshDb();
    const result = await runLedgerImportJob({ db, bytes: DEMO.slice(0, 3000), name: '坏文件.xlsx', options: OPTIONS });
    expect(result).toMatchObject({ ok: false, code: 'corrupt' });
    expect(result.ok ? '' : result.message).toContain('坏文件.xlsx');
    expect(await db.items.count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
    db.close();
  });

  it('cancelled while reading: nothing stored', async () => {
    const db = freshDb();
    const signal = { aborted: false };
    const result = await runLedgerImportJob({ db, bytes: DEMO, name: NAME, options: OPTIONS, signal, onProgress: () => (signal.aborted = true) });
    expect(result).toEqual({ ok: false, code: 'cancelled', message: '已取消。' });
    expect(await db.imports.count()).toBe(0);
    db.close();
  });
});

describe('importReadSheet: 导入整改台账 from the sheet the audit already read', () => {
  it('gives the same ledger as reading the file again, without a second read', async () => {
    const kept: { sheet?: Parameters<typeof importReadSheet>[0]['sheet']; profile?: Parameters<typeof importReadSheet>[0]['profile'] } = {};
    const audit = runAuditJob({
      bytes: DEMO,
      name: NAME,
      options: OPTIONS,
      keepSheet: (sheet, profile) => {
        kept.sheet = sheet;
        kept.profile = profile;
      },
    });
    expect(audit.ok).toBe(true);
    if (kept.sheet === undefined || kept.profile === undefined) throw new Error('the audit did not hand over its sheet');
    const fromAudit = freshDb();
    const fromFile = freshDb();
    const viaAudit = ok(await importReadSheet({ db: fromAudit, sheet: kept.sheet, name: NAME, profile: kept.profile, options: OPTIONS }));
    const viaFile = ok(await runLedgerImportJob({ db: fromFile, bytes: DEMO, name: NAME, options: OPTIONS }));
    expect(viaAudit).toEqual(viaFile);
    const dump = async (db: typeof fromAudit) => (await db.items.orderBy('patchId').toArray()).map(({ id: _id, ...item }) => item);
    expect(await dump(fromAudit)).toEqual(await dump(fromFile));
    fromAudit.close();
    fromFile.close();
  });
});
