import { CFB, read, type CellObject, type ParsingOptions, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { LabelMatcher } from '../model/labels';
import { cellIsEmpty, type DenseRows } from './cells';
import { planMapping, presentFields } from './column-mapping';
import { decodeText, describeOtherText, looksLikeText, sniffSeparator } from './decode-text';
import { classifyCfb, classifyZip, sniffBytes, zipEntryNames } from './detect-kind';
import { planReaders, readRow } from './field-readers';
import { findHeader, headerTitle, MIN_LABELS, SCAN_ROWS, type HeaderLayout } from './header';
import { readXlsxStream } from './read-xlsx-stream';
import { planRows, rowReader } from './row-kinds';
import { DEFAULT_MAX_SHEET_BYTES, PROGRESS_EVERY, type ReadSheetOptions, type ReadSheetResult, type SheetErrorCode, type SheetRead, type SheetRow } from './sheet-read';

export * from './sheet-read';

/**
 * The sheet reader: bytes of an exported .xlsx, .xls or .csv → the header's column mapping and a
 * lazy sequence of records, one per data row, with Excel's row numbers. Pure: it receives bytes
 * (the CLI reads files, the extension and PWA read Blobs) and runs in Node, a Worker or a page.
 * Never throws: every failure is a SheetError with one zh-CN sentence. This file is the SheetJS
 * path (.xls, CSV, web-page tables, and .xlsx the streaming reader declines); the seams are
 * header.ts (header band), column-mapping.ts, row-kinds.ts and field-readers.ts.
 */

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
  if (kind === 'xlsx') {
    if (!options.streaming) return readWorkbookBytes(bytes, 'xlsx', fileName, options);
    const streamed = readXlsxStream(bytes, options);
    if (streamed.ok) return { ok: true, sheet: streamed.sheet };
    const read = readWorkbookBytes(bytes, 'xlsx', fileName, options);
    return read.ok ? { ok: true, sheet: Object.assign(read.sheet, { streamDeclined: streamed.declined }) } : read;
  }
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


function buildSheetRead(
  candidate: SheetCandidate,
  workbook: WorkBook,
  kind: { fileKind: SheetRead['fileKind']; encoding?: 'utf-8' | 'gbk' },
  options: ReadSheetOptions,
  matcher: LabelMatcher,
): SheetRead {
  const { name, rows, layout } = candidate;
  const { profile, onProgress } = options;
  const plannedMapping = planMapping(layout, matcher, options);
  const rowAt = rowReader(rows, candidate.sheet['!merges'] ?? [], layout.bottom + 1);
  const plan = planRows(rows, rowAt, layout, plannedMapping.readColumns);
  const lastColumn = Math.max(0, plan.maxWidth - 1);
  const mapping = plannedMapping.widenTo(lastColumn);
  const present = presentFields(mapping);
  const readers = planReaders(mapping, profile);
  const dataRows = plan.dataRows;
  const { titleText, titleYear } = headerTitle(layout);

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
    skipped: plan.skipped,
    rows: () => iterate(),
    workbook,
    worksheetName: name,
    lastColumn,
  };
}


