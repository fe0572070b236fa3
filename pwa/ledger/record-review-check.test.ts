import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { LedgerItem, ReviewCheck, ReviewSubject, TubanLintDb } from '../db/schema';
import { freshDb } from './ledger-test-helpers';
import { recordReviewCheck } from './record-review-check';

const AT = '2024-06-03T02:00:00.000Z';
const actor = { who: '王五', at: AT };

async function closedItem(db: TubanLintDb, state: LedgerItem['state'] = '已销号'): Promise<number> {
  return (await db.items.add({
    patchId: 'C001',
    town: '城关镇',
    state,
    values: { patchId: 'C001', town: '城关镇', rectMeasure: '拆除复耕', rectResolved: '是' },
    source: { kind: 'hand' },
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  })) as number;
}

async function subject(db: TubanLintDb, fields: Partial<ReviewSubject> = {}): Promise<number> {
  return (await db.reviews.add({ patchId: 'C001', reason: '拆除复耕', town: '城关镇', since: '2024-01-15', values: {}, checks: [], ...fields })) as number;
}

async function checksOf(db: TubanLintDb, id: number): Promise<readonly ReviewCheck[]> {
  return (await db.reviews.get(id))?.checks ?? [];
}

describe('recordReviewCheck', () => {
  it('无变化: appends the check, leaves the ledger alone', async () => {
    const db = freshDb();
    const itemId = await closedItem(db);
    const id = await subject(db, { itemId });
    const result = await recordReviewCheck(db, id, { outcome: '无变化', note: '  复耕作物长势正常 ' }, actor);
    expect(result).toEqual({ ok: true, subjectId: id });
    expect(await checksOf(db, id)).toEqual([{ at: AT, who: '王五', outcome: '无变化', note: '复耕作物长势正常' }]);
    expect((await db.items.get(itemId))?.state).toBe('已销号');
    expect(await db.events.count()).toBe(0);
  });

  it('appends, never replaces: a second check keeps the first', async () => {
    const db = freshDb();
    const id = await subject(db, { reason: '临时用地' });
    await recordReviewCheck(db, id, { outcome: '无变化' }, actor);
    await recordReviewCheck(db, id, { outcome: '其他', note: '已到期，督促复垦' }, { who: '赵六', at: '2024-12-01T02:00:00.000Z' });
    expect((await checksOf(db, id)).map((c) => [c.who, c.outcome])).toEqual([
      ['王五', '无变化'],
      ['赵六', '其他'],
    ]);
  });

  it('复建 on a closed 拆除复耕 item: the check and the reopen land together', async () => {
    const db = freshDb();
    const itemId = await closedItem(db);
    const id = await subject(db, { itemId });
    const result = await recordReviewCheck(db, id, { outcome: '复建', note: '原址新建彩钢棚约200平方米' }, actor);
    expect(result).toEqual({ ok: true, subjectId: id, reopenedItemId: itemId });
    const item = await db.items.get(itemId);
    expect(item?.state).toBe('整改中');
    expect(item?.values.rectResolved).toBe('否');
    const events = await db.events.where('itemId').equals(itemId).toArray();
    expect(events.map((e) => [e.kind, e.who, e.at, e.why])).toEqual([['reopened', '王五', AT, '原址新建彩钢棚约200平方米']]);
    expect((await checksOf(db, id)).map((c) => c.outcome)).toEqual(['复建']);
  });

  it('复建 on an item already open again records the check only', async () => {
    const db = freshDb();
    const itemId = await closedItem(db, '整改中');
    const id = await subject(db, { itemId });
    expect(await recordReviewCheck(db, id, { outcome: '复建', note: '仍未拆除' }, actor)).toEqual({ ok: true, subjectId: id });
    expect(await db.events.count()).toBe(0);
    expect(await checksOf(db, id)).toHaveLength(1);
  });

  it('复建 on a subject without a ledger item (实地未变化) records the check only', async () => {
    const db = freshDb();
    const id = await subject(db, { reason: '实地未变化', patchId: 'U009' });
    expect(await recordReviewCheck(db, id, { outcome: '复建', note: '发现新增建筑' }, actor)).toEqual({ ok: true, subjectId: id });
    expect(await db.items.count()).toBe(0);
  });

  it('refuses 复建 without a note, an unknown outcome and an unknown subject, storing nothing', async () => {
    const db = freshDb();
    const itemId = await closedItem(db);
    const id = await subject(db, { itemId });
    expect(await recordReviewCheck(db, id, { outcome: '复建', note: '  ' }, actor)).toMatchObject({ ok: false, code: 'note-required' });
    expect(await recordReviewCheck(db, id, { outcome: '拆了' as ReviewCheck['outcome'] }, actor)).toMatchObject({ ok: false, code: 'invalid-outcome' });
    expect(await recordReviewCheck(db, 999, { outcome: '无变化' }, actor)).toMatchObject({ ok: false, code: 'not-found' });
    expect(await checksOf(db, id)).toEqual([]);
    expect((await db.items.get(itemId))?.state).toBe('已销号');
  });

  it('a 复建 whose item is gone is refused and the check rolled back', async () => {
    const db = freshDb();
    const id = await subject(db, { itemId: 4242 });
    expect(await recordReviewCheck(db, id, { outcome: '复建', note: '复建' }, actor)).toMatchObject({ ok: false, code: 'item-not-found' });
    expect(await checksOf(db, id)).toEqual([]);
  });

  it('one transaction: a failure while reopening leaves neither the check nor the reopen', async () => {
    const db = freshDb();
    const itemId = await closedItem(db);
    const id = await subject(db, { itemId });
    db.events.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(recordReviewCheck(db, id, { outcome: '复建', note: '复建' }, actor)).rejects.toThrow('disk full');
    expect(await checksOf(db, id)).toEqual([]);
    expect((await db.items.get(itemId))?.state).toBe('已销号');
  });
});
