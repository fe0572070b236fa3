/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { TubanLintDb } from '../db/schema';
import { runAuditJob } from './audit-job';
import { loadRememberedMappings, type RememberedMappings } from './header-key';
import { importReadSheet, runLedgerImportJob } from './ledger-import-job';
import type { Profile } from '../../shared/profiles/profile-schema';
import type { SheetRead } from '../../shared/sheet/read-sheet';
import { throttleProgress } from './progress-throttle';
import type { AuditJobReport, ConfirmImport, LedgerImportJobOptions, LedgerImportJobOutcome, SheetJobFailure, SheetJobOptions, SheetJobProgress } from './sheet-job-types';

/**
 * The sheet Worker (issue 5): one per job, started by sheet-jobs.ts and terminated when the job
 * ends or is cancelled. Message plumbing only; the work is in audit-job.ts and ledger-import-job.ts.
 * The database is opened here, in the Worker: Dexie tells the page's live queries about its writes.
 */

async function bytesOf(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

async function rememberedMappings(): Promise<RememberedMappings> {
  const db = new TubanLintDb();
  try {
    return await loadRememberedMappings(db);
  } catch {
    // No database (a private window, storage refused): audit with what was detected.
    return new Map();
  } finally {
    db.close();
  }
}

/**
 * The sheet the last audit read, kept while the page shows its results so that 导入整改台账 does
 * not read the file again. The page ends the Worker (and this) when it moves on.
 */
let audited: { readonly sheet: SheetRead; readonly profile: Profile; readonly name: string; readonly options: SheetJobOptions } | undefined;

const api = {
  /**
   * Results go to `onReport` as soon as they exist; the call itself answers with the annotated
   * workbook only (moved, not copied), so the findings cross to the page once.
   */
  async audit(
    file: Blob,
    name: string,
    options: SheetJobOptions,
    onProgress: (progress: SheetJobProgress) => void,
    onReport: (report: AuditJobReport) => void,
  ): Promise<AnnotatedWorkbook | SheetJobFailure> {
    const progress = throttleProgress(onProgress);
    progress({ phase: 'read', done: 0, total: 1 });
    const remembered = options.columns === undefined ? await rememberedMappings() : undefined;
    audited = undefined;
    const outcome = runAuditJob({
      bytes: await bytesOf(file),
      name,
      options,
      ...(remembered ? { remembered } : {}),
      onProgress: progress,
      onReport,
      keepSheet: (sheet, profile) => {
        audited = { sheet, profile, name, options };
      },
    });
    if (!outcome.ok) return outcome;
    return Comlink.transfer({ ok: true, annotated: outcome.annotated }, [outcome.annotated.buffer]);
  },

  /** Imports the sheet the audit read (same profile and date: what the page showed), in one transaction. */
  async importAudited(options: LedgerImportJobOptions, onProgress: (progress: SheetJobProgress) => void, confirm?: ConfirmImport): Promise<LedgerImportJobOutcome | SheetJobFailure> {
    const kept = audited;
    if (kept === undefined || kept.options.profileId !== options.profileId || kept.options.asOf !== options.asOf) {
      return { ok: false, code: 'worker-failed', message: '校核结果已不在内存中：请重新选择文件后再导入。' };
    }
    const db = new TubanLintDb();
    try {
      return await importReadSheet({ db, sheet: kept.sheet, name: kept.name, profile: kept.profile, options, onProgress: throttleProgress(onProgress), ...(confirm ? { confirm } : {}) });
    } finally {
      db.close();
    }
  },

  async ledgerImport(file: Blob, name: string, options: LedgerImportJobOptions, onProgress: (progress: SheetJobProgress) => void, confirm?: ConfirmImport): Promise<LedgerImportJobOutcome | SheetJobFailure> {
    const progress = throttleProgress(onProgress);
    progress({ phase: 'read', done: 0, total: 1 });
    const db = new TubanLintDb();
    try {
      return await runLedgerImportJob({ db, bytes: await bytesOf(file), name, options, onProgress: progress, ...(confirm ? { confirm } : {}) });
    } finally {
      db.close();
    }
  },
};

/** What the Worker's audit call answers once the annotated copy is written. */
export interface AnnotatedWorkbook {
  readonly ok: true;
  readonly annotated: Uint8Array;
}

export type SheetWorkerApi = typeof api;

Comlink.expose(api);
