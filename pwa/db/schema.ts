import Dexie, { type EntityTable } from 'dexie';
import type { FieldId } from '../../shared/model/field-dictionary';
import type { MessageData, Severity } from '../../shared/report/finding';

/**
 * The PWA's one IndexedDB schema (house style, "Storage"): every table, index and version lives in
 * this file. Only indexed fields are listed in `stores`; the rest of a row is stored as is.
 *
 * Version history (one note per bump; never edit a released version, add the next one):
 *
 * - v1 (issue 5): first schema.
 *   items     `++id, &patchId, town, state, plannedDate` — one 整改台账 row per 违法 图斑.
 *   events    `++id, itemId, at, [itemId+at]` — append-only history, one row per change.
 *   evidence  `++id, itemId, [itemId+kind]` — photos and documents; the Blob is dropped on removal,
 *             the metadata row stays.
 *   imports   `++id, at` — one row per imported sheet.
 *   Upgrade: none (new database).
 * - v2 (issue 5, UI): three new tables, the v1 tables unchanged.
 *   settings  `&key` — small app settings (操作人, time of the last backup, the audit profile).
 *   mappings  `&headerKey` — a user's correction of a sheet's header mapping, remembered per header
 *             set (the key is the sheet's header texts joined, see pwa/audit/header-key.ts).
 *   reviews   `++id, &[patchId+reason], reason, town` — subjects of periodic 复核 (S4): closed
 *             拆除复耕 items and 设施农用地 / 临时用地 / 农村道路 / 实地未变化 patches; each check
 *             is appended to the row's `checks`.
 *   Upgrade: nothing to convert (new tables start empty).
 * - v3 (issue 12): items gain a `unit` index (责任单位 lists and filters, 到期提醒 by 责任单位).
 *   items     `++id, &patchId, town, state, plannedDate, unit`
 *   Upgrade: nothing to convert (IndexedDB indexes the rows that have a `unit`; an item without
 *   one is the 乡镇's, as before).
 */

/** 整改台账 states (reports-and-ledger.md): 待整改 → 整改中 → 待验收 → 已销号. */
export const LEDGER_STATES = ['待整改', '整改中', '待验收', '已销号'] as const;
export type LedgerState = (typeof LEDGER_STATES)[number];

/** Field values exactly as filed (trimmed text), keyed by field id: never rendered text. */
export type FiledValues = Partial<Record<FieldId, string>>;

export interface LedgerItem {
  readonly id?: number;
  /** 图斑编号: the item's identity across imports (unique index). */
  readonly patchId: string;
  /** 乡镇 (责任单位) as filed; indexed for per-town lists. */
  readonly town?: string;
  readonly state: LedgerState;
  /** 拟完成整改时间 read as an ISO date (indexed for due lists); the filed text stays in `values`. */
  readonly plannedDate?: string;
  readonly values: FiledValues;
  /** 责任单位; when absent the 乡镇 is responsible. Indexed from schema v3. */
  readonly unit?: string;
  readonly source:
    | {
        readonly kind: 'import';
        readonly importId: number;
        readonly row?: number;
      }
    | { readonly kind: 'hand' };
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** One changed field: values as filed; undefined = empty. */
export interface FieldChange {
  readonly field: FieldId;
  readonly from?: string;
  readonly to?: string;
}

/** A photo rule's finding on one evidence photo (issue 14): ids and data, never rendered text. */
export interface PhotoFindingRecord {
  readonly evidenceId: number;
  readonly name: string;
  readonly ruleId: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly data: MessageData;
}

/** A finding that blocked 销号: rule id, severity and data only, so the wording can change later. */
export interface BlockingFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly fields: readonly FieldId[];
  readonly data: MessageData;
}

export type LedgerEventData =
  | {
      readonly kind: 'created';
      readonly state: LedgerState;
      readonly values: FiledValues;
      readonly importId?: number;
      readonly row?: number;
      /** The Excel rows of every plot (地块) of a split patch, when there are several. */
      readonly plotRows?: readonly number[];
    }
  | {
      readonly kind: 'updated';
      readonly changes: readonly FieldChange[];
      readonly importId?: number;
      readonly row?: number;
      readonly plotRows?: readonly number[];
      /** The item's updatedAt before this change (undoing the import restores it). */
      readonly priorUpdatedAt?: string;
      /** Set when this change takes back an import (撤销本次导入): that import's id. */
      readonly undoneImportId?: number;
    }
  | {
      readonly kind: 'transition';
      readonly from: LedgerState;
      readonly to: LedgerState;
      /** The import whose values proposed this move (全部转为待验收), when it was one. */
      readonly importId?: number;
    }
  | {
      readonly kind: 'evidence-added';
      readonly evidenceId: number;
      readonly evidenceKind: EvidenceKind;
      readonly name: string;
    }
  | {
      readonly kind: 'evidence-removed';
      readonly evidenceId: number;
      readonly evidenceKind: EvidenceKind;
      readonly name: string;
    }
  | {
      readonly kind: 'closed';
      readonly from: LedgerState;
      /** Photos the 销号 check counted: those held in the ledger plus `platformPhotos`. */
      readonly photoCount: number;
      /** Photos already filed on the platform (the sheet's 照片数) the check relied on. */
      readonly platformPhotos?: number;
      /** The 到位证明 document (name) that stood for the 拆除复耕到位证明, when its number was not filed. */
      readonly certificateDocument?: string;
      readonly checkedRules: readonly string[];
      readonly profileId: string;
      readonly asOf: string;
      /** Photo findings (issue 14) the user confirmed before 销号: warnings, not blockers. Absent in older events. */
      readonly confirmedPhotoFindings?: readonly PhotoFindingRecord[];
    }
  | {
      readonly kind: 'reopened';
      readonly from: LedgerState;
      readonly to: LedgerState;
      readonly changes: readonly FieldChange[];
    }
  | {
      /** 责任单位 (`LedgerItem.unit`, not a filed field) set or cleared; undefined = the 乡镇. */
      readonly kind: 'unit-changed';
      readonly from?: string;
      readonly to?: string;
    }
  | {
      /** A progress note (issue 5 item 3, "notes"): appended, never edited. */
      readonly kind: 'note';
      readonly text: string;
    };

export type LedgerEventKind = LedgerEventData['kind'];

/** One appended history row: who, when, what (`kind` + `data`), why. Never updated or deleted. */
export interface LedgerEvent {
  readonly id?: number;
  readonly itemId: number;
  /** ISO timestamp. */
  readonly at: string;
  readonly who: string;
  readonly kind: LedgerEventKind;
  readonly data: LedgerEventData;
  readonly why?: string;
}

export type EvidenceKind = 'photo' | 'document';

/** What a document is, when the user says: a 到位证明 satisfies reclaim-certificate-required at 销号. */
export const DOCUMENT_TYPES = ['到位证明', '其他'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export interface EvidenceRow {
  readonly id?: number;
  readonly itemId: number;
  readonly kind: EvidenceKind;
  readonly name: string;
  readonly type: string;
  readonly size: number;
  readonly addedAt: string;
  readonly addedBy: string;
  /** Documents only; absent = 其他. */
  readonly docType?: DocumentType;
  /** Absent once removed. */
  readonly blob?: Blob;
  readonly removedAt?: string;
  readonly removedBy?: string;
}

export interface ImportRow {
  readonly id?: number;
  readonly at: string;
  readonly who: string;
  readonly file?: string;
  readonly profileId: string;
  readonly asOf: string;
  readonly records: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** 违法 records without a 图斑编号 (Excel rows), not entered. */
  readonly skippedRows: readonly number[];
  /** 已销号 items whose row differed from the ledger, left unchanged (ids). */
  readonly closedDiffering?: readonly number[];
  /** Open items this import said are resolved (消除违法状态 → 是) while not yet 待验收 (ids). */
  readonly readyForAcceptance?: readonly number[];
  /** 撤销本次导入: when and by whom the import was taken back. */
  readonly undoneAt?: string;
  readonly undoneBy?: string;
}

/** One key-value setting; values are plain JSON (structured-clone safe). */
export interface SettingRow {
  readonly key: string;
  readonly value: unknown;
}

/** A corrected header mapping: column index (0-based, as the sheet reader numbers columns) → field id, or null = ignore. */
export interface MappingRow {
  readonly headerKey: string;
  readonly headers: readonly string[];
  readonly columns: Readonly<Record<string, FieldId | null>>;
  readonly updatedAt: string;
}

/** Why a patch is under periodic 复核 (S4; reports-and-ledger.md "after 销号"). */
export const REVIEW_REASONS = ['拆除复耕', '设施农用地', '临时用地', '农村道路', '实地未变化'] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

/** One 复核 done: what was found. `复建` on a 拆除复耕 item reopens the ledger item. */
export interface ReviewCheck {
  readonly at: string;
  readonly who: string;
  readonly outcome: '无变化' | '复建' | '其他';
  readonly note?: string;
}

export interface ReviewSubject {
  readonly id?: number;
  readonly patchId: string;
  readonly reason: ReviewReason;
  readonly town?: string;
  /** ISO date the cycle counts from (销号 date, or the import's as-of date). */
  readonly since: string;
  /** The ledger item (拆除复耕 subjects). */
  readonly itemId?: number;
  readonly values: FiledValues;
  /** The import that added this subject (撤销本次导入 removes it). */
  readonly importId?: number;
  /** Append-only. */
  readonly checks: readonly ReviewCheck[];
}

/** The newest version declared below; backups carry it, and a restore refuses a newer one. */
export const SCHEMA_VERSION = 3;

export const DEFAULT_DB_NAME = 'tuban-lint';

export class TubanLintDb extends Dexie {
  items!: EntityTable<LedgerItem, 'id'>;
  events!: EntityTable<LedgerEvent, 'id'>;
  evidence!: EntityTable<EvidenceRow, 'id'>;
  imports!: EntityTable<ImportRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  mappings!: EntityTable<MappingRow, 'headerKey'>;
  reviews!: EntityTable<ReviewSubject, 'id'>;

  constructor(name: string = DEFAULT_DB_NAME) {
    // Strict durability: a 销号 or an evidence record must survive a crash right after it is shown.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      items: '++id, &patchId, town, state, plannedDate',
      events: '++id, itemId, at, [itemId+at]',
      evidence: '++id, itemId, [itemId+kind]',
      imports: '++id, at',
    });
    this.version(2).stores({
      settings: '&key',
      mappings: '&headerKey',
      reviews: '++id, &[patchId+reason], reason, town',
    });
    this.version(3).stores({
      items: '++id, &patchId, town, state, plannedDate, unit',
    });
  }
}
