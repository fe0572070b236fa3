import * as XLSX from '@e965/xlsx';
import { AREA_UNIT_LABEL } from '../../shared/model/areas';
import { isoToExcelSerial } from '../../shared/model/dates';
import { parseNumber } from '../../shared/model/numbers';
import { LEDGER_STATES, type EvidenceRow, type LedgerEvent, type LedgerItem, type LedgerState } from '../db/schema';
import { describeLedgerEvent } from './event-text';
import { ledgerRowOf, shownArea } from './ledger-rows';

/**
 * The 整改台账 export for Excel / WPS (issue 5 item 5): sheet 整改台账, one row per item (the list's
 * columns, 证明材料数 and the date each state was reached), and sheet 变更记录, one row per history
 * event. Pure: the page loads this module only when the user exports (SheetJS stays out of the
 * first bundle), and node tests write and read it back.
 */
export interface LedgerExportInput {
  readonly items: readonly (LedgerItem & { readonly id: number })[];
  /** In the order they happened (by id). */
  readonly events: readonly LedgerEvent[];
  /** Evidence metadata; removed rows (removedAt set) do not count. */
  readonly evidence: readonly Pick<EvidenceRow, 'itemId' | 'kind' | 'removedAt'>[];
}

/** A cell before it becomes a SheetJS cell: text, a number (with its unit, shown by the number format), a date or a date-time. */
export type ExportCell = string | { readonly number: number; readonly unit?: string } | { readonly date: string } | { readonly time: string } | null;

export const ITEM_SHEET = '整改台账';
export const EVENT_SHEET = '变更记录';

export const ITEM_HEADERS = [
  '图斑编号',
  '乡镇',
  '责任单位',
  '状态',
  '整改措施',
  '拟完成整改时间',
  '违法面积',
  '违法占用耕地面积',
  '照片数',
  '证明材料数',
  '录入时间',
  '开始整改时间',
  '提交验收时间',
  '销号时间',
  '最近更新',
] as const;
export const EVENT_HEADERS = ['图斑编号', '时间', '操作人', '操作', '内容', '原因'] as const;

/** When an item last entered 整改中, 待验收 and 已销号. */
type StateDates = Partial<Record<LedgerState, string>>;

/**
 * The date of each state reached, for the item as it stands: going back (验收不通过, 重新打开)
 * clears the dates of the later states, which no longer describe the item.
 */
function stateDatesOf(events: readonly LedgerEvent[]): Map<number, StateDates> {
  const out = new Map<number, StateDates>();
  for (const e of events) {
    const to = e.data.kind === 'transition' || e.data.kind === 'reopened' ? e.data.to : e.data.kind === 'closed' ? '已销号' : undefined;
    if (to === undefined) continue;
    const dates = out.get(e.itemId) ?? {};
    dates[to] = e.at;
    for (const later of LEDGER_STATES.slice(LEDGER_STATES.indexOf(to) + 1)) delete dates[later];
    out.set(e.itemId, dates);
  }
  return out;
}

/** Text as filed; a plain number (or one with an area or money unit) as a number. */
function quantityCell(text: string): ExportCell {
  if (text === '') return null;
  const read = parseNumber(text);
  if (read.state !== 'ok') return text;
  if (read.unit === undefined) return { number: read.value };
  const unit = read.unit === 'yuan' ? '元' : read.unit === 'wanyuan' ? '万元' : read.unit === 'm' ? '米' : AREA_UNIT_LABEL[read.unit];
  return { number: read.value, unit };
}

function timeCell(iso: string | undefined): ExportCell {
  return iso === undefined ? null : { time: iso };
}

export function itemSheetRows(input: LedgerExportInput): ExportCell[][] {
  const photos = new Map<number, number>();
  const evidence = new Map<number, number>();
  for (const e of input.evidence) {
    if (e.removedAt !== undefined) continue;
    evidence.set(e.itemId, (evidence.get(e.itemId) ?? 0) + 1);
    if (e.kind === 'photo') photos.set(e.itemId, (photos.get(e.itemId) ?? 0) + 1);
  }
  const dates = stateDatesOf(input.events);
  return input.items.map((item) => {
    const row = ledgerRowOf(item);
    const reached = dates.get(item.id) ?? {};
    return [
      row.patchId,
      row.town,
      row.unit,
      row.state,
      row.measure,
      row.plannedDate !== undefined ? { date: row.plannedDate } : row.plannedText === '' ? null : row.plannedText,
      // The 监测面积 standing in for a missing 违法面积 stays text, labelled: never a number posing as the 违法面积.
      row.areaIsMonitored === true ? shownArea(row) : quantityCell(row.violationArea),
      quantityCell(row.violationCultivated),
      { number: photos.get(item.id) ?? 0 },
      { number: evidence.get(item.id) ?? 0 },
      timeCell(item.createdAt),
      timeCell(reached.整改中),
      timeCell(reached.待验收),
      timeCell(reached.已销号),
      timeCell(item.updatedAt),
    ];
  });
}

export function eventSheetRows(input: LedgerExportInput): ExportCell[][] {
  const patchIds = new Map<number, string>(input.items.map((i) => [i.id, i.patchId]));
  return input.events.map((e) => {
    const text = describeLedgerEvent(e);
    return [patchIds.get(e.itemId) ?? '', { time: e.at }, e.who, text.action, text.content, e.why ?? ''];
  });
}

/**
 * An ISO timestamp as an Excel serial in this machine's local time: the time the office saw on
 * screen (Excel dates have no time zone).
 */
export function localExcelSerial(iso: string): number {
  const d = new Date(iso);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()) / 86_400_000 + 25_569;
}

function sheetCell(cell: ExportCell): XLSX.CellObject | undefined {
  if (cell === null || cell === '') return undefined;
  if (typeof cell === 'string') return { t: 's', v: cell };
  if ('number' in cell) return cell.unit === undefined ? { t: 'n', v: cell.number } : { t: 'n', v: cell.number, z: `General"${cell.unit}"` };
  if ('date' in cell) return { t: 'n', v: isoToExcelSerial(cell.date), z: 'yyyy-mm-dd' };
  return { t: 'n', v: localExcelSerial(cell.time), z: 'yyyy-mm-dd hh:mm' };
}

function worksheet(headers: readonly string[], rows: readonly ExportCell[][], widths: readonly number[]): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet([[...headers]]);
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      const out = sheetCell(cell);
      if (out) ws[XLSX.utils.encode_cell({ r: r + 1, c })] = out;
    });
  });
  const lastColumn = XLSX.utils.encode_col(headers.length - 1);
  ws['!ref'] = `A1:${lastColumn}${rows.length + 1}`;
  ws['!cols'] = widths.map((wch) => ({ wch }));
  ws['!autofilter'] = { ref: ws['!ref'] };
  return ws;
}

/** How the 整改台账 sheet is split: one sheet for all, or one per 乡镇 or per 责任单位. */
export type LedgerSplit = 'none' | 'town' | 'unit';

const ITEM_WIDTHS = [22, 12, 16, 8, 12, 14, 12, 14, 8, 10, 16, 16, 16, 16, 16];

/** A sheet name Excel accepts (≤ 31 characters, none of []:*?/\), unique in the book. */
export function sheetNameFor(name: string, taken: Set<string>): string {
  const base = (name.replace(/[[\]:*?/\\]/gu, '_').trim() || '（未填）').slice(0, 28);
  let candidate = base;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
  taken.add(candidate);
  return candidate;
}

export function writeLedgerWorkbook(input: LedgerExportInput, split: LedgerSplit = 'none'): Uint8Array<ArrayBuffer> {
  const book = XLSX.utils.book_new();
  if (split === 'none') XLSX.utils.book_append_sheet(book, worksheet(ITEM_HEADERS, itemSheetRows(input), ITEM_WIDTHS), ITEM_SHEET);
  else {
    // One sheet per 乡镇 / 责任单位, in Chinese order, items in entry order; the history stays one sheet.
    const groups = new Map<string, (LedgerItem & { readonly id: number })[]>();
    for (const item of input.items) {
      const row = ledgerRowOf(item);
      const key = split === 'town' ? row.town : row.unit;
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    const taken = new Set<string>([EVENT_SHEET]);
    for (const key of [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'zh-CN')))) {
      XLSX.utils.book_append_sheet(book, worksheet(ITEM_HEADERS, itemSheetRows({ ...input, items: groups.get(key) ?? [] }), ITEM_WIDTHS), sheetNameFor(key, taken));
    }
  }
  XLSX.utils.book_append_sheet(book, worksheet(EVENT_HEADERS, eventSheetRows(input), [22, 16, 10, 12, 60, 30]), EVENT_SHEET);
  return new Uint8Array(
    XLSX.write(book, {
      type: 'array',
      bookType: 'xlsx',
      compression: true,
    }) as ArrayBuffer,
  );
}
