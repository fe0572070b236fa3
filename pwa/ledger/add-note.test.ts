import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addItemByHand } from './add-item-by-hand';
import { addNote } from './add-note';
import { freshDb } from './ledger-test-helpers';

const T1 = '2024-01-10T08:00:00.000Z';
const T2 = '2024-01-11T08:00:00.000Z';

describe('addNote', () => {
  it('appends a trimmed note event and leaves the item as it was', async () => {
    const db = freshDb();
    const added = await addItemByHand(db, { patchId: 'H001', town: '城关镇' }, { who: '张三', at: T1 });
    if (!added.ok) throw new Error(added.reason);
    const before = await db.items.get(added.itemId);
    expect(
      await addNote(db, added.itemId, '  已约谈当事人，承诺月底前拆除。 ', {
        who: '李四',
        at: T2,
      }),
    ).toEqual({ ok: true });
    expect(await db.items.get(added.itemId)).toEqual(before);
    const events = await db.events.where('itemId').equals(added.itemId).sortBy('id');
    expect(events.at(-1)).toMatchObject({
      kind: 'note',
      who: '李四',
      at: T2,
      data: { kind: 'note', text: '已约谈当事人，承诺月底前拆除。' },
    });
  });

  it('refuses an empty note and a missing item', async () => {
    const db = freshDb();
    expect(await addNote(db, 1, '   ', { who: '李四', at: T2 })).toMatchObject({
      ok: false,
      code: 'note-empty',
    });
    expect(await addNote(db, 1, '备注', { who: '李四', at: T2 })).toMatchObject({ ok: false, code: 'not-found' });
    expect(await db.events.count()).toBe(0);
  });
});
