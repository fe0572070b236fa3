import type { WorkBook } from '@e965/xlsx';
import type { AreaUnit } from '../model/areas';
import type { FieldId } from '../model/field-dictionary';
import type { PatchRecord } from '../model/patch-record';
import type { Profile } from '../profiles/profile-schema';
import type { UnitLine } from './units';

/**
 * What reading a sheet gives, whichever reader read it (read-sheet.ts with SheetJS, or the
 * streaming .xlsx reader in read-xlsx-stream.ts): the header's column mapping and a lazy sequence
 * of records with Excel's row numbers, or one zh-CN sentence saying why the file cannot be read.
 */

export interface ReadSheetOptions {
  profile: Profile;
  /**
   * Read an .xlsx with the streaming reader (read-xlsx-stream.ts) when it accepts the file: memory
   * bounded by the shared strings, not the sheet; `mapping`, `lastColumn`, `skipped` and
   * `dataRowCount` are final only once rows() has been iterated. Files it declines are read by
   * SheetJS, and `streamDeclined` says why.
   */
  streaming?: boolean;
  /** Refuse larger files before parsing. Default 100 MiB. */
  maxBytes?: number;
  /** Called while rows() is iterated, about every PROGRESS_EVERY rows and once at the end. */
  onProgress?: (done: number, total: number) => void;
  /**
   * A user's correction of the detected mapping (the PWA's mapping table), applied after header
   * detection: 0-based column → field id (the column is read as that field, status 'mapped') or
   * null (the column is not read). Either the corrections themselves or a function that picks them
   * from the detected mapping — the PWA remembers corrections per header set, and the header set is
   * known only once the header is found. See applyColumnOverrides for how duplicates are settled.
   */
  columnOverrides?: ColumnOverrides | ((detected: readonly ColumnMapping[]) => ColumnOverrides | undefined);
}

/** 0-based column index → field id, or null = do not read the column. */
export type ColumnOverrides = Readonly<Record<number, FieldId | null>>;

export type SheetErrorCode = 'too-large' | 'empty-file' | 'not-a-spreadsheet' | 'encrypted' | 'corrupt' | 'no-sheet' | 'no-header' | 'no-rows';

export interface SheetError {
  code: SheetErrorCode;
  /** One clear zh-CN sentence, naming the sheet or row when relevant. */
  message: string;
  /** The worksheet the error is about, when there is one. */
  sheetName?: string;
}

export interface ColumnMapping {
  /** 0-based. */
  column: number;
  /** 'A', 'AB' as Excel shows. */
  columnLetter: string;
  /** Header text as shown, group and sub-header joined by ' / ' (e.g. '拆除复耕 / 面积（亩）'). */
  header: string;
  field?: FieldId;
  level?: number;
  unit?: AreaUnit | 'yuan' | 'wanyuan' | 'm';
  /** Where `unit` comes from: the column's own header (or its group's), or the sheet's unit line. */
  unitSource?: 'header' | 'unit-line';
  /**
   * duplicate = a second column resolving to the same field in the same unit (a reading error:
   * report it; the first column's values are read).
   */
  status: 'mapped' | 'unmapped' | 'duplicate';
}

export interface SheetRow {
  /** 1-based, as Excel shows, title and header rows counted. */
  excelRow: number;
  record: PatchRecord;
}

export interface SheetRead {
  /** 'html': a web page table saved as .xls, as many platform exports are. */
  fileKind: 'xlsx' | 'xls' | 'csv' | 'html';
  /** CSV only. */
  encoding?: 'utf-8' | 'gbk';
  sheetName: string;
  /** Text of the title row(s) above the header, one line per row. */
  titleText?: string;
  /** A 4-digit year in the title. */
  titleYear?: number;
  /** The unit line (`(单位：亩)`) found above or in the header, and what it declares. */
  unitLine?: UnitLine;
  /** 1-based. */
  headerRows: { first: number; last: number };
  mapping: ColumnMapping[];
  /** Fields with a mapped column. */
  present: ReadonlySet<FieldId>;
  /** Rows rows() yields. */
  dataRowCount: number;
  /**
   * Rows below the header not read as records: blank rows (no value in any mapped column; blank
   * rows after the last filled row are not counted) and 合计/小计/总计 rows with their Excel rows.
   */
  /** Rows below the header that are not patches: blank, 合计/小计, and notes — 填表人：… lines and repeated header rows (their Excel rows). */
  skipped: { blank: number; total: number; totalRows: number[]; notes: number; noteRows: number[] };
  /** Lazy; builds one record per data row on each iteration. */
  rows(): Iterable<SheetRow>;
  /** For the annotated output: the SheetJS workbook read (absent when the .xlsx was streamed). */
  workbook?: WorkBook;
  /** `streaming` was asked for but the streaming reader left the file to SheetJS: why (English, for diagnostics). */
  streamDeclined?: string;
  worksheetName: string;
  /** 0-based index of the last used column (header or data). */
  lastColumn: number;
}

export type ReadSheetResult = { ok: true; sheet: SheetRead } | { ok: false; error: SheetError };

export const DEFAULT_MAX_SHEET_BYTES = 100 * 1024 * 1024;
export const PROGRESS_EVERY = 5_000;
/** 合计 / 小计 / 总计 is looked for in this many columns from the table's first column (and any column left of it). */
export const TOTAL_SCAN_COLUMNS = 5;
