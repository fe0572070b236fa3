import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../ledger-export/ledger-rows';
import { addItemByHand } from '../../ledger/add-item-by-hand';
import { editItem } from '../../ledger/edit-item';
import { freshDb } from '../../ledger/ledger-test-helpers';
import { setUnit } from '../../ledger/set-unit';
import { transition } from '../../ledger/transition';
import { loadLedgerRows } from './load-ledger-rows';
import { LedgerRowStore, type LedgerRowsState } from './ledger-row-store';

const who = { who: '张三', at: '2024-01-10T08:00:00.000Z' };
const stores: LedgerRowStore[] = [];

afterEach(() => {
  for (const s of stores.splice(0)) s.stop();
});

/** A store over a fresh database, counting its full loads. */
async function setUp(count: number) {
  const db = freshDb();
  await db.items.bulkAdd(
    Array.from({ length: count }, (_, i) => ({
      patchId: `T${String(i + 1).padStart(5, '0')}`,
      town: i % 2 === 0 ? '城关镇' : '新集镇',
      state: '待整改' as const,
      values: { patchId: `T${String(i + 1).padStart(5, '0')}` },
      source: { kind: 'hand' as const },
      createdAt: who.at,
      updatedAt: who.at,
    })),
  );
  let fullLoads = 0;
  const store = new LedgerRowStore(db, (onProgress) => {
    fullLoads += 1;
    return loadLedgerRows(db, onProgress);
  });
  stores.push(store);
  const seen: LedgerRowsState[] = [];
  store.subscribe((s) => seen.push(s));
  await until(() => store.current.rows !== undefined && !store.current.loading);
  return { db, store, seen, fullLoads: () => fullLoads };
}

async function until(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (ok()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('timed out');
}

const rowOf = (store: LedgerRowStore, patchId: string): LedgerRow | undefined => store.current.rows?.find((r) => r.patchId === patchId);

describe('LedgerRowStore', () => {
  it('loads every item as a row, in chunks, reporting progress', async () => {
    const { store, seen, fullLoads } = await setUp(12_345);
    expect(store.current.rows).toHaveLength(12_345);
    expect(store.current.rows?.map((r) => r.id)).toEqual(Array.from({ length: 12_345 }, (_, i) => i + 1));
    expect(seen.some((s) => s.loading !== undefined && s.loading.done > 0)).toBe(true);
    expect(fullLoads()).toBe(1);
  });

  it('re-reads only the items a small write touches', async () => {
    const { db, store, fullLoads } = await setUp(50);
    await editItem(db, 3, { rectMeasure: '拆除' }, who);
    await until(() => rowOf(store, 'T00003')?.measure === '拆除');
    await transition(db, 4, '整改中', who);
    await setUnit(db, 5, '县交通局', who);
    await until(() => rowOf(store, 'T00004')?.state === '整改中' && rowOf(store, 'T00005')?.unit === '县交通局');
    const added = await addItemByHand(db, { patchId: 'H001', town: '城关镇' }, who);
    await until(() => store.current.rows?.length === 51);
    expect(store.current.rows?.at(-1)).toMatchObject({
      id: added.ok ? added.itemId : -1,
      patchId: 'H001',
    });
    await db.items.delete(2);
    await until(() => store.current.rows?.length === 50);
    expect(rowOf(store, 'T00002')).toBeUndefined();
    expect(fullLoads()).toBe(1);
  });

  it('reloads everything after a clear (a restore) and after a bulk write', async () => {
    const { db, store, fullLoads } = await setUp(20);
    await db.items.clear();
    await until(() => store.current.rows?.length === 0);
    expect(fullLoads()).toBe(2);
    await db.items.bulkAdd(
      Array.from({ length: 2_500 }, (_, i) => ({
        patchId: `B${i}`,
        state: '待整改' as const,
        values: {},
        source: { kind: 'hand' as const },
        createdAt: who.at,
        updatedAt: who.at,
      })),
    );
    await until(() => store.current.rows?.length === 2_500 && !store.current.loading);
    expect(fullLoads()).toBe(3);
  });

  it('ignores writes to other tables', async () => {
    const { db, store, fullLoads } = await setUp(5);
    const before = store.current.rows;
    await db.settings.put({ key: 'operator', value: '李四' });
    await new Promise((r) => setTimeout(r, 30));
    expect(store.current.rows).toBe(before);
    expect(fullLoads()).toBe(1);
  });
});
