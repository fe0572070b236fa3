import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addItemByHand } from './add-item-by-hand';
import { attachEvidenceFiles } from './attach-evidence-files';
import { freshDb, photo } from './ledger-test-helpers';

const T1 = '2024-01-10T08:00:00.000Z';
const T2 = '2024-01-11T08:00:00.000Z';

async function newItem() {
  const db = freshDb();
  const added = await addItemByHand(db, { patchId: 'H001' }, { who: '张三', at: T1 });
  if (!added.ok) throw new Error(added.reason);
  return { db, itemId: added.itemId };
}

describe('attachEvidenceFiles', () => {
  it('stores every file picked together, each with its event', async () => {
    const { db, itemId } = await newItem();
    const result = await attachEvidenceFiles(
      db,
      itemId,
      [
        photo('a.jpg'),
        photo('b.jpg'),
        {
          kind: 'document',
          name: '验收意见.pdf',
          blob: new Blob(['%PDF'], { type: 'application/pdf' }),
        },
      ],
      { who: '李四', at: T2 },
    );
    expect(result.ok).toBe(true);
    const rows = await db.evidence.where('itemId').equals(itemId).sortBy('id');
    expect(rows.map((r) => [r.kind, r.name, r.addedBy])).toEqual([
      ['photo', 'a.jpg', '李四'],
      ['photo', 'b.jpg', '李四'],
      ['document', '验收意见.pdf', '李四'],
    ]);
    expect(result.ok && result.evidenceIds).toEqual(rows.map((r) => r.id));
    expect((await db.events.toArray()).filter((e) => e.kind === 'evidence-added')).toHaveLength(3);
  });

  it('stores none when one of them is refused', async () => {
    const { db, itemId } = await newItem();
    const result = await attachEvidenceFiles(db, itemId, [photo('a.jpg'), photo('  ')], { who: '李四', at: T2 });
    expect(result).toMatchObject({ ok: false, code: 'name-required' });
    expect(await db.evidence.count()).toBe(0);
    expect(await db.events.count()).toBe(1);
  });

  it('refuses an empty pick and a missing item', async () => {
    const { db } = await newItem();
    expect(await attachEvidenceFiles(db, 1, [], { who: '李四', at: T2 })).toMatchObject({ ok: false, code: 'no-files' });
    expect(await attachEvidenceFiles(db, 42, [photo()], { who: '李四', at: T2 })).toMatchObject({ ok: false, code: 'not-found' });
    expect(await db.evidence.count()).toBe(0);
  });
});
