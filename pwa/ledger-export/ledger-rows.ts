import { LEDGER_STATES, type LedgerItem, type LedgerState } from '../db/schema';

/**
 * The 整改台账 list row: the few fields the list shows, filters and sorts on, taken once from a
 * full item (40-odd filed fields). A 100,000-item ledger is held in memory as these, not as items
 * (issue 5 item 8: first render ≤ 1 s, a filter ≤ 100 ms).
 */
export interface LedgerRow {
  readonly id: number;
  readonly patchId: string;
  /** 乡镇 as filed, '' when not filed. */
  readonly town: string;
  /** 责任单位: the item's unit, else its 乡镇. */
  readonly unit: string;
  readonly state: LedgerState;
  /** 整改措施 as filed, '' when not filed. */
  readonly measure: string;
  /** 拟完成整改时间 as filed ('' when not filed); `plannedDate` is its reading as an ISO date. */
  readonly plannedText: string;
  readonly plannedDate?: string;
  /**
   * 违法面积 as filed (with its unit); where the sheet gives none, the 监测面积 (图斑面积) instead,
   * and `areaIsMonitored` says so (the list and the export label it).
   */
  readonly violationArea: string;
  readonly areaIsMonitored?: true;
  /** 违法占用耕地面积 as filed (with its unit). */
  readonly violationCultivated: string;
  /** ISO timestamp of the last change. */
  readonly updatedAt: string;
  /** 图斑编号, 整改措施, 责任单位 and 乡镇 in lower case, for the text filter. */
  readonly searchText: string;
}

export function ledgerRowOf(item: LedgerItem & { readonly id: number }): LedgerRow {
  const town = item.town ?? item.values.town ?? '';
  const unit = item.unit ?? town;
  const measure = item.values.rectMeasure ?? '';
  return {
    id: item.id,
    patchId: item.patchId,
    town,
    unit,
    state: item.state,
    measure,
    plannedText: item.values.rectPlannedDate ?? '',
    ...(item.plannedDate !== undefined ? { plannedDate: item.plannedDate } : {}),
    ...areaOf(item),
    violationCultivated: item.values.violationCultivated ?? '',
    updatedAt: item.updatedAt,
    searchText: `${item.patchId}\n${measure}\n${unit}\n${town}`.toLowerCase(),
  };
}

/** 违法面积, else the 监测面积 marked as such (the sheet gave only the patch's monitored area). */
function areaOf(item: LedgerItem): { violationArea: string; areaIsMonitored?: true } {
  const violation = item.values.violationArea;
  if (violation !== undefined) return { violationArea: violation };
  const monitored = item.values.areaMonitored;
  return monitored !== undefined ? { violationArea: monitored, areaIsMonitored: true } : { violationArea: '' };
}

/** The label an area shown in place of the 违法面积 carries. */
export const MONITORED_AREA_LABEL = '（监测面积）';

/** The area as a list or a paper shows it: labelled when it is the 监测面积. */
export function shownArea(row: Pick<LedgerRow, 'violationArea' | 'areaIsMonitored'>): string {
  return row.areaIsMonitored === true ? `${row.violationArea}${MONITORED_AREA_LABEL}` : row.violationArea;
}

/** The list's filters; empty = no filter. `town` '' matches every row; NO_TOWN matches rows without a 乡镇. `unit` '' matches every 责任单位. */
export interface LedgerFilter {
  readonly state: LedgerState | '';
  readonly town: string;
  readonly unit: string;
  readonly text: string;
}

export const NO_FILTER: LedgerFilter = { state: '', town: '', unit: '', text: '' };
/** The town filter's value for items with no 乡镇 filed (a value no real 乡镇 name can take). */
export const NO_TOWN = '\u0000无乡镇';

export function isFiltered(filter: LedgerFilter): boolean {
  return filter.state !== '' || filter.town !== '' || filter.unit !== '' || filter.text.trim() !== '';
}

/** The rows matching every filter, in their order. The text matches 图斑编号, 整改措施, 责任单位 or 乡镇, case-insensitively. */
export function filterRows(rows: readonly LedgerRow[], filter: LedgerFilter): readonly LedgerRow[] {
  if (!isFiltered(filter)) return rows;
  const text = filter.text.trim().toLowerCase();
  const town = filter.town === NO_TOWN ? '' : filter.town;
  return rows.filter(
    (row) => (filter.state === '' || row.state === filter.state) && (filter.town === '' || row.town === town) && (filter.unit === '' || row.unit === filter.unit) && (text === '' || row.searchText.includes(text)),
  );
}

/** The list's columns, in order: each sorts (by its header) on what it shows. */
export const LEDGER_COLUMNS = [
  { key: 'patchId', title: '图斑编号' },
  { key: 'town', title: '乡镇' },
  { key: 'unit', title: '责任单位' },
  { key: 'state', title: '状态' },
  { key: 'measure', title: '整改措施' },
  { key: 'planned', title: '拟完成整改时间' },
  { key: 'area', title: '违法面积' },
  { key: 'cultivated', title: '违法占用耕地' },
  { key: 'photos', title: '照片数' },
  { key: 'updated', title: '最近更新' },
] as const;
export type LedgerColumnKey = (typeof LEDGER_COLUMNS)[number]['key'];

export interface LedgerSort {
  readonly column: LedgerColumnKey;
  readonly descending: boolean;
}

/** An area's size in 公顷 for sorting (亩 converted; unreadable → undefined, sorted last). */
function areaValue(text: string): number | undefined {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*(公顷|亩|平方米)?/u.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]);
  return match[2] === '亩' ? value / 15 : match[2] === '平方米' ? value / 10_000 : value;
}

type SortValue = string | number | undefined;

function sortValue(row: LedgerRow, column: LedgerColumnKey, photos: (id: number) => number): SortValue {
  switch (column) {
    case 'patchId':
      return row.patchId;
    case 'town':
      return row.town;
    case 'unit':
      return row.unit;
    case 'state':
      return LEDGER_STATES.indexOf(row.state);
    case 'measure':
      return row.measure;
    case 'planned':
      return row.plannedDate ?? (row.plannedText === '' ? undefined : `\uffff${row.plannedText}`);
    case 'area':
      return areaValue(row.violationArea);
    case 'cultivated':
      return areaValue(row.violationCultivated);
    case 'photos':
      return photos(row.id);
    case 'updated':
      return row.updatedAt;
  }
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * The rows in the order of one column (stable: ties keep entry order); empty values last in either
 * direction, so a sort never opens on a page of blanks. Text in Chinese collation.
 */
export function sortRows(rows: readonly LedgerRow[], sort: LedgerSort | undefined, photos: (id: number) => number = () => 0): readonly LedgerRow[] {
  if (sort === undefined) return rows;
  const keyed = rows.map((row) => ({ row, key: sortValue(row, sort.column, photos) }));
  const sign = sort.descending ? -1 : 1;
  keyed.sort((a, b) => {
    const blankA = a.key === undefined || a.key === '';
    const blankB = b.key === undefined || b.key === '';
    if (blankA || blankB) return blankA === blankB ? a.row.id - b.row.id : blankA ? 1 : -1;
    const order = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : collator.compare(String(a.key), String(b.key));
    return order !== 0 ? sign * order : a.row.id - b.row.id;
  });
  return keyed.map((k) => k.row);
}

export function isLedgerState(value: string): value is LedgerState {
  return (LEDGER_STATES as readonly string[]).includes(value);
}

/** Replaces, adds or removes rows by id, keeping the list in id order (the ledger's entry order). */
export function patchRows(rows: readonly LedgerRow[], changed: readonly LedgerRow[], removedIds: readonly number[]): LedgerRow[] {
  const byId = new Map<number, LedgerRow>(rows.map((r) => [r.id, r]));
  for (const id of removedIds) byId.delete(id);
  for (const row of changed) byId.set(row.id, row);
  const out = [...byId.values()];
  // Rows are usually appended or replaced in place; sort only when the order is broken.
  for (let i = 1; i < out.length; i += 1) {
    if ((out[i - 1]?.id ?? 0) > (out[i]?.id ?? 0)) return out.sort((a, b) => a.id - b.id);
  }
  return out;
}
