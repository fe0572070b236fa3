import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FieldId } from '../../shared/model/field-dictionary';
import { blockingRuleTexts } from '../ui/ledger/close-refusal-text';
import { addItemByHand, attachEvidence, closeItem, editItem } from './index';
import { freshDb, photo, PROFILE } from './ledger-test-helpers';
import type { TubanLintDb } from '../db/schema';

// Review findings on 销号 (issue 5 item 3): a fined case whose fine is not collected, and the date a
// 拆除复耕 item's 复核 cycle starts from.

const T1 = '2024-01-10T08:00:00.000Z';
const who = { who: '李四', at: '2024-03-01T08:00:00.000Z' };
const closeOpts = { ...who, profile: PROFILE, asOf: '2024-03-01' };

async function readyItem(db: TubanLintDb, values: Partial<Record<FieldId, string>>): Promise<number> {
  const added = await addItemByHand(db, { patchId: 'F001', rectResolved: '是', rectMeasure: '罚款', ...values }, { who: '王五', at: T1 });
  if (!added.ok) throw new Error(added.reason);
  return added.itemId;
}

function blockingIds(result: Awaited<ReturnType<typeof closeItem>>): string[] {
  return !result.ok && 'blocking' in result ? (result.blocking ?? []).map((b) => b.ruleId) : [];
}

describe('销号 of a fined case', () => {
  it('is blocked while the fine is not collected in full, and allowed once it is', async () => {
    const db = freshDb();
    const id = await readyItem(db, { fineAmount: '50000', penaltyNo: '某自然资罚〔2024〕1号' });
    const unpaid = await closeItem(db, id, closeOpts);
    expect(blockingIds(unpaid)).toEqual(['fine-collected-before-close']);
    // The refusal is shown in words, from the rule's own template.
    const text = !unpaid.ok && 'blocking' in unpaid ? blockingRuleTexts(unpaid.blocking ?? []) : [];
    expect(text[0]?.messages).toEqual(['罚款金额 50000 元，罚款收缴金额未填或无法辨认，不能销号。']);

    await editItem(db, id, { fineCollected: '20000' }, who);
    const partly = await closeItem(db, id, closeOpts);
    expect(partly).toMatchObject({ ok: false, code: 'rules-block', blocking: [{ ruleId: 'fine-collected-before-close', messageId: 'short', data: { fineAmount: 50_000, fineCollected: 20_000 } }] });
    expect((await db.items.get(id))?.state).toBe('待验收');

    await editItem(db, id, { fineCollected: '5万元' }, who);
    expect(await closeItem(db, id, closeOpts)).toMatchObject({ ok: true });
    expect((await db.items.get(id))?.state).toBe('已销号');
  });

  it('does not block an item without a fine', async () => {
    const db = freshDb();
    const id = await readyItem(db, { rectMeasure: '没收' });
    expect(await closeItem(db, id, closeOpts)).toMatchObject({ ok: true });
  });
});

describe('销号 of a 拆除复耕 item', () => {
  it('starts the 复核 cycle on the local date of the 销号, not the UTC date', async () => {
    const db = freshDb();
    const id = await readyItem(db, { rectMeasure: '拆除复耕', reclaimCertNo: '复耕证明〔2024〕3号' });
    await attachEvidence(db, id, photo(), who);
    // 00:30 on 5 March where the office is: in UTC+8 that is still 4 March in UTC.
    const at = new Date(2024, 2, 5, 0, 30).toISOString();
    expect(await closeItem(db, id, { ...closeOpts, at, asOf: '2024-03-05' })).toMatchObject({ ok: true });
    const subject = await db.reviews.where('[patchId+reason]').equals(['F001', '拆除复耕']).first();
    expect(subject?.since).toBe('2024-03-05');
  });
});

describe('销号 with evidence already filed (issue 12 item 5)', () => {
  it('counts the sheet’s 照片数 as photos the platform has, and records that the gate relied on them', async () => {
    const db = freshDb();
    const noPhotos = await readyItem(db, { rectMeasure: '拆除' });
    // 拆除 is of the demolition class: its photos and its 到位证明 are both due (rules.md, issue 10).
    expect(blockingIds(await closeItem(db, noPhotos, closeOpts))).toEqual(['photo-required-for-demolition', 'reclaim-certificate-required']);
    const filed = await addItemByHand(db, { patchId: 'F002', rectResolved: '是', rectMeasure: '拆除', photoCount: '4', reclaimCertNo: '到位证明〔2024〕2号' }, { who: '王五', at: T1 });
    if (!filed.ok) throw new Error(filed.reason);
    expect(await closeItem(db, filed.itemId, closeOpts)).toMatchObject({ ok: true, photoCount: 4, platformPhotos: 4 });
    const closed = (await db.events.where('itemId').equals(filed.itemId).toArray()).at(-1);
    expect(closed?.data).toMatchObject({ kind: 'closed', photoCount: 4, platformPhotos: 4 });
  });

  it('takes a 到位证明 document for the 拆除复耕到位证明, and a plain document not', async () => {
    const db = freshDb();
    const id = await readyItem(db, { rectMeasure: '拆除复耕', photoCount: '5' });
    const pdf = new Blob(['%PDF-1.4'], { type: 'application/pdf' });
    await attachEvidence(db, id, { kind: 'document', name: '说明.pdf', blob: pdf }, who);
    expect(blockingIds(await closeItem(db, id, closeOpts))).toEqual(['reclaim-certificate-required']);
    await attachEvidence(db, id, { kind: 'document', name: '到位证明.pdf', blob: pdf, docType: '到位证明' }, who);
    expect(await closeItem(db, id, closeOpts)).toMatchObject({ ok: true, certificateDocument: '到位证明.pdf' });
    const closed = (await db.events.where('itemId').equals(id).toArray()).at(-1);
    expect(closed?.data).toMatchObject({ kind: 'closed', certificateDocument: '到位证明.pdf' });
  });
});
