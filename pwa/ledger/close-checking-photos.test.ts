import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { jpegWithExif, type ExifSpec } from '../../tests/support/jpeg-with-exif';
import { addItemByHand, attachEvidence } from './index';
import { closeItemCheckingPhotos, evidencePhotoFindings } from './close-checking-photos';
import { removeEvidence } from './remove-evidence';
import { freshDb, PROFILE } from './ledger-test-helpers';

const who = { who: '李四', at: '2024-03-20T08:00:00.000Z' };
const closeOpts = { ...who, profile: PROFILE, asOf: '2024-03-20' };

function photoWith(name: string, exif: ExifSpec | undefined) {
  return { kind: 'photo' as const, name, blob: new Blob([jpegWithExif(exif)], { type: 'image/jpeg' }) };
}

async function demolishedItem() {
  const db = freshDb();
  const added = await addItemByHand(db, { patchId: 'P1', rectResolved: '是', rectMeasure: '拆除', rectDate: '2024-03-10', reclaimCertNo: '到位证明〔2024〕1号', centerX: '117', centerY: '36' }, { who: '王五', at: '2024-03-01T08:00:00.000Z' });
  if (!added.ok) throw new Error(added.reason);
  const good = { dateTimeOriginal: '2024:03:11 10:00:00', offsetTimeOriginal: '+08:00', latitude: 36.0002, longitude: 117.0002 };
  await attachEvidence(db, added.itemId, photoWith('拆除后.jpg', good), who);
  return { db, id: added.itemId };
}

describe('销号 with the evidence photos checked (issue 14)', () => {
  it('photos without findings: 销号 as before, nothing to confirm', async () => {
    const { db, id } = await demolishedItem();
    expect(await evidencePhotoFindings(db, id, PROFILE)).toEqual([]);
    expect(await closeItemCheckingPhotos(db, id, closeOpts)).toMatchObject({ ok: true, photoCount: 1 });
    const closed = await db.events.where('itemId').equals(id).filter((e) => e.kind === 'closed').first();
    expect(closed?.data).not.toHaveProperty('confirmedPhotoFindings');
  });

  it('photo findings are listed to confirm and change nothing; confirmed, 销号 records them', async () => {
    const { db, id } = await demolishedItem();
    await attachEvidence(db, id, photoWith('整改前.jpg', { dateTimeOriginal: '2024:03:01 10:00:00', latitude: 36, longitude: 117 }), who);
    await attachEvidence(db, id, photoWith('别处.jpg', { dateTimeOriginal: '2024:03:12 10:00:00', latitude: 36.1, longitude: 117 }), who);
    await attachEvidence(db, id, photoWith('截图.jpg', undefined), who);

    const first = await closeItemCheckingPhotos(db, id, closeOpts);
    expect(first).toMatchObject({ ok: false, code: 'photo-findings-to-confirm' });
    const listed = !first.ok && 'photoFindings' in first ? first.photoFindings : [];
    expect(listed.map((f) => [f.name, f.ruleId])).toEqual([
      ['整改前.jpg', 'photo-before-rectification'],
      ['别处.jpg', 'photo-gps-far'],
      ['截图.jpg', 'photo-no-exif'],
    ]);
    expect((await db.items.get(id))?.state).toBe('待验收');

    const confirmed = await closeItemCheckingPhotos(db, id, { ...closeOpts, photoFindingsConfirmed: true });
    expect(confirmed).toMatchObject({ ok: true, photoCount: 4 });
    expect((await db.items.get(id))?.state).toBe('已销号');
    const closed = await db.events.where('itemId').equals(id).filter((e) => e.kind === 'closed').first();
    const recorded = closed?.data.kind === 'closed' ? (closed.data.confirmedPhotoFindings ?? []) : [];
    expect(recorded.map((f) => f.ruleId)).toEqual(['photo-before-rectification', 'photo-gps-far', 'photo-no-exif']);
    expect(recorded[1]?.data).toMatchObject({ limitM: 500, direction: '北' });
  });

  it('removed photos are not checked', async () => {
    const { db, id } = await demolishedItem();
    const added = await attachEvidence(db, id, photoWith('截图.jpg', undefined), who);
    expect((await evidencePhotoFindings(db, id, PROFILE)).map((f) => f.ruleId)).toEqual(['photo-no-exif']);
    if (!added.ok) throw new Error(added.reason);
    await removeEvidence(db, added.evidenceId, who);
    expect(await evidencePhotoFindings(db, id, PROFILE)).toEqual([]);
  });
});
