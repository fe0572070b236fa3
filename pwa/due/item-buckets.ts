import { addDays } from '../../shared/calendar/iso-days';
import type { IsoDate } from '../../shared/model/dates';
import type { LedgerItem, LedgerState } from '../db/schema';

/**
 * Where each open ledger item stands against its 拟完成整改时间 (issue 5 item 4). Every item not yet
 * 已销号 falls in exactly one bucket, so the buckets add up to the ledger's open count:
 *   overdue   plannedDate before today;
 *   upcoming  today ≤ plannedDate ≤ today + window (profile `calendar.dueSoonDays`);
 *   later     after the window;
 *   no-date   no readable 拟完成整改时间, and not 待验收 (a date is what it lacks);
 *   awaiting  待验收: rectified, waiting for 验收 — whatever its date, the office's next step is the
 *             验收, not a deadline (issue 12 item 3).
 * The planned date is the county's own commitment, so it is not moved by the working-day rule.
 */
export const DUE_BUCKETS = ['overdue', 'upcoming', 'later', 'no-date', 'awaiting'] as const;
export type DueBucket = (typeof DUE_BUCKETS)[number];
export type DatedBucket = Exclude<DueBucket, 'no-date' | 'awaiting'>;

/** What the due view groups by: the 乡镇, or the 责任单位 (the item's unit, else its 乡镇). */
export type DueGrouping = 'town' | 'unit';

/** The state whose items wait for 验收 (their own bucket). */
export const AWAITING_STATE: LedgerState = '待验收';
export const DATED_BUCKETS: readonly DatedBucket[] = ['overdue', 'upcoming', 'later'];

export type BucketCounts = Record<DueBucket, number> & { open: number };

/** The columns of a ledger item the due view needs. */
export type DueItemInput = Pick<LedgerItem, 'state' | 'plannedDate' | 'town' | 'unit'> & { readonly id: number };

export interface OwnerRow {
  /** 责任单位 (item.unit), else the 乡镇; '' when neither is filed. */
  readonly owner: string;
  readonly counts: BucketCounts;
}

export interface ItemsDue {
  readonly counts: BucketCounts;
  /** Per 责任单位/乡镇: most overdue first, then most upcoming, then by name ('' last). */
  readonly byOwner: readonly OwnerRow[];
  /** Open item ids per dated bucket, by 拟完成整改时间 then id (the order of the plannedDate index). */
  readonly order: Readonly<Record<DatedBucket, readonly number[]>>;
  /** Open item ids without a date (not 待验收), by id. */
  readonly noDate: readonly number[];
  /** 待验收 item ids, by id. */
  readonly awaiting: readonly number[];
  /** Owner of every open item. */
  readonly ownerOf: ReadonlyMap<number, string>;
}

export const CLOSED_STATE: LedgerState = '已销号';

export function isOpen(state: LedgerState): boolean {
  return state !== CLOSED_STATE;
}

/** The last day of the upcoming window. */
export function windowEnd(today: IsoDate, windowDays: number): IsoDate {
  return addDays(today, windowDays);
}

export function bucketOf(plannedDate: IsoDate | undefined, today: IsoDate, windowDays: number): Exclude<DueBucket, 'awaiting'> {
  if (plannedDate === undefined) return 'no-date';
  if (plannedDate < today) return 'overdue';
  return plannedDate <= windowEnd(today, windowDays) ? 'upcoming' : 'later';
}

export function ownerOf(item: Pick<LedgerItem, 'town' | 'unit'>, grouping: DueGrouping = 'unit'): string {
  const unit = grouping === 'unit' ? item.unit?.trim() : undefined;
  if (unit !== undefined && unit !== '') return unit;
  return item.town?.trim() ?? '';
}

function emptyCounts(): BucketCounts {
  return { overdue: 0, upcoming: 0, later: 0, 'no-date': 0, awaiting: 0, open: 0 };
}

function compareOwners(a: OwnerRow, b: OwnerRow): number {
  if (a.counts.overdue !== b.counts.overdue) return b.counts.overdue - a.counts.overdue;
  if (a.counts.upcoming !== b.counts.upcoming) return b.counts.upcoming - a.counts.upcoming;
  if ((a.owner === '') !== (b.owner === '')) return a.owner === '' ? 1 : -1;
  return a.owner.localeCompare(b.owner, 'zh-CN');
}

/**
 * The one place the due view's numbers are made, from the ids of the open items, the dated ids in
 * plannedDate order (closed ids may be among them: they are skipped) and each open item's owner.
 * Both the pure path (computeItemsDue) and the IndexedDB reader (read-items-due.ts) end here.
 */
export function summarizeItems(openIds: Iterable<number>, datedOrder: Readonly<Record<DatedBucket, readonly number[]>>, owners: ReadonlyMap<number, string>, awaitingIds: Iterable<number> = []): ItemsDue {
  const open = new Set(openIds);
  const counts = emptyCounts();
  const perOwner = new Map<string, BucketCounts>();
  const countFor = (id: number, bucket: DueBucket) => {
    const owner = owners.get(id) ?? '';
    let row = perOwner.get(owner);
    if (!row) perOwner.set(owner, (row = emptyCounts()));
    row[bucket] += 1;
    row.open += 1;
    counts[bucket] += 1;
    counts.open += 1;
  };
  const dated = new Set<number>();
  const awaiting = [...new Set(awaitingIds)].filter((id) => open.has(id)).sort((a, b) => a - b);
  for (const id of awaiting) {
    dated.add(id);
    countFor(id, 'awaiting');
  }
  const order = { overdue: [] as number[], upcoming: [] as number[], later: [] as number[] };
  for (const bucket of DATED_BUCKETS) {
    for (const id of datedOrder[bucket]) {
      if (!open.has(id) || dated.has(id)) continue;
      dated.add(id);
      order[bucket].push(id);
      countFor(id, bucket);
    }
  }
  const noDate = [...open].filter((id) => !dated.has(id)).sort((a, b) => a - b);
  for (const id of noDate) countFor(id, 'no-date');
  const ownerOfOpen = new Map<number, string>();
  for (const id of open) ownerOfOpen.set(id, owners.get(id) ?? '');
  const byOwner = [...perOwner].map(([owner, c]) => ({ owner, counts: c })).sort(compareOwners);
  return { counts, byOwner, order, noDate, awaiting, ownerOf: ownerOfOpen };
}

/** The due view of a list of items (pure; the page reads the same through read-items-due.ts). */
export function computeItemsDue(items: readonly DueItemInput[], today: IsoDate, windowDays: number, grouping: DueGrouping = 'unit'): ItemsDue {
  const openItems = items.filter((item) => isOpen(item.state));
  const dated = openItems
    .filter((item): item is DueItemInput & { plannedDate: string } => item.plannedDate !== undefined)
    .sort((a, b) => (a.plannedDate < b.plannedDate ? -1 : a.plannedDate > b.plannedDate ? 1 : a.id - b.id));
  const order: Record<DatedBucket, number[]> = { overdue: [], upcoming: [], later: [] };
  for (const item of dated) {
    const bucket = bucketOf(item.plannedDate, today, windowDays);
    if (bucket !== 'no-date') order[bucket].push(item.id);
  }
  return summarizeItems(
    openItems.map((item) => item.id),
    order,
    new Map(openItems.map((item) => [item.id, ownerOf(item, grouping)])),
    openItems.filter((item) => item.state === AWAITING_STATE).map((item) => item.id),
  );
}
