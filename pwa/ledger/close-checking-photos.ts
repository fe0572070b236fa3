/**
 * 销号 with the photo evidence checked (issue 14): every photo held for the item is read (EXIF
 * time and GPS) and the photo rules run against the item's patch (中心点, 是否消除违法状态,
 * 整改完成时间). Photo findings do not block — the platform may hold other photos — but they are
 * listed for the user to confirm, and the confirmation is recorded in the 销号 event.
 *
 * The photos are read before the 销号 transaction, not in it: IndexedDB commits a transaction
 * that waits on anything else (reading a Blob, exifr).
 */
import { buildRecord } from '../../shared/model/patch-record';
import { checkPhotoBytes } from '../../shared/photo/check-photo';
import { exifHeadLength } from '../../shared/photo/exif-head';
import { PhotoPatchIndex } from '../../shared/photo/photo-patch';
import type { Profile } from '../../shared/profiles/profile-schema';
import type { EvidenceRow, FiledValues, PhotoFindingRecord, TubanLintDb } from '../db/schema';
import { closeItem, type CloseOptions, type CloseResult } from './close-item';

/** The photo findings of one evidence photo of an item (its patch known: a ledger photo is never unmatched). */
export async function checkEvidencePhoto(row: EvidenceRow, item: { readonly patchId: string; readonly values: FiledValues }, profile: Profile): Promise<PhotoFindingRecord[]> {
  if (row.id === undefined || !row.blob || row.kind !== 'photo') return [];
  const patches = new PhotoPatchIndex();
  patches.add(item.patchId, buildRecord({ ...item.values }));
  const patch = patches.get(item.patchId.trim());
  const head = row.blob.slice(0, exifHeadLength(row.name, row.type, row.blob.size));
  const checked = await checkPhotoBytes(row.name, new Uint8Array(await head.arrayBuffer()), patch, { profile });
  const evidenceId = row.id;
  return checked.findings.map((f) => ({ evidenceId, name: row.name, ruleId: f.ruleId, severity: f.severity, messageId: f.messageId, data: f.data }));
}

/** The photo findings of every photo an item still holds, in the order the photos were added. */
export async function evidencePhotoFindings(db: TubanLintDb, itemId: number, profile: Profile): Promise<PhotoFindingRecord[]> {
  const item = await db.items.get(itemId);
  if (!item) return [];
  const photos = await db.evidence
    .where('[itemId+kind]')
    .equals([itemId, 'photo'])
    .filter((e) => e.removedAt === undefined)
    .sortBy('id');
  const out: PhotoFindingRecord[] = [];
  for (const row of photos) out.push(...(await checkEvidencePhoto(row, item, profile)));
  return out;
}

export type CloseCheckingPhotosResult = CloseResult | { readonly ok: false; readonly code: 'photo-findings-to-confirm'; readonly reason: string; readonly photoFindings: readonly PhotoFindingRecord[] };

/**
 * 销号 after the photo check: with photo findings and no confirmation, nothing changes and the
 * findings come back to be confirmed; confirmed (the same findings), 销号 runs its rules and
 * records the confirmed findings with the 销号.
 */
export async function closeItemCheckingPhotos(db: TubanLintDb, itemId: number, options: CloseOptions & { readonly photoFindingsConfirmed?: boolean }): Promise<CloseCheckingPhotosResult> {
  const photoFindings = await evidencePhotoFindings(db, itemId, options.profile);
  if (photoFindings.length > 0 && options.photoFindingsConfirmed !== true) {
    return { ok: false, code: 'photo-findings-to-confirm', reason: `现场照片有 ${photoFindings.length} 个问题（警告，不阻止销号），请逐一核实后确认销号。`, photoFindings };
  }
  const { photoFindingsConfirmed: _confirmed, ...closeOptions } = options;
  return closeItem(db, itemId, { ...closeOptions, ...(photoFindings.length > 0 ? { confirmedPhotoFindings: photoFindings } : {}) });
}
