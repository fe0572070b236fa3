import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { dbWithHandItem } from './ledger-test-helpers';
import { saveItemEdits } from './save-item-edits';

const T1 = '2024-01-10T08:00:00.000Z';
const T2 = '2024-01-11T08:00:00.000Z';

const newItem = () => dbWithHandItem(T1);

describe('saveItemEdits', () => {
  it('saves filed fields and 责任单位 together, one event each, with the reason', async () => {
    const { db, itemId } = await newItem();
    const result = await saveItemEdits(
      db,
      itemId,
      {
        values: { rectMeasure: '拆除复耕', rectPlannedDate: '2024-03-31' },
        unit: '县交通局',
      },
      { who: '李四', at: T2, reason: '镇政府会议决定' },
    );
    expect(result).toMatchObject({ ok: true, unitChanged: true });
    const item = await db.items.get(itemId);
    expect(item).toMatchObject({
      unit: '县交通局',
      plannedDate: '2024-03-31',
      values: { rectMeasure: '拆除复耕', rectPlannedDate: '2024-03-31' },
    });
    const events = (await db.events.where('itemId').equals(itemId).sortBy('id')).slice(1);
    expect(events.map((e) => [e.kind, e.why])).toEqual([
      ['updated', '镇政府会议决定'],
      ['unit-changed', '镇政府会议决定'],
    ]);
  });

  it('leaves 责任单位 alone when not given, and writes nothing when nothing changed', async () => {
    const { db, itemId } = await newItem();
    expect(await saveItemEdits(db, itemId, { values: { rectMeasure: '拆除' } }, { who: '李四', at: T2 })).toEqual({ ok: true, changes: [], unitChanged: false });
    expect(await db.events.count()).toBe(1);
  });

  it('saves neither half when one is refused', async () => {
    const { db, itemId } = await newItem();
    const refused = await saveItemEdits(db, itemId, { values: { patchId: 'OTHER' }, unit: '县交通局' }, { who: '李四', at: T2 });
    expect(refused).toMatchObject({ ok: false, code: 'patch-id-fixed' });
    await db.items.update(itemId, { state: '已销号' });
    expect(await saveItemEdits(db, itemId, { values: {}, unit: '县交通局' }, { who: '李四', at: T2 })).toMatchObject({ ok: false, code: 'closed' });
    const item = await db.items.get(itemId);
    expect(item?.unit).toBeUndefined();
    expect(await db.events.count()).toBe(1);
  });
});
