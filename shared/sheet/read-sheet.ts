import { CFB, read, type CellObject, type ParsingOptions, type Range, type WorkBook, type WorkSheet } from '@e965/xlsx';
import type { AreaUnit } from '../model/areas';
import { fieldDefinition, isFieldId, type FieldDefinition, type FieldId } from '../model/field-dictionary';
import { normaliseValue, type FieldValue, type NormaliseOptions } from '../model/field-value';
import { LabelMatcher, normaliseLabel } from '../model/labels';
import { mergeAreaValue, type PatchRecord } from '../model/patch-record';
import { toHalfWidth } from '../model/text';
import type { Profile } from '../profiles/profile-schema';
import { cellIsEmpty, cellRaw, columnLetter, type DenseRows } from './cells';
import { matchParts } from './column-match';
import { decodeText, describeOtherText, looksLikeText, sniffSeparator } from './decode-text';
import { classifyCfb, classifyZip, sniffBytes, zipEntryNames } from './detect-kind';
import { findHeader, MIN_LABELS, SCAN_ROWS, type HeaderLayout } from './header';
import { groupUnit, unitOnlyLabel, type ColumnUnit, type UnitLine } from './units';

/**
 * The sheet reader: bytes of an exported .xlsx, .xls or .csv → the header's column mapping and a
 * lazy sequence of records, one per data row, with Excel's row numbers. Pure: it receives bytes
 * (the CLI reads files, the extension and PWA read Blobs) and runs in Node, a Worker or a page.
 * Never throws: every failure is a SheetError with one zh-CN sentence.
 */

export interface ReadSheetOptions {
  profile: Profile;
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
  /** For the annotated output: the SheetJS workbook and worksheet read. */
  workbook: WorkBook;
  worksheetName: string;
  /** 0-based index of the last used column (header or data). */
  lastColumn: number;
}

export type ReadSheetResult = { ok: true; sheet: SheetRead } | { ok: false; error: SheetError };

export const DEFAULT_MAX_SHEET_BYTES = 100 * 1024 * 1024;
export const PROGRESS_EVERY = 5_000;
/** 合计 / 小计 / 总计 is looked for in this many columns from the table's first column (and any column left of it). */
export const TOTAL_SCAN_COLUMNS = 5;

/** Minimal options: dense rows, no formatted text, styles or number formats (stack-notes.md). */
const WORKBOOK_OPTIONS: ParsingOptions = {
  type: 'array',
  dense: true,
  cellText: false,
  cellDates: false,
  cellNF: false,
  cellStyles: false,
  cellHTML: false,
};

const LABEL_EXAMPLES = '图斑编号、监测面积、判定类型、整改措施';
const SUPPORTED = '请选择 .xlsx、.xls 或 .csv 文件';

function fail(code: SheetErrorCode, message: string, sheetName?: string): ReadSheetResult {
  return { ok: false, error: sheetName === undefined ? { code, message } : { code, message, sheetName } };
}

function megabytes(n: number): string {
  return (n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0);
}

export function readSheet(bytes: Uint8Array, fileName: string, options: ReadSheetOptions): ReadSheetResult {
  try {
    return readSheetOrThrow(bytes, fileName, options);
  } catch (e) {
    // Anything SheetJS or a decoder throws that the steps below did not map: never let it escape.
    if (isEncryptionError(e)) return fail('encrypted', encryptedMessage(fileName));
    return fail('corrupt', `“${fileName}”已损坏或格式异常，无法读取（${errorText(e)}）。`);
  }
}

function errorText(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** SheetJS's words for a password-protected file: "File is password-protected", "Encryption scheme unsupported", "Unsupported ZIP encryption", "ECMA-376 Encrypted file …". */
function isEncryptionError(e: unknown): boolean {
  const text = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  return /password|encrypt/iu.test(text);
}

function encryptedMessage(fileName: string): string {
  return `“${fileName}”设有打开密码，无法读取：请在 Excel 或 WPS 中取消密码后另存，再校核。`;
}

function readSheetOrThrow(bytes: Uint8Array, fileName: string, options: ReadSheetOptions): ReadSheetResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_SHEET_BYTES;
  if (bytes.length === 0) return fail('empty-file', `“${fileName}”是空文件（0 字节）。`);
  if (bytes.length > maxBytes) {
    return fail('too-large', `“${fileName}”有 ${megabytes(bytes.length)} MB，超过了 ${megabytes(maxBytes)} MB 的上限：请按乡镇或批次拆分后分别校核。`);
  }
  const sniffed = sniffBytes(bytes);
  switch (sniffed.kind) {
    case 'zip':
      return readZip(bytes, fileName, options);
    case 'cfb':
      return readCompoundFile(bytes, fileName, options);
    case 'binary':
      return fail('not-a-spreadsheet', `“${fileName}”是${sniffed.what}，不是表格文件：${SUPPORTED}。`);
    case 'utf16':
      return fail('not-a-spreadsheet', `“${fileName}”是 UTF-16（Unicode 文本）编码的文本，暂不支持：请在 Excel 中另存为 .xlsx 或“CSV UTF-8”后再校核。`);
    case 'text':
      return readCsv(bytes, fileName, options);
  }
}

function readZip(bytes: Uint8Array, fileName: string, options: ReadSheetOptions): ReadSheetResult {
  const { names, complete } = zipEntryNames(bytes);
  const kind = classifyZip(names);
  if (kind === 'xlsx') return readWorkbookBytes(bytes, 'xlsx', fileName, options);
  if (kind === 'ods') return fail('not-a-spreadsheet', `“${fileName}”是 OpenDocument 表格（.ods），暂不支持：请在 Excel 或 WPS 中另存为 .xlsx 后再校核。`);
  const officeParts = names.some((n) => /^\/?(?:xl|docprops|_rels)\//iu.test(n) || n.toLowerCase() === '[content_types].xml');
  if (!complete && (officeParts || names.length === 0)) return fail('corrupt', `“${fileName}”已损坏（压缩包不完整，可能下载或复制时中断），无法读取。`);
  if (kind === 'other-office') return fail('not-a-spreadsheet', `“${fileName}”是 Word、PowerPoint 等 Office 文档，不是表格文件：${SUPPORTED}。`);
  return fail('not-a-spreadsheet', `“${fileName}”是压缩包，不是表格文件：如果表格在压缩包里，请先解压，再选择其中的 .xlsx、.xls 或 .csv 文件。`);
}

interface CfbContainer {
  FullPaths: string[];
}

function readCompoundFile(bytes: Uint8Array, fileName: string, options: ReadSheetOptions): ReadSheetResult {
  let container: CfbContainer;
  try {
    container = (CFB as { read(data: Uint8Array, opts: { type: 'array' }): CfbContainer }).read(bytes, { type: 'array' });
  } catch (e) {
    return fail('corrupt', `“${fileName}”已损坏（Office 文件结构不完整），无法读取（${errorText(e)}）。`);
  }
  const kind = classifyCfb(container.FullPaths);
  if (kind === 'encrypted') return fail('encrypted', encryptedMessage(fileName));
  if (kind === 'other') return fail('not-a-spreadsheet', `“${fileName}”是 Word 等 Office 97-2003 文档，不是表格文件：${SUPPORTED}。`);
  return readWorkbookBytes(bytes, 'xls', fileName, options);
}

function readWorkbookBytes(bytes: Uint8Array, fileKind: 'xlsx' | 'xls', fileName: string, options: ReadSheetOptions): ReadSheetResult {
  let workbook: WorkBook;
  try {
    workbook = read(bytes, WORKBOOK_OPTIONS);
  } catch (e) {
    if (isEncryptionError(e)) return fail('encrypted', encryptedMessage(fileName));
    return fail('corrupt', `“${fileName}”已损坏或格式异常，无法读取（${errorText(e)}）。`);
  }
  return readWorkbook(workbook, { fileKind }, fileName, options);
}

function readCsv(bytes: Uint8Array, fileName: string, options: ReadSheetOptions): ReadSheetResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return decoded.reason === 'no-gbk'
      ? fail('not-a-spreadsheet', `“${fileName}”不是 UTF-8 文本，而当前环境不能解码 GBK，无法读取：请在 Excel 中另存为 .xlsx 后再校核。`)
      : fail('not-a-spreadsheet', `“${fileName}”不是表格文件（既不是 Excel 工作簿，也不是 UTF-8 或 GBK 编码的 CSV 文本）：${SUPPORTED}。`);
  }
  const text = decoded.text;
  if (text.trim() === '') return fail('empty-file', `“${fileName}”没有内容（只有空白）。`);
  if (!looksLikeText(text)) return fail('not-a-spreadsheet', `“${fileName}”不是表格文件（含有二进制内容）：${SUPPORTED}。`);
  if (isHtmlTable(text)) return readHtmlTable(text, decoded.encoding, fileName, options);
  const other = describeOtherText(text);
  if (other) return fail('not-a-spreadsheet', `“${fileName}”是${other}，不是 .xlsx、.xls 或 .csv 表格：请在 Excel 或 WPS 中打开后另存为 .xlsx，再校核。`);
  const separator = sniffSeparator(text);
  if (!separator) return fail('not-a-spreadsheet', `“${fileName}”是纯文本，但没有用逗号、制表符或分号分隔的列，不是 CSV 表格：${SUPPORTED}。`);
  // A `sep=` first line makes SheetJS split on our separator and skips its format sniffing (a
  // text starting with `ID` is otherwise tried as SYLK); Excel hides that line too, so row
  // numbers are unchanged. A file that has its own `sep=` line keeps it.
  const source = /^sep=.\r?\n/u.test(text) ? text : `sep=${separator}\n${text}`;
  const workbook = read(source, { type: 'string', raw: true, dense: true, cellText: false, cellDates: false, cellNF: false, cellStyles: false, cellHTML: false });
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name];
    if (sheet) unwrapFormulaText(denseRows(sheet));
  }
  return readWorkbook(workbook, { fileKind: 'csv', encoding: decoded.encoding }, fileName, options);
}

/** A web page holding a table: what many systems write when they "export to Excel" as .xls. */
function isHtmlTable(text: string): boolean {
  const head = text.slice(0, 65_536).toLowerCase();
  return head.trimStart().startsWith('<') && head.includes('<table') && !head.includes('urn:schemas-microsoft-com:office:spreadsheet');
}

/**
 * SheetJS reads the page's first table, with colspan/rowspan as merges; `raw` keeps every value as
 * the text shown. Rows count from the table's first row (text above the table is not a row).
 */
function readHtmlTable(text: string, encoding: 'utf-8' | 'gbk', fileName: string, options: ReadSheetOptions): ReadSheetResult {
  let workbook: WorkBook;
  try {
    workbook = read(text, { type: 'string', raw: true, dense: true, cellText: false, cellDates: false, cellNF: false, cellStyles: false });
  } catch {
    return fail('corrupt', `“${fileName}”是网页格式的表格，但无法读出其中的表格：请在 Excel 或 WPS 中打开后另存为 .xlsx，再校核。`);
  }
  return readWorkbook(workbook, { fileKind: 'html', encoding }, fileName, options);
}

/**
 * `="000123"` is how exports keep leading zeros and long codes as text in a CSV; Excel shows
 * 000123. With `raw: true` SheetJS keeps the formula text, so it is unwrapped here.
 */
function unwrapFormulaText(rows: DenseRows): void {
  for (const row of rows) {
    if (!row) continue;
    for (const cell of row) {
      if (cell?.t !== 's' || typeof cell.v !== 'string' || cell.v.charCodeAt(0) !== 0x3d) continue;
      const m = /^="((?:[^"]|"")*)"$/u.exec(cell.v);
      if (m?.[1] !== undefined) cell.v = m[1].replace(/""/gu, '"');
    }
  }
}

interface SheetCandidate {
  readonly name: string;
  readonly sheet: WorkSheet;
  readonly rows: DenseRows;
  readonly layout: HeaderLayout;
}

function denseRows(sheet: WorkSheet): DenseRows {
  const data = (sheet as { '!data'?: (CellObject | undefined)[][] })['!data'];
  return data ?? [];
}

function hasAnyCell(rows: DenseRows): boolean {
  for (const row of rows) {
    if (!row) continue;
    for (const cell of row) if (!cellIsEmpty(cell)) return true;
  }
  return false;
}

function readWorkbook(workbook: WorkBook, kind: { fileKind: SheetRead['fileKind']; encoding?: 'utf-8' | 'gbk' }, fileName: string, options: ReadSheetOptions): ReadSheetResult {
  const matcher = new LabelMatcher(options.profile.labelSynonyms);
  // A CSV or a web page holds one table: messages name the file, not a worksheet.
  const isCsv = kind.fileKind === 'csv' || kind.fileKind === 'html';
  let firstWithHeader: SheetCandidate | undefined;
  let sheetsWithCells = 0;
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name];
    if (!sheet) continue;
    const rows = denseRows(sheet);
    if (!hasAnyCell(rows)) continue;
    sheetsWithCells++;
    const layout = findHeader(rows, sheet['!merges'] ?? [], matcher);
    if (!layout) continue;
    const candidate: SheetCandidate = { name, sheet, rows, layout };
    const built = buildSheetRead(candidate, workbook, kind, options, matcher);
    if (built.dataRowCount > 0) return { ok: true, sheet: built };
    firstWithHeader ??= candidate;
  }
  const where = (name: string): string => (isCsv ? `“${fileName}”` : `工作表“${name}”`);
  if (sheetsWithCells === 0) {
    return isCsv ? fail('empty-file', `“${fileName}”没有内容。`) : fail('no-sheet', `“${fileName}”中没有含数据的工作表${workbook.SheetNames.length === 0 ? '' : '（工作表都是空的）'}。`);
  }
  if (firstWithHeader) {
    const { top, bottom } = firstWithHeader.layout;
    const headerRows = top === bottom ? `第 ${top + 1} 行` : `第 ${top + 1}–${bottom + 1} 行`;
    return fail('no-rows', `${where(firstWithHeader.name)}${headerRows}是表头，但表头下面没有数据行。`, isCsv ? undefined : firstWithHeader.name);
  }
  const first = workbook.SheetNames[0] ?? '';
  const single = isCsv || workbook.SheetNames.length === 1;
  const scope = single ? where(first) : `“${fileName}”的 ${workbook.SheetNames.length} 个工作表`;
  return fail(
    'no-header',
    `未找到表头：${scope}前 ${SCAN_ROWS} 行中没有一行含有至少 ${MIN_LABELS} 个可识别的列名（例如 ${LABEL_EXAMPLES}）。`,
    single && !isCsv ? first : undefined,
  );
}

/** Units a field can carry: areas in 亩/公顷/平方米, money in 元/万元, widths in 米. */
function compatibleUnit(def: FieldDefinition, unit: ColumnUnit | undefined): ColumnUnit | undefined {
  if (unit === undefined) return undefined;
  if (def.type === 'area') return unit === 'mu' || unit === 'ha' || unit === 'sqm' ? unit : undefined;
  if (def.unit === 'yuan') return unit === 'yuan' || unit === 'wanyuan' ? unit : undefined;
  if (def.unit === 'm') return unit === 'm' ? unit : undefined;
  return undefined;
}

/** Two columns with the same key are one reading twice; one area in two units is two readings. */
function readingKey(def: FieldDefinition, field: FieldId, level: number | undefined, unit: ColumnMapping['unit'], profile: Profile): string {
  return `${field}|${level ?? 1}|${def.type === 'area' ? (unit ?? profile.areaUnit) : ''}`;
}

/** A unit the sheet declares for a field: the column's own unit if compatible, else the unit line's. */
function unitFor(def: FieldDefinition, own: ColumnUnit | undefined, layout: HeaderLayout): Pick<ColumnMapping, 'unit' | 'unitSource'> {
  const unit = compatibleUnit(def, own);
  if (unit) return { unit, unitSource: 'header' };
  if (def.type === 'area' && layout.unitLine?.areaUnit) return { unit: layout.unitLine.areaUnit, unitSource: 'unit-line' };
  if (def.unit === 'yuan' && layout.unitLine?.moneyUnit) return { unit: layout.unitLine.moneyUnit, unitSource: 'unit-line' };
  return {};
}

function buildMapping(layout: HeaderLayout, lastColumn: number, matcher: LabelMatcher, profile: Profile): ColumnMapping[] {
  const mapping: ColumnMapping[] = [];
  const seen = new Set<string>();
  for (let c = 0; c <= lastColumn; c++) {
    const column = layout.columns[c];
    const parts = column?.parts ?? [];
    const base = { column: c, columnLetter: columnLetter(c), header: parts.join(' / ') };
    const match = column && !column.continuation ? matchParts(matcher, parts) : undefined;
    if (!match || !isFieldId(match.field)) {
      mapping.push({ ...base, status: 'unmapped' });
      continue;
    }
    const def = fieldDefinition(match.field);
    const { unit, unitSource } = unitFor(def, match.unit, layout);
    // One area in two units is two readings (area-unit-mismatch compares them); anything else twice is a reading error.
    const key = readingKey(def, match.field, match.level, unit, profile);
    const status = seen.has(key) ? 'duplicate' : 'mapped';
    seen.add(key);
    mapping.push({
      ...base,
      field: match.field,
      ...(match.level ? { level: match.level } : {}),
      ...(unit ? { unit, unitSource } : {}),
      status,
    });
  }
  return mapping;
}

/** The unit a column's header names for itself: `面积（公顷）`, a `亩` sub-header, or a group's `拆除复耕（亩）`. */
function headerUnit(parts: readonly string[]): ColumnUnit | undefined {
  const label = parts[parts.length - 1];
  if (label === undefined) return undefined;
  const own = normaliseLabel(label).unit ?? unitOnlyLabel(label);
  if (own) return own;
  for (let i = parts.length - 2; i >= 0; i--) {
    const unit = groupUnit(parts[i] ?? '');
    if (unit) return unit;
  }
  return undefined;
}

function hasOverrides(overrides: ColumnOverrides | undefined): overrides is ColumnOverrides {
  if (overrides === undefined) return false;
  for (const _ in overrides) return true;
  return false;
}

/**
 * The user's corrections over the detected mapping. A corrected column is read as its field (the
 * level and unit detection found are kept when the field is the one detected; otherwise the unit
 * comes from the column's header, then the unit line) or not at all (null). Corrections win: a
 * detected column that would read the same field in the same unit as a corrected one becomes a
 * duplicate (not read), and a detected duplicate whose twin the user set aside is read again.
 * Two corrections naming one field in one unit: the first is read, the second is a duplicate
 * (reported, as detection reports its own).
 */
function applyColumnOverrides(detected: readonly ColumnMapping[], overrides: ColumnOverrides, layout: HeaderLayout, profile: Profile): ColumnMapping[] {
  const corrected = new Set<number>();
  const mapping = detected.map((m): ColumnMapping => {
    if (!Object.hasOwn(overrides, m.column)) return m;
    const choice = overrides[m.column];
    if (choice !== null && (choice === undefined || !isFieldId(choice))) return m;
    corrected.add(m.column);
    const base = { column: m.column, columnLetter: m.columnLetter, header: m.header };
    if (choice === null) return { ...base, status: 'unmapped' };
    if (choice === m.field) return { ...m, status: 'mapped' };
    const { unit, unitSource } = unitFor(fieldDefinition(choice), headerUnit(layout.columns[m.column]?.parts ?? []), layout);
    return { ...base, field: choice, ...(unit ? { unit, unitSource } : {}), status: 'mapped' };
  });
  const claimed = new Set<string>();
  const settle = (m: ColumnMapping): ColumnMapping => {
    if (m.field === undefined || m.status === 'unmapped') return m;
    const key = readingKey(fieldDefinition(m.field), m.field, m.level, m.unit, profile);
    const status = claimed.has(key) ? 'duplicate' : 'mapped';
    claimed.add(key);
    return status === m.status ? m : { ...m, status };
  };
  // Corrections claim their readings first, then detected columns in column order.
  const settled = mapping.map((m) => (corrected.has(m.column) ? settle(m) : m));
  return settled.map((m) => (corrected.has(m.column) ? m : settle(m)));
}

const TOTAL_TEXT = /^.{0,10}(?:合计|小计|总计)$/u;

function isTotalText(cell: CellObject | undefined): boolean {
  // Cheap test first: this runs on the first cells of every row.
  if (cell?.t !== 's' || typeof cell.v !== 'string' || cell.v.length > 40 || !cell.v.includes('计')) return false;
  const text = toHalfWidth(cell.v).replace(/\s+/gu, '').replace(/[:：]+$/u, '');
  return TOTAL_TEXT.test(text);
}

interface RowPlan {
  readonly dataRows: Int32Array;
  readonly blank: number;
  readonly totalRows: number[];
  readonly noteRows: number[];
  readonly maxWidth: number;
}

/** Footer lines under a table (填表人：张三 审核人：李四 填报日期：…) are signatures, not patches. */
const NOTE_TEXT = /^(?:填表人|填报人|审核人|审批人|复核人|制表人|制表|负责人|单位负责人|分管领导|联系人|联系电话|填报单位|填表单位|填表日期|填报日期|报送日期|制表日期|说明|注)\s*[:：]/u;

function isNoteText(cell: CellObject | undefined): boolean {
  if (cell?.t !== 's' || typeof cell.v !== 'string') return false;
  return NOTE_TEXT.test(toHalfWidth(cell.v).trim().replace(/^[:：\s]+/u, ''));
}

/** At least this many cells equal their column's own label: the row is the header again. */
const REPEATED_HEADER_MIN = 3;

/** A repeated header is a copy of the header's text: exact comparison, no allocation per cell (hot loop). */
function repeatsHeader(row: readonly (CellObject | undefined)[], labels: readonly (string | undefined)[]): boolean {
  let same = 0;
  const n = Math.min(row.length, labels.length);
  for (let c = 0; c < n; c++) {
    const cell = row[c];
    if (cell?.t === 's' && cell.v === labels[c] && ++same >= REPEATED_HEADER_MIN) return true;
  }
  return false;
}

type RowAt = (r: number) => readonly (CellObject | undefined)[] | undefined;

/**
 * Rows as Excel shows them: a cell merged down over several data rows (a 乡镇 merged over its
 * patches) shows its value on each of them, so the value is read on each. SheetJS stores it in the
 * merge's first cell only. Horizontal spans are not filled: the value belongs to its first column.
 */
function rowReader(rows: DenseRows, merges: readonly Range[], firstDataRow: number): RowAt {
  const fills = new Map<number, (readonly [number, CellObject])[]>();
  for (const m of merges) {
    if (m.e.r <= m.s.r || m.s.r < firstDataRow) continue;
    const origin = rows[m.s.r]?.[m.s.c];
    if (!origin || cellIsEmpty(origin)) continue;
    for (let r = m.s.r + 1; r <= Math.min(m.e.r, rows.length - 1); r++) {
      const list = fills.get(r);
      if (list) list.push([m.s.c, origin]);
      else fills.set(r, [[m.s.c, origin]]);
    }
  }
  if (fills.size === 0) return (r) => rows[r];
  return (r) => {
    const base = rows[r];
    const fill = fills.get(r);
    if (!fill) return base;
    const row = base ? base.slice() : [];
    for (const [c, cell] of fill) if (cellIsEmpty(row[c])) row[c] = cell;
    return row;
  };
}

/** One pass over the rows below the header: which are data, blank or totals, and the used width. */
function planRows(rows: DenseRows, rowAt: RowAt, layout: HeaderLayout, readColumns: readonly number[]): RowPlan {
  let firstColumn = layout.columns.findIndex((col) => col.parts.length > 0);
  if (firstColumn < 0) firstColumn = 0;
  let dataRows = new Int32Array(Math.max(16, rows.length - layout.bottom));
  let count = 0;
  let blank = 0;
  let pendingBlank = 0;
  let maxWidth = layout.columns.length;
  const totalRows: number[] = [];
  const noteRows: number[] = [];
  const labels = layout.columns.map((column) => column.parts.at(-1));
  for (let r = layout.bottom + 1; r < rows.length; r++) {
    const row = rowAt(r);
    if (!row) {
      pendingBlank++;
      continue;
    }
    if (row.length > maxWidth) maxWidth = row.length;
    let total = false;
    for (let c = 0; c < firstColumn + TOTAL_SCAN_COLUMNS && c < row.length; c++) {
      if (isTotalText(row[c])) {
        total = true;
        break;
      }
    }
    // The first filled cell of a footer line starts with its caption; a header repeated inside
    // the table (a printout's page break, pasted blocks) is not a patch either.
    const firstFilled = row.find((cell) => !cellIsEmpty(cell));
    if (isNoteText(firstFilled) || repeatsHeader(row, labels)) {
      noteRows.push(r + 1);
      blank += pendingBlank;
      pendingBlank = 0;
      continue;
    }
    if (total) {
      totalRows.push(r + 1);
      blank += pendingBlank;
      pendingBlank = 0;
      continue;
    }
    let filled = false;
    for (const c of readColumns) {
      if (!cellIsEmpty(row[c])) {
        filled = true;
        break;
      }
    }
    if (!filled) {
      pendingBlank++;
      continue;
    }
    blank += pendingBlank;
    pendingBlank = 0;
    if (count === dataRows.length) {
      const grown = new Int32Array(dataRows.length * 2);
      grown.set(dataRows);
      dataRows = grown;
    }
    dataRows[count++] = r;
  }
  return { dataRows: dataRows.subarray(0, count), blank, totalRows, noteRows, maxWidth };
}

/** How one field is read from its columns in a row. */
type FieldReader =
  | { readonly kind: 'single'; readonly field: FieldId; readonly def: FieldDefinition; readonly column: number; readonly options: NormaliseOptions }
  | { readonly kind: 'area'; readonly field: FieldId; readonly def: FieldDefinition; readonly columns: readonly { readonly column: number; readonly options: NormaliseOptions }[] }
  | { readonly kind: 'levels'; readonly field: FieldId; readonly def: FieldDefinition; readonly columns: readonly { readonly column: number; readonly level: number }[]; readonly options: NormaliseOptions };

function planReaders(mapping: readonly ColumnMapping[], profile: Profile): FieldReader[] {
  const byField = new Map<FieldId, ColumnMapping[]>();
  for (const m of mapping) {
    if (m.status !== 'mapped' || m.field === undefined) continue;
    const list = byField.get(m.field);
    if (list) list.push(m);
    else byField.set(m.field, [m]);
  }
  const readers: FieldReader[] = [];
  for (const [field, columns] of byField) {
    const def = fieldDefinition(field);
    const optionsOf = (m: ColumnMapping): NormaliseOptions => ({ unit: m.unit, defaultAreaUnit: profile.areaUnit });
    const first = columns[0];
    if (!first) continue;
    if (def.levels !== undefined && columns.some((m) => m.level !== undefined)) {
      const sorted = columns.map((m) => ({ column: m.column, level: m.level ?? 1 })).sort((a, b) => a.level - b.level);
      readers.push({ kind: 'levels', field, def, columns: sorted, options: optionsOf(first) });
    } else if (def.type === 'area' && columns.length > 1) {
      readers.push({ kind: 'area', field, def, columns: columns.map((m) => ({ column: m.column, options: optionsOf(m) })) });
    } else {
      readers.push({ kind: 'single', field, def, column: first.column, options: optionsOf(first) });
    }
  }
  return readers;
}

function levelText(cell: CellObject | undefined): string {
  const raw = cellRaw(cell);
  if (raw === undefined) return '';
  return raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw).trim();
}

/**
 * 违法类型一级 … 四级 → `一级/二级/…`. Trailing empty levels are dropped; an empty level before a
 * filled one stays as an empty segment (`/二级`), so a missing level 1 remains visible to rules.
 */
function joinLevels(texts: readonly string[]): string {
  let end = texts.length;
  while (end > 0 && texts[end - 1] === '') end--;
  return texts.slice(0, end).join('/');
}

function readRow(row: readonly (CellObject | undefined)[], readers: readonly FieldReader[]): Partial<Record<FieldId, FieldValue>> {
  const values: Partial<Record<FieldId, FieldValue>> = {};
  for (const reader of readers) {
    let value: FieldValue | undefined;
    switch (reader.kind) {
      case 'single': {
        const raw = cellRaw(row[reader.column]);
        if (raw !== undefined) value = normaliseValue(reader.def, raw, reader.options);
        break;
      }
      case 'area':
        for (const { column, options } of reader.columns) {
          const raw = cellRaw(row[column]);
          if (raw !== undefined) value = mergeAreaValue(value, normaliseValue(reader.def, raw, options));
        }
        break;
      case 'levels': {
        const joined = joinLevels(reader.columns.map(({ column }) => levelText(row[column])));
        if (joined !== '') value = normaliseValue(reader.def, joined, reader.options);
        break;
      }
    }
    if (value !== undefined) values[reader.field] = value;
  }
  return values;
}

const TITLE_YEAR = /((?:19|20)\d{2})\s*年/u;
const ANY_YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/u;

function yearIn(text: string): number | undefined {
  const m = TITLE_YEAR.exec(text) ?? ANY_YEAR.exec(text);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

function buildSheetRead(
  candidate: SheetCandidate,
  workbook: WorkBook,
  kind: { fileKind: SheetRead['fileKind']; encoding?: 'utf-8' | 'gbk' },
  options: ReadSheetOptions,
  matcher: LabelMatcher,
): SheetRead {
  const { name, rows, layout } = candidate;
  const { profile, onProgress } = options;
  // First pass on the header width, to know which columns are read; the used width comes from the rows.
  const detectedHeaderMapping = buildMapping(layout, layout.columns.length - 1, matcher, profile);
  const overrides = typeof options.columnOverrides === 'function' ? options.columnOverrides(detectedHeaderMapping) : options.columnOverrides;
  const corrected = hasOverrides(overrides) ? overrides : undefined;
  const headerMapping = corrected ? applyColumnOverrides(detectedHeaderMapping, corrected, layout, profile) : detectedHeaderMapping;
  const readColumns = headerMapping.filter((m) => m.status !== 'unmapped').map((m) => m.column);
  // A correction may name a column right of the header (data under no label).
  if (corrected) {
    for (const [key, field] of Object.entries(corrected)) {
      const column = Number(key);
      if (field !== null && column >= headerMapping.length && Number.isInteger(column)) readColumns.push(column);
    }
  }
  const rowAt = rowReader(rows, candidate.sheet['!merges'] ?? [], layout.bottom + 1);
  const plan = planRows(rows, rowAt, layout, readColumns);
  const lastColumn = Math.max(0, plan.maxWidth - 1);
  let mapping = headerMapping;
  if (lastColumn > layout.columns.length - 1) {
    const detected = buildMapping(layout, lastColumn, matcher, profile);
    mapping = corrected ? applyColumnOverrides(detected, corrected, layout, profile) : detected;
  }
  const present = new Set<FieldId>();
  for (const m of mapping) if (m.status === 'mapped' && m.field !== undefined) present.add(m.field);
  const readers = planReaders(mapping, profile);
  const dataRows = plan.dataRows;
  const titleText = layout.titleLines.length > 0 ? layout.titleLines.join('\n') : undefined;
  const titleYear = titleText === undefined ? undefined : yearIn(titleText);

  function* iterate(): Generator<SheetRow> {
    const total = dataRows.length;
    for (let i = 0; i < total; i++) {
      const r = dataRows[i] ?? 0;
      const row = rowAt(r) ?? [];
      yield { excelRow: r + 1, record: { values: readRow(row, readers), present } };
      if (onProgress && (i + 1) % PROGRESS_EVERY === 0 && i + 1 < total) onProgress(i + 1, total);
    }
    onProgress?.(total, total);
  }

  return {
    ...kind,
    sheetName: name,
    ...(titleText !== undefined ? { titleText } : {}),
    ...(titleYear !== undefined ? { titleYear } : {}),
    ...(layout.unitLine ? { unitLine: layout.unitLine } : {}),
    headerRows: { first: layout.top + 1, last: layout.bottom + 1 },
    mapping,
    present,
    dataRowCount: dataRows.length,
    skipped: { blank: plan.blank, total: plan.totalRows.length, totalRows: plan.totalRows, notes: plan.noteRows.length, noteRows: plan.noteRows },
    rows: () => iterate(),
    workbook,
    worksheetName: name,
    lastColumn,
  };
}

