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
  /** 违法面积 and 违法占用耕地面积 as filed (with their unit). */
  readonly violationArea: string;
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
    violationArea: item.values.violationArea ?? '',
    violationCultivated: item.values.violationCultivated ?? '',
    updatedAt: item.updatedAt,
    searchText: `${item.patchId}\n${measure}\n${unit}\n${town}`.toLowerCase(),
  };
}

/** The list's filters; empty = no filter. `town` '' matches every row; NO_TOWN matches rows without a 乡镇. */
export interface LedgerFilter {
  readonly state: LedgerState | '';
  readonly town: string;
  readonly text: string;
}

export const NO_FILTER: LedgerFilter = { state: '', town: '', text: '' };
/** The town filter's value for items with no 乡镇 filed (a value no real 乡镇 name can take). */
export const NO_TOWN = '\u0000无乡镇';

export function isFiltered(filter: LedgerFilter): boolean {
  return filter.state !== '' || filter.town !== '' || filter.text.trim() !== '';
}

/** The rows matching every filter, in their order. The text matches 图斑编号, 整改措施, 责任单位 or 乡镇, case-insensitively. */
export function filterRows(rows: readonly LedgerRow[], filter: LedgerFilter): readonly LedgerRow[] {
  if (!isFiltered(filter)) return rows;
  const text = filter.text.trim().toLowerCase();
  const town = filter.town === NO_TOWN ? '' : filter.town;
  return rows.filter((row) => (filter.state === '' || row.state === filter.state) && (filter.town === '' || row.town === town) && (text === '' || row.searchText.includes(text)));
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
