/**
 * The contract between the PWA's pages and its sheet Worker (issue 5): the audit page and the
 * ledger's import both read a sheet off the main thread, with progress and cancel. Types only;
 * the Worker (sheet-worker.ts) and its client (sheet-jobs.ts) implement them.
 */
import type { AuditSummary, SheetFinding } from '../../shared/audit/audit-sheet';
import type { IsoDate } from '../../shared/model/dates';
import type { FieldId } from '../../shared/model/field-dictionary';
import type { ColumnMapping, SheetError } from '../../shared/sheet/read-sheet';

export interface SheetJobProgress {
  readonly phase: 'read' | 'audit' | 'import' | 'write';
  readonly done: number;
  readonly total: number;
}

/** A user's correction of the detected mapping: 0-based column index → field id, or null = ignore the column. */
export type ColumnOverrides = Readonly<Record<number, FieldId | null>>;

export interface SheetJobOptions {
  readonly profileId: string;
  readonly asOf: IsoDate;
  readonly columns?: ColumnOverrides;
}

export interface AuditJobOutcome {
  readonly ok: true;
  readonly summary: AuditSummary;
  readonly mapping: readonly ColumnMapping[];
  readonly findings: readonly SheetFinding[];
  /** The header set's key (mappings table), for remembering a correction. */
  readonly headerKey: string;
  /** The annotated .xlsx (same format as the CLI's `--format xlsx`). */
  readonly annotated: Uint8Array;
  /** The corrections the mapping was read with: `options.columns`, else the header set's remembered ones ({} = as detected). */
  readonly columnOverrides: ColumnOverrides;
  /** The corrections came from the `mappings` table (remembered for this header set), not from `options.columns`. */
  readonly rememberedMapping: boolean;
}

/**
 * An audit's results before its annotated workbook: writing that copy takes longer than the audit
 * on a large sheet (SheetJS reads the file again with its formats), so the page shows the results
 * as soon as they exist.
 */
export type AuditJobReport = Omit<AuditJobOutcome, 'annotated'>;

/** An audit job: `report` settles when the results exist, `result` when the annotated copy is written too. */
export interface AuditSheetJob extends SheetJob<AuditJobOutcome> {
  readonly report: Promise<AuditJobReport | SheetJobFailure>;
  /**
   * After a successful audit: imports the sheet this audit already read into the 整改台账, in the
   * same Worker (no second read of the file; issue 5's import ≤ 1.5 × the CLI audit). Undefined
   * once the Worker is gone (released, cancelled, failed, or already used): read the file again.
   */
  importToLedger(options: LedgerImportJobOptions, onProgress: (p: SheetJobProgress) => void, confirm?: ConfirmImport): SheetJob<LedgerImportJobOutcome> | undefined;
  /** Ends the Worker kept for importToLedger (and the sheet it holds in memory). */
  release(): void;
}

export interface LedgerImportJobOptions extends SheetJobOptions {
  readonly who: string;
  readonly at: string;
}

/**
 * Asked with what an import would do (its counts, nothing kept yet) before it writes: true goes on,
 * false leaves the ledger as it is (the job ends as cancelled).
 */
export type ConfirmImport = (preview: LedgerImportJobOutcome) => Promise<boolean>;

export interface LedgerImportJobOutcome {
  readonly ok: true;
  readonly importId: number;
  readonly records: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly skippedRows: readonly number[];
  /** Patches newly put under periodic 复核, when the ledger reports it. */
  readonly reviewsAdded?: number;
  /** 图斑编号 of 已销号 items whose row in this sheet differs from the ledger (left unchanged). */
  readonly closedDiffering?: readonly string[];
  /** Open items this import reports resolved (消除违法状态 → 是): the move to 待验收 it proposes. */
  readonly readyForAcceptance?: readonly { readonly itemId: number; readonly patchId: string }[];
}

/**
 * Unreadable file, no header, too large …: one zh-CN sentence naming the sheet or row.
 * 'invalid-options': an unknown profile id or an as-of date that is not a real date.
 */
export interface SheetJobFailure {
  readonly ok: false;
  readonly code: SheetError['code'] | 'cancelled' | 'worker-failed' | 'invalid-options';
  readonly message: string;
}

export interface SheetJob<T> {
  readonly result: Promise<T | SheetJobFailure>;
  cancel(): void;
}
