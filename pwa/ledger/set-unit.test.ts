import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { dbWithHandItem } from './ledger-test-helpers';
import { setUnit } from './set-unit';
import { transition } from './transition';

const T1 = '2024-01-10T08:00:00.000Z';
const T2 = '2024-01-11T08:00:00.000Z';

const newItem = () => dbWithHandItem(T1);

describe('setUnit', () => {
  it('sets 责任单位 and records from → to in one unit-changed event', async () => {
    const { db, itemId } = await newItem();
    const result = await setUnit(db, itemId, ' 城关镇国土所 ', {
      who: '李四',
      at: T2,
      reason: '镇政府指定',
    });
    expect(result).toEqual({ ok: true, changed: true });
    const item = await db.items.get(itemId);
    expect(item?.unit).toBe('城关镇国土所');
    expect(item?.updatedAt).toBe(T2);
    const events = await db.events.where('itemId').equals(itemId).sortBy('id');
    expect(events.at(-1)).toMatchObject({
      kind: 'unit-changed',
      who: '李四',
      at: T2,
      why: '镇政府指定',
      data: { kind: 'unit-changed', to: '城关镇国土所' },
    });
    expect(events.at(-1)?.data).not.toHaveProperty('from');
  });

  it('clears it with empty text (the 乡镇 is responsible again) and writes nothing when unchanged', async () => {
    const { db, itemId } = await newItem();
    await setUnit(db, itemId, '城关镇国土所', { who: '李四', at: T2 });
    expect(await setUnit(db, itemId, '城关镇国土所', { who: '李四', at: T2 })).toEqual({ ok: true, changed: false });
    expect(await setUnit(db, itemId, '  ', { who: '李四', at: T2 })).toEqual({
      ok: true,
      changed: true,
    });
    const item = await db.items.get(itemId);
    expect(item).not.toHaveProperty('unit');
    const kinds = (await db.events.where('itemId').equals(itemId).sortBy('id')).map((e) => e.data);
    expect(kinds).toHaveLength(3);
    expect(kinds[2]).toEqual({ kind: 'unit-changed', from: '城关镇国土所' });
  });

  it('refuses an 已销号 item and a missing one, changing nothing', async () => {
    const { db, itemId } = await newItem();
    await db.items.update(itemId, { state: '已销号' });
    const refused = await setUnit(db, itemId, '某单位', {
      who: '李四',
      at: T2,
    });
    expect(refused).toMatchObject({ ok: false, code: 'closed' });
    expect((await db.items.get(itemId))?.unit).toBeUndefined();
    expect(await setUnit(db, 999, '某单位', { who: '李四', at: T2 })).toMatchObject({ ok: false, code: 'not-found' });
    expect(await db.events.count()).toBe(1);
  });

  it('keeps the state and filed values', async () => {
    const { db, itemId } = await newItem();
    await transition(db, itemId, '整改中', { who: '李四', at: T2 });
    await setUnit(db, itemId, '某单位', { who: '李四', at: T2 });
    const item = await db.items.get(itemId);
    expect(item).toMatchObject({
      state: '整改中',
      town: '城关镇',
      values: { patchId: 'H001', town: '城关镇', rectMeasure: '拆除' },
    });
  });
});
