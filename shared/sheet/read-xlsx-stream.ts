/**
 * The streaming .xlsx reader (issue 15): province-size exports audited without holding the sheet.
 * The worksheet part is inflated in slices (fflate), decoded and scanned row by row; each row is
 * sorted and read into a record as it arrives and then dropped, so memory is bounded by the
 * shared-strings table, not by the sheet. Header detection, row sorting and field reading are the
 * SheetJS path's own (header.ts, row-kinds.ts, field-readers.ts), on cells of the same shape.
 *
 * Anything unusual is declined with its reason, before a row is handed out, and the SheetJS path
 * reads the file instead (and words any error): no worksheet with a header and data rows in the
 * first rows, a binary .xlsb workbook, a prefixed (`<x:row>`) sheet, a damaged package.
 *
 * `mapping`, `lastColumn`, `skipped` and `dataRowCount` are final once rows() has been iterated
 * to its end (before that, `dataRowCount` is the sheet's declared size, for progress).
 */
import type { CellObject, Range } from '@e965/xlsx';
import { LabelMatcher } from '../model/labels';
import type { DenseRows } from './cells';
import { planMapping, presentFields, type PlannedMapping } from './column-mapping';
import { planReaders, readRow } from './field-readers';
import { findHeader, headerTitle, MAX_HEADER_ROWS, SCAN_ROWS, type HeaderLayout } from './header';
import { MergeFill, RowSorter } from './row-kinds';
import { PROGRESS_EVERY, type ReadSheetOptions, type SheetRead, type SheetRow } from './sheet-read';
import { isPrefixedSheet, mergesIn, SheetRowScanner, type ScannedRow } from './xlsx/sheet-rows';
import { openXlsxPackage, partTextChunks, sheetTailText, type XlsxSheetPart } from './xlsx/xlsx-package';

export type XlsxStreamResult = { readonly ok: true; readonly sheet: SheetRead } | { readonly ok: false; readonly declined: string };

/** Rows of a worksheet part, in order, as they are scanned (the part is inflated and decoded on the way). */
function* scannedRows(bytes: Uint8Array, part: XlsxSheetPart, sharedStrings: readonly string[], onStart?: (scanner: SheetRowScanner) => void): Generator<ScannedRow> {
  const scanner = new SheetRowScanner(sharedStrings);
  let first = true;
  for (const text of partTextChunks(bytes, part.entry)) {
    if (first) {
      if (isPrefixedSheet(text)) throw new PrefixedSheet();
      first = false;
    }
    for (const row of scanner.scan(text)) {
      if (onStart) {
        onStart(scanner);
        onStart = undefined;
      }
      yield row;
    }
    if (scanner.done) return;
  }
}

class PrefixedSheet extends Error {}

interface Probe {
  readonly layout: HeaderLayout;
  readonly merges: readonly Range[];
  readonly planned: PlannedMapping;
  readonly declaredRows?: number;
}

/** The first rows of a sheet: its header, and whether a data row follows within the sheet. */
function probeSheet(bytes: Uint8Array, part: XlsxSheetPart, sharedStrings: readonly string[], matcher: LabelMatcher, options: ReadSheetOptions): Probe | undefined {
  const merges = mergesIn(sheetTailText(bytes, part.entry));
  const head: (ScannedRow['cells'] | undefined)[] = [];
  const window = SCAN_ROWS + MAX_HEADER_ROWS;
  let declaredRows: number | undefined;
  const rows = scannedRows(bytes, part, sharedStrings, (scanner) => {
    declaredRows = scanner.dimension ? scanner.dimension.e.r + 1 : undefined;
  });
  let pending: ScannedRow | undefined;
  for (const row of rows) {
    if (row.index >= window) {
      pending = row;
      break;
    }
    head[row.index] = row.cells;
  }
  const filledHead: DenseRows = Array.from({ length: pending ? window : head.length }, (_, r) => head[r]);
  const layout = findHeader(filledHead, merges, matcher);
  if (!layout) return undefined;
  const planned = planMapping(layout, matcher, options);
  const sorter = new RowSorter(layout, planned.readColumns);
  const fill = new MergeFill(merges, layout.bottom + 1);
  const hasData = (index: number, cells: readonly (CellObject | undefined)[] | undefined): boolean => index > layout.bottom && sorter.sort(fill.apply(index, cells), index) === 'data';
  for (let r = layout.bottom + 1; r < filledHead.length; r++) if (hasData(r, filledHead[r])) return { layout, merges, planned, ...(declaredRows !== undefined ? { declaredRows } : {}) };
  if (pending && hasData(pending.index, pending.cells)) return { layout, merges, planned, ...(declaredRows !== undefined ? { declaredRows } : {}) };
  for (const row of rows) if (hasData(row.index, row.cells)) return { layout, merges, planned, ...(declaredRows !== undefined ? { declaredRows } : {}) };
  return undefined;
}

export function readXlsxStream(bytes: Uint8Array, options: ReadSheetOptions): XlsxStreamResult {
  try {
    const opened = openXlsxPackage(bytes);
    if (!opened.ok) return { ok: false, declined: opened.declined };
    const { sheets, sharedStrings } = opened.package;
    const matcher = new LabelMatcher(options.profile.labelSynonyms);
    for (const part of sheets) {
      const probe = probeSheet(bytes, part, sharedStrings, matcher, options);
      if (probe) return { ok: true, sheet: streamedSheet(bytes, part, sharedStrings, probe, options) };
    }
    return { ok: false, declined: 'no worksheet with a header and data rows' };
  } catch (error) {
    return { ok: false, declined: error instanceof PrefixedSheet ? 'namespace-prefixed worksheet XML' : `unreadable package (${error instanceof Error ? error.message : String(error)})` };
  }
}

function streamedSheet(bytes: Uint8Array, part: XlsxSheetPart, sharedStrings: readonly string[], probe: Probe, options: ReadSheetOptions): SheetRead {
  const { layout, merges, planned } = probe;
  const { profile, onProgress } = options;
  const headerWidth = Math.max(0, layout.columns.length - 1);
  // Readers from the header's width (and any correction right of it); the final mapping lists every used column.
  const readers = planReaders(planned.widenTo(Math.max(headerWidth, ...planned.readColumns)), profile);
  const { titleText, titleYear } = headerTitle(layout);
  const sheet: SheetRead = {
    fileKind: 'xlsx',
    sheetName: part.name,
    ...(titleText !== undefined ? { titleText } : {}),
    ...(titleYear !== undefined ? { titleYear } : {}),
    ...(layout.unitLine ? { unitLine: layout.unitLine } : {}),
    headerRows: { first: layout.top + 1, last: layout.bottom + 1 },
    mapping: planned.widenTo(headerWidth),
    present: presentFields(planned.widenTo(headerWidth)),
    dataRowCount: Math.max(0, (probe.declaredRows ?? 0) - layout.bottom - 1),
    skipped: { blank: 0, total: 0, totalRows: [], notes: 0, noteRows: [] },
    rows: () => iterate(),
    worksheetName: part.name,
    lastColumn: headerWidth,
  };

  function* iterate(): Generator<SheetRow> {
    const sorter = new RowSorter(layout, planned.readColumns);
    const fill = new MergeFill(merges, layout.bottom + 1);
    const present = sheet.present;
    const estimate = sheet.dataRowCount;
    let done = 0;
    let next = layout.bottom + 1;
    const visit = (r: number, cells: ScannedRow['cells'] | undefined): SheetRow | undefined => {
      const row = fill.apply(r, cells);
      if (sorter.sort(row, r) !== 'data' || !row) return undefined;
      return { excelRow: r + 1, record: { values: readRow(row, readers), present } };
    };
    for (const { index, cells } of scannedRows(bytes, part, sharedStrings)) {
      if (index < next) continue; // title and header rows (and a row out of order)
      // Rows the XML leaves out are blank rows, unless a merge above shows its value on them.
      for (let r = next; r <= index; r++) {
        const read = visit(r, r === index ? cells : undefined);
        if (!read) continue;
        yield read;
        done++;
        if (onProgress && done % PROGRESS_EVERY === 0) onProgress(done, Math.max(done, estimate));
      }
      next = index + 1;
    }
    sheet.dataRowCount = done;
    sheet.lastColumn = Math.max(0, sorter.maxWidth - 1);
    sheet.mapping = planned.widenTo(sheet.lastColumn);
    sheet.skipped = sorter.skipped();
    onProgress?.(done, done);
  }

  return sheet;
}
