import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FieldId } from '../../shared/model/field-dictionary';
import type { TubanLintDb } from '../db/schema';
import { addItemByHand, attachEvidence, editItem, importViolations, moveToAcceptance, transition, undoImport } from './index';
import { freshDb, importOptions, sheetRow } from './ledger-test-helpers';

// Issue 12 items 4 and 6: a re-import proposes moves to 待验收; every import can be undone.

const T1 = '2024-01-10T08:00:00.000Z';
const T2 = '2024-02-10T08:00:00.000Z';
const T3 = '2024-02-11T08:00:00.000Z';
const PRESENT: FieldId[] = ['patchId', 'town', 'verdict', 'rectMeasure', 'rectResolved', 'rectPlannedDate', 'verdictDetail'];

const january = [
  sheetRow(3, { patchId: 'A1', town: '城关镇', verdict: '违法', rectMeasure: '拆除', rectResolved: '否', rectPlannedDate: '2024-03-31' }, PRESENT),
  sheetRow(4, { patchId: 'A2', town: '新集镇', verdict: '违法', rectMeasure: '补办手续', rectResolved: '否' }, PRESENT),
];
const february = [
  sheetRow(3, { patchId: 'A1', town: '城关镇', verdict: '违法', rectMeasure: '拆除', rectResolved: '是', rectPlannedDate: '2024-03-31' }, PRESENT),
  sheetRow(4, { patchId: 'A2', town: '新集镇', verdict: '违法', rectMeasure: '补办手续', rectResolved: '否', rectPlannedDate: '2024-04-30' }, PRESENT),
  sheetRow(5, { patchId: 'A3', town: '新集镇', verdict: '违法', rectMeasure: '拆除', rectResolved: '否' }, PRESENT),
  sheetRow(6, { patchId: 'B1', town: '新集镇', verdict: '其他', verdictDetail: '设施农用地' }, PRESENT),
];

async function dump(db: TubanLintDb) {
  return { items: await db.items.toArray(), reviews: await db.reviews.toArray() };
}

describe('a re-import that says a patch is resolved', () => {
  it('lists the open item as ready for 验收 without moving it, and 全部转为待验收 moves it with the import as reason', async () => {
    const db = freshDb();
    await importViolations(db, january, importOptions(T1));
    const second = await importViolations(db, february, importOptions(T2));
    expect(second.readyForAcceptance.map((r) => r.patchId)).toEqual(['A1']);
    const a1 = second.readyForAcceptance[0]?.itemId as number;
    expect((await db.items.get(a1))?.state).toBe('待整改');
    expect((await db.imports.get(second.importId))?.readyForAcceptance).toEqual([a1]);

    const moved = await moveToAcceptance(db, second.importId, [a1], { who: '李四', at: T3 });
    expect(moved).toMatchObject({ ok: true, moved: [a1], skipped: [] });
    expect((await db.items.get(a1))?.state).toBe('待验收');
    const last = (await db.events.where('itemId').equals(a1).toArray()).at(-1);
    expect(last?.data).toEqual({ kind: 'transition', from: '待整改', to: '待验收', importId: second.importId });
    expect(last?.why).toContain('县级卫片执法图斑.xlsx');
    // Asked again: nothing left to move.
    expect(await moveToAcceptance(db, second.importId, [a1], { who: '李四', at: T3 })).toMatchObject({ ok: true, moved: [], skipped: [a1] });
  });

  it('a dry run reports the same counts and keeps nothing', async () => {
    const db = freshDb();
    await importViolations(db, january, importOptions(T1));
    const before = await dump(db);
    const preview = await importViolations(db, february, { ...importOptions(T2), dryRun: true });
    expect(preview.created).toHaveLength(1);
    expect(preview.updated).toHaveLength(2);
    expect(await dump(db)).toEqual(before);
    expect(await db.imports.count()).toBe(1);
  });
});

describe('提交验收', () => {
  it('requires 是否消除违法状态 = 是, or the user confirming it (recorded before the move)', async () => {
    const db = freshDb();
    const added = await addItemByHand(db, { patchId: 'H1', rectMeasure: '拆除', rectResolved: '否' }, { who: '张三', at: T1 });
    if (!added.ok) throw new Error(added.reason);
    await transition(db, added.itemId, '整改中', { who: '张三', at: T1 });
    expect(await transition(db, added.itemId, '待验收', { who: '张三', at: T2 })).toMatchObject({ ok: false, code: 'not-resolved' });
    expect(await transition(db, added.itemId, '待验收', { who: '张三', at: T2, setResolved: true })).toMatchObject({ ok: true });
    const item = await db.items.get(added.itemId);
    expect(item).toMatchObject({ state: '待验收', values: { rectResolved: '是' } });
    const kinds = (await db.events.where('itemId').equals(added.itemId).toArray()).map((e) => e.kind);
    expect(kinds.slice(-2)).toEqual(['updated', 'transition']);
  });
});

describe('撤销本次导入', () => {
  it('leaves the ledger exactly as before the import: created items gone, changed ones restored, moves and 复核 taken back', async () => {
    const db = freshDb();
    await importViolations(db, january, importOptions(T1));
    const before = await dump(db);
    const second = await importViolations(db, february, importOptions(T2));
    await moveToAcceptance(db, second.importId, second.readyForAcceptance.map((r) => r.itemId), { who: '李四', at: T3 });
    const undone = await undoImport(db, second.importId, { who: '李四', at: '2024-02-12T08:00:00.000Z' });
    expect(undone).toMatchObject({ ok: true, removed: 1, restored: 2, movesUndone: 1, reviewsRemoved: 1 });
    expect(await dump(db)).toEqual(before);
    expect(await db.imports.get(second.importId)).toMatchObject({ undoneBy: '李四' });
    // The history of the restored items records the undo; undoing twice is refused.
    const a1 = second.readyForAcceptance[0]?.itemId as number;
    const history = (await db.events.where('itemId').equals(a1).toArray()).map((e) => e.data.kind);
    expect(history).toEqual(['created', 'updated', 'transition', 'updated', 'transition']);
    expect(await undoImport(db, second.importId, { who: '李四', at: T3 })).toMatchObject({ ok: false, code: 'already-undone' });
    // The same sheet imported again creates and updates as the first time.
    const again = await importViolations(db, february, importOptions(T3));
    expect(again.created).toHaveLength(1);
    expect(again.updated).toHaveLength(2);
  });

  it('undoes a first import to an empty ledger', async () => {
    const db = freshDb();
    const first = await importViolations(db, february, importOptions(T1));
    expect(await undoImport(db, first.importId, { who: '李四', at: T2 })).toMatchObject({ ok: true, removed: 3 });
    expect(await dump(db)).toEqual({ items: [], reviews: [] });
    expect(await db.events.count()).toBe(0);
  });

  it('is refused when an item of the import changed afterwards, and changes nothing', async () => {
    const db = freshDb();
    const first = await importViolations(db, january, importOptions(T1));
    const id = first.created[0] as number;
    await editItem(db, id, { remark: '已约谈' }, { who: '王五', at: T2 });
    const snapshot = await dump(db);
    expect(await undoImport(db, first.importId, { who: '李四', at: T3 })).toMatchObject({ ok: false, code: 'changed-since' });
    expect(await dump(db)).toEqual(snapshot);
    await attachEvidence(db, first.created[1] as number, { kind: 'photo', name: 'a.jpg', blob: new Blob(['x']) }, { who: '王五', at: T2 });
    expect(await undoImport(db, first.importId, { who: '李四', at: T3 })).toMatchObject({ ok: false, code: 'changed-since' });
  });
});
