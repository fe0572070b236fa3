import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import type { TubanLintDb } from '../../db/schema';
import { patchRows, type LedgerRow } from '../../ledger-export/ledger-rows';
import { loadSomeLedgerRows } from './load-ledger-rows';

/**
 * The list rows of the whole ledger, held once per page and kept current (issue 5 item 8: the
 * ledger opens in ≤ 1 s and filters in ≤ 100 ms with 100,000 items). Loaded in full by a Worker;
 * after that a write to a few items (an edit, a 销号, one item added) re-reads just those items,
 * and a bulk write (an import, a restore) reloads everything in the background while the old
 * rows stay on screen.
 */
export interface LedgerRowsState {
  /** undefined until the first full load. */
  readonly rows: readonly LedgerRow[] | undefined;
  /** Items read so far by a running full load. */
  readonly loading?: { readonly done: number };
  readonly error?: string;
}

export type FullLoader = (onProgress: (done: number) => void) => Promise<readonly LedgerRow[]>;

/** Beyond this many changed items, one full reload is cheaper than reading them one by one. */
const PATCH_LIMIT = 2_000;

export class LedgerRowStore {
  private state: LedgerRowsState = { rows: undefined };
  private readonly listeners = new Set<(state: LedgerRowsState) => void>();
  private running: Promise<void> | undefined;
  /** A write arrived during a load: the loaded rows may miss it. */
  private stale = false;
  private started = false;
  private readonly onMutation = (parts: ObservabilitySet) => this.mutated(parts);

  constructor(
    private readonly db: TubanLintDb,
    private readonly loadAll: FullLoader,
  ) {}

  get current(): LedgerRowsState {
    return this.state;
  }

  subscribe(listener: (state: LedgerRowsState) => void): () => void {
    this.listeners.add(listener);
    this.start();
    return () => this.listeners.delete(listener);
  }

  /** Starts the first load and the watch on writes (once). */
  start(): void {
    if (this.started) return;
    this.started = true;
    Dexie.on('storagemutated', this.onMutation);
    this.reload();
  }

  stop(): void {
    Dexie.on('storagemutated').unsubscribe(this.onMutation);
    this.started = false;
  }

  /** Reads everything again (after an import by the sheet Worker, or when a write was too large to patch). */
  reload(): Promise<void> {
    if (this.running) {
      this.stale = true;
      return this.running;
    }
    this.stale = false;
    this.set({ ...this.state, loading: { done: 0 } });
    this.running = this.loadAll((done) => this.set({ ...this.state, loading: { done } }))
      .then((rows) => this.set({ rows }))
      .catch((error: unknown) =>
        this.set({
          rows: this.state.rows,
          error: error instanceof Error ? error.message : String(error),
        }),
      )
      .finally(() => {
        this.running = undefined;
        if (this.stale) void this.reload();
      });
    return this.running;
  }

  private set(state: LedgerRowsState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }

  private mutated(parts: ObservabilitySet): void {
    const prefix = `idb://${this.db.name}/items/`;
    const changed = parts[prefix];
    const deleted = parts[`${prefix}:dels`];
    if (changed === undefined && deleted === undefined) return;
    if (this.running || this.state.rows === undefined) {
      this.stale = true;
      if (!this.running) void this.reload();
      return;
    }
    const ids = [...singleKeys(changed), ...singleKeys(deleted)];
    if (ids.some((id) => id === undefined) || ids.length > PATCH_LIMIT) {
      void this.reload();
      return;
    }
    void this.patch(ids as number[]);
  }

  private async patch(ids: readonly number[]): Promise<void> {
    try {
      const { rows, removed } = await loadSomeLedgerRows(this.db, ids);
      const prior = this.state.rows;
      if (prior === undefined || this.running) return;
      this.set({ rows: patchRows(prior, rows, removed) });
    } catch {
      void this.reload();
    }
  }
}

/**
 * The numeric keys of a mutated-range tree, or `undefined` for a range wider than one key (a
 * `clear()`, a range delete), which only a full reload answers.
 */
function* singleKeys(tree: IntervalTree | undefined): Generator<number | undefined> {
  if (tree === undefined || !('from' in tree)) return;
  if (tree.from !== tree.to || typeof tree.from !== 'number') {
    yield undefined;
    return;
  }
  yield tree.from;
  if (tree.l) yield* singleKeys(tree.l);
  if (tree.r) yield* singleKeys(tree.r);
}
