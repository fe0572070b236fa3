import { importViolations, type ImportOutcome, type ImportRecord } from '../ledger/import-violations';
import type { Profile } from '../../shared/profiles/profile-schema';
import type { SheetRead } from '../../shared/sheet/read-sheet';
import type { TubanLintDb } from '../db/schema';
import { loadRememberedMappings, type RememberedMappings } from './header-key';
import { CANCELLED, internalFailure, jobFailure, readJobSheet, resolveProfile } from './read-job-sheet';
import type { ConfirmImport, LedgerImportJobOptions, LedgerImportJobOutcome, SheetJobFailure, SheetJobProgress } from './sheet-job-types';

export interface LedgerImportJobInput {
  readonly db: TubanLintDb;
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly options: LedgerImportJobOptions;
  readonly onProgress?: (progress: SheetJobProgress) => void;
  readonly signal?: { readonly aborted: boolean };
  readonly confirm?: ConfirmImport;
}

async function rememberedOrNone(db: TubanLintDb): Promise<RememberedMappings> {
  try {
    return await loadRememberedMappings(db);
  } catch {
    // Remembered corrections are a convenience: an import must not fail for want of them.
    return new Map();
  }
}

/**
 * Imports one file's 违法 patches into the 整改台账: read the sheet (with the user's corrections,
 * given or remembered for its header set), then `importViolations` — one transaction, so an import
 * cut short (the Worker terminated, the page closed) leaves the ledger as it was.
 */
export async function runLedgerImportJob(input: LedgerImportJobInput): Promise<LedgerImportJobOutcome | SheetJobFailure> {
  const { db, bytes, name, options, onProgress, signal } = input;
  const resolved = resolveProfile(options);
  if (!resolved.ok) return resolved;
  const { profile } = resolved;
  const remembered = options.columns === undefined ? await rememberedOrNone(db) : undefined;
  if (signal?.aborted) return CANCELLED;
  onProgress?.({ phase: 'read', done: 0, total: 1 });
  let read;
  try {
    read = readJobSheet(bytes, name, profile, options, remembered, (done, total) => onProgress?.({ phase: 'read', done, total }));
  } catch (error) {
    return internalFailure(`读取“${name}”`, error);
  }
  if (!read.ok) return read;
  return importReadSheet({ db, sheet: read.sheet, name, profile, options, ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}), ...(input.confirm ? { confirm: input.confirm } : {}) });
}

/** What the page is told of an import (or of its dry run): counts and the ids it needs. */
function jobOutcome(outcome: ImportOutcome, records: number): LedgerImportJobOutcome {
  return {
    ok: true,
    importId: outcome.importId,
    records,
    created: outcome.created.length,
    updated: outcome.updated.length,
    unchanged: outcome.unchanged.length,
    skippedRows: outcome.skippedRows,
    reviewsAdded: outcome.reviewsAdded,
    closedDiffering: outcome.closedDiffering.map((c) => c.patchId),
    readyForAcceptance: outcome.readyForAcceptance,
  };
}

export interface ReadSheetImportInput {
  readonly db: TubanLintDb;
  readonly sheet: SheetRead;
  readonly name: string;
  readonly profile: Profile;
  readonly options: LedgerImportJobOptions;
  readonly onProgress?: (progress: SheetJobProgress) => void;
  readonly signal?: { readonly aborted: boolean };
  /** Asked with the counts of a dry run before anything is written (see ConfirmImport). */
  readonly confirm?: ConfirmImport;
}

/**
 * Imports a sheet already read — by this job, or by the audit just shown (the Worker keeps it, so
 * 导入整改台账 after a 校核 does not read the file twice).
 */
export async function importReadSheet(input: ReadSheetImportInput): Promise<LedgerImportJobOutcome | SheetJobFailure> {
  const { db, sheet, name, profile, options, onProgress, signal } = input;
  const records: ImportRecord[] = [];
  try {
    for (const { excelRow, record } of sheet.rows()) {
      if (signal?.aborted) return CANCELLED;
      records.push({ row: excelRow, record });
    }
  } catch (error) {
    return internalFailure(`读取“${name}”`, error);
  }
  if (signal?.aborted) return CANCELLED;
  onProgress?.({ phase: 'import', done: 0, total: records.length });
  try {
    const importOptions = { who: options.who, at: options.at, profile, asOf: options.asOf, file: name };
    if (input.confirm) {
      const preview = jobOutcome(await importViolations(db, records, { ...importOptions, dryRun: true }), records.length);
      if (!(await input.confirm(preview))) return jobFailure('cancelled', `未导入“${name}”，整改台账未作任何改动。`);
    }
    const outcome = await importViolations(db, records, importOptions);
    onProgress?.({ phase: 'import', done: records.length, total: records.length });
    return jobOutcome(outcome, records.length);
  } catch (error) {
    // One transaction: whatever went wrong, nothing of this import was kept.
    const text = error instanceof Error ? error.message : String(error);
    const quota = (error instanceof Error && error.name === 'QuotaExceededError') || /quota/iu.test(text);
    const message = quota
      ? `浏览器存储空间不足，“${name}”未导入，整改台账未作任何改动：请在“备份与恢复”中查看占用空间。`
      : `导入“${name}”到整改台账时出错（${text.length > 80 ? `${text.slice(0, 80)}…` : text}），整改台账未作任何改动。`;
    return jobFailure('worker-failed', message);
  }
}
