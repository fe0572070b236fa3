import type { IsoDate } from '../../shared/model/dates';
import type { PatchRecord } from '../../shared/model/patch-record';
import type { Profile } from '../../shared/profiles/profile-schema';
import { detailOf, verdictOf } from '../../shared/rules/readings';
import { REVIEW_REASONS, type FiledValues, type ReviewReason, type ReviewSubject, type TubanLintDb } from '../db/schema';

/**
 * Periodic 复核 (S4; reports-and-ledger.md "after 销号"): patches judged 其他 as 设施农用地, 临时用地,
 * 农村道路 or 实地未变化 are re-checked on a cycle, and so are closed 拆除复耕 items (no 复建).
 */
const DETAIL_REASONS: ReadonlySet<string> = new Set(REVIEW_REASONS.filter((r) => r !== '拆除复耕'));

/** Why an imported record is under periodic 复核, if it is: its 具体情形 under the verdict 其他. */
export function reviewReasonOf(record: PatchRecord, profile: Profile): ReviewReason | undefined {
  if (verdictOf(record) !== '其他') return undefined;
  const detail = detailOf(record, profile);
  return detail !== undefined && DETAIL_REASONS.has(detail) ? (detail as ReviewReason) : undefined;
}

export interface NewReviewSubject {
  readonly patchId: string;
  readonly reason: ReviewReason;
  readonly values: FiledValues;
  readonly itemId?: number;
}

/**
 * Adds review subjects not yet registered (by 图斑编号 + reason) and refreshes the filed values and
 * 乡镇 of those that are; a subject's `since` and its checks are never rewritten here. Must run
 * inside the caller's transaction (it includes db.reviews).
 */
export async function registerReviewSubjects(db: TubanLintDb, subjects: readonly NewReviewSubject[], since: IsoDate, importId?: number): Promise<number> {
  if (subjects.length === 0) return 0;
  const existing = new Map((await db.reviews.toArray()).map((s) => [`${s.patchId}\u0000${s.reason}`, s]));
  const added: ReviewSubject[] = [];
  const refreshed: ReviewSubject[] = [];
  for (const s of subjects) {
    const key = `${s.patchId}\u0000${s.reason}`;
    const prior = existing.get(key);
    const town = s.values.town;
    if (prior === undefined) {
      const subject: ReviewSubject = {
        patchId: s.patchId,
        reason: s.reason,
        since,
        values: s.values,
        checks: [],
        ...(town !== undefined ? { town } : {}),
        ...(s.itemId !== undefined ? { itemId: s.itemId } : {}),
        ...(importId !== undefined ? { importId } : {}),
      };
      added.push(subject);
      existing.set(key, subject);
    } else if (prior.id !== undefined) {
      const { town: _town, ...rest } = prior;
      refreshed.push({ ...rest, values: s.values, ...(town !== undefined ? { town } : {}) });
    }
  }
  if (added.length > 0) await db.reviews.bulkAdd(added);
  if (refreshed.length > 0) await db.reviews.bulkPut(refreshed);
  return added.length;
}

/**
 * A closed 拆除复耕 item enters (or, closed again after a reopening, restarts) its 复核 cycle from the
 * 销号 date; earlier checks are kept. Inside the caller's transaction.
 */
export async function startReclaimReview(db: TubanLintDb, itemId: number, patchId: string, values: FiledValues, since: IsoDate): Promise<void> {
  const prior = await db.reviews.where('[patchId+reason]').equals([patchId, '拆除复耕']).first();
  const town = values.town;
  if (prior === undefined) {
    await db.reviews.add({ patchId, reason: '拆除复耕', since, itemId, values, checks: [], ...(town !== undefined ? { town } : {}) });
    return;
  }
  const { town: _town, ...rest } = prior;
  await db.reviews.put({ ...rest, since, itemId, values, ...(town !== undefined ? { town } : {}) });
}
