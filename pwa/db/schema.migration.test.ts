import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { transition } from '../ledger/index';
import { SCHEMA_VERSION, TubanLintDb, type EvidenceRow, type ImportRow, type LedgerEvent, type LedgerItem } from './schema';

/**
 * Migration test (issue 5 item 6): a database made by every shipped version below the newest,
 * opened by today's TubanLintDb, keeps every row, gains the new tables and is at SCHEMA_VERSION.
 *
 * Each case declares its version exactly as it shipped (copied from the history note in schema.ts,
 * never imported from it: a later edit of the schema must not change what "v1" means here).
 * Adding a version to schema.ts without a case here fails the first test below.
 */
interface ShippedVersion {
  readonly version: number;
  /** The `stores` of every version up to this one, as shipped. */
  readonly declarations: readonly Readonly<Record<string, string>>[];
  /** Realistic rows of that version's tables. */
  readonly fill: (db: Dexie) => Promise<void>;
}

const V1_STORES = {
  items: '++id, &patchId, town, state, plannedDate',
  events: '++id, itemId, at, [itemId+at]',
  evidence: '++id, itemId, [itemId+kind]',
  imports: '++id, at',
};

const V2_STORES = {
  settings: '&key',
  mappings: '&headerKey',
  reviews: '++id, &[patchId+reason], reason, town',
};

const PHOTO_BYTES = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);

const v1Import: ImportRow = {
  id: 1,
  at: '2024-01-05T02:00:00.000Z',
  who: '张三',
  file: '县级卫片执法图斑-2023年第4季度.xlsx',
  profileId: 'national',
  asOf: '2024-01-05',
  records: 372,
  created: 2,
  updated: 0,
  unchanged: 0,
  skippedRows: [41],
};

const v1Items: LedgerItem[] = [
  {
    id: 1,
    patchId: '370102202311A001',
    town: '城关镇',
    state: '整改中',
    plannedDate: '2024-03-31',
    values: { patchId: '370102202311A001', town: '城关镇', verdict: '违法', rectMeasure: '拆除复耕', rectResolved: '否', rectPlannedDate: '2024/3/31' },
    source: { kind: 'import', importId: 1, row: 3 },
    createdAt: '2024-01-05T02:00:00.000Z',
    updatedAt: '2024-01-08T06:30:00.000Z',
  },
  {
    id: 2,
    patchId: '370102202311A002',
    town: '新集镇',
    state: '待验收',
    values: { patchId: '370102202311A002', town: '新集镇', verdict: '违法', rectMeasure: '补办手续', rectResolved: '是' },
    source: { kind: 'import', importId: 1, row: 4 },
    createdAt: '2024-01-05T02:00:00.000Z',
    updatedAt: '2024-01-05T02:00:00.000Z',
  },
];

const v1Events: LedgerEvent[] = [
  { id: 1, itemId: 1, at: '2024-01-05T02:00:00.000Z', who: '张三', kind: 'created', data: { kind: 'created', state: '待整改', values: v1Items[0]?.values ?? {}, importId: 1, row: 3 } },
  { id: 2, itemId: 2, at: '2024-01-05T02:00:00.000Z', who: '张三', kind: 'created', data: { kind: 'created', state: '待验收', values: v1Items[1]?.values ?? {}, importId: 1, row: 4 } },
  { id: 3, itemId: 1, at: '2024-01-08T06:00:00.000Z', who: '李四', kind: 'transition', data: { kind: 'transition', from: '待整改', to: '整改中' } },
  { id: 4, itemId: 1, at: '2024-01-08T06:30:00.000Z', who: '李四', kind: 'evidence-added', data: { kind: 'evidence-added', evidenceId: 1, evidenceKind: 'photo', name: 'IMG_0001.jpg' } },
];

const v1Evidence = (): EvidenceRow[] => [
  {
    id: 1,
    itemId: 1,
    kind: 'photo',
    name: 'IMG_0001.jpg',
    type: 'image/jpeg',
    size: PHOTO_BYTES.length,
    addedAt: '2024-01-08T06:30:00.000Z',
    addedBy: '李四',
    blob: new Blob([PHOTO_BYTES], { type: 'image/jpeg' }),
  },
];

const SHIPPED_BELOW_NEWEST: readonly ShippedVersion[] = [
  {
    version: 1,
    declarations: [V1_STORES],
    fill: async (db) => {
      await db.table('imports').bulkAdd([v1Import]);
      await db.table('items').bulkAdd(v1Items);
      await db.table('events').bulkAdd(v1Events);
      await db.table('evidence').bulkAdd(v1Evidence());
    },
  },
  {
    version: 2,
    declarations: [V1_STORES, V2_STORES],
    fill: async (db) => {
      await db.table('imports').bulkAdd([v1Import]);
      // A v2 item with a 责任单位 (set by hand, stored but not indexed in v2) and one without.
      await db.table('items').bulkAdd([{ ...v1Items[0], unit: '城关镇国土所' }, v1Items[1]]);
      await db.table('events').bulkAdd([...v1Events, { id: 5, itemId: 1, at: '2024-01-09T01:00:00.000Z', who: '李四', kind: 'unit-changed', data: { kind: 'unit-changed', to: '城关镇国土所' } }]);
      await db.table('evidence').bulkAdd(v1Evidence());
      await db.table('settings').bulkAdd([{ key: 'operator', value: '李四' }]);
      await db.table('reviews').bulkAdd([{ id: 1, patchId: '370102202311A009', reason: '设施农用地', since: '2024-01-05', town: '新集镇', values: {}, checks: [] }]);
    },
  },
];

let dbCount = 0;
function uniqueName(): string {
  dbCount += 1;
  return `tuban-lint-migration-${dbCount}-${Math.random().toString(36).slice(2)}`;
}

/** Creates a database exactly as shipped version `shipped.version` would, fills it and closes it. */
async function createShipped(shipped: ShippedVersion, name: string): Promise<void> {
  const old = new Dexie(name);
  shipped.declarations.forEach((stores, i) => old.version(i + 1).stores(stores));
  await old.open();
  expect(old.verno).toBe(shipped.version);
  await old.transaction('rw', old.tables, () => shipped.fill(old));
  old.close();
}

describe('schema migrations', () => {
  it('has a case for every shipped version below SCHEMA_VERSION', () => {
    // A new version in schema.ts needs a case here for the version it replaces as the newest.
    expect(SHIPPED_BELOW_NEWEST.map((s) => s.version)).toEqual(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1));
    for (const shipped of SHIPPED_BELOW_NEWEST) expect(shipped.declarations).toHaveLength(shipped.version);
  });

  it('copies the v1 declaration exactly as schema.ts records it (history note and version(1))', () => {
    const source = readFileSync(new URL('./schema.ts', import.meta.url), 'utf8');
    const note = source.slice(0, source.indexOf('- v2'));
    for (const [table, stores] of Object.entries(V1_STORES)) {
      expect(note, `history note, ${table}`).toMatch(new RegExp(`${table}\\s+\`${stores.replace(/[[\]+]/gu, '\\$&')}\``, 'u'));
      expect(source, `version(1), ${table}`).toContain(`${table}: '${stores}'`);
    }
  });

  for (const shipped of SHIPPED_BELOW_NEWEST) {
    it(`opens a v${shipped.version} database with every row intact, the new tables present, at SCHEMA_VERSION`, async () => {
      const name = uniqueName();
      await createShipped(shipped, name);
      const before = new Dexie(name);
      await before.open(); // opens at the version on disk, whatever it is
      const rowsBefore = Object.fromEntries(await Promise.all(before.tables.map(async (t) => [t.name, await t.toArray()] as const)));
      before.close();

      const db = new TubanLintDb(name);
      try {
        await db.open();
        expect(db.verno).toBe(SCHEMA_VERSION);
        // Every table of today's schema exists; the older tables hold exactly their rows.
        const tableNames = db.tables.map((t) => t.name).sort();
        expect(tableNames).toEqual(['events', 'evidence', 'imports', 'items', 'mappings', 'reviews', 'settings']);
        for (const [table, rows] of Object.entries(rowsBefore)) {
          const after = await db.table(table).toArray();
          expect(after.map((r) => ({ ...r, blob: undefined })), table).toEqual((rows as object[]).map((r) => ({ ...r, blob: undefined })));
        }
        for (const table of tableNames.filter((t) => !(t in rowsBefore))) expect(await db.table(table).count(), table).toBe(0);

        if (shipped.version === 1) {
          // The photo's bytes and type survive.
          const photo = await db.evidence.get(1);
          expect(photo?.blob?.type).toBe('image/jpeg');
          expect(new Uint8Array((await photo?.blob?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(PHOTO_BYTES);
          // Indexes answer as before.
          expect((await db.items.where('patchId').equals('370102202311A002').first())?.id).toBe(2);
          expect(await db.items.where('state').equals('整改中').count()).toBe(1);
          expect(await db.items.where('plannedDate').below('2024-04-01').count()).toBe(1);
          expect(await db.events.where('[itemId+at]').between([1, ''], [1, '\uffff']).count()).toBe(3);
          expect(await db.evidence.where('[itemId+kind]').equals([1, 'photo']).count()).toBe(1);
          expect(await db.imports.orderBy('at').count()).toBe(1);
          // The new tables work, and the ledger goes on: new ids above the old ones.
          await db.settings.put({ key: 'operator', value: '王五' });
          await db.reviews.add({ patchId: '370102202311A009', reason: '设施农用地', since: '2024-01-05', values: {}, checks: [] });
          const moved = await transition(db, 1, '待验收', { who: '王五', at: '2024-02-01T00:00:00.000Z', setResolved: true });
          expect(moved.ok).toBe(true);
          expect((await db.events.orderBy(':id').last())?.id).toBe(6);
        }
        if (shipped.version === 2) {
          // v3's unit index covers the 责任单位 a v2 database already held, and new ones.
          expect(await db.items.where('unit').equals('城关镇国土所').primaryKeys()).toEqual([1]);
          expect(await db.reviews.where('[patchId+reason]').equals(['370102202311A009', '设施农用地']).count()).toBe(1);
          await db.items.update(2, { unit: '新集镇规划所' });
          expect(await db.items.where('unit').equals('新集镇规划所').primaryKeys()).toEqual([2]);
        }
      } finally {
        db.close();
        await db.delete();
      }
    });
  }
});
