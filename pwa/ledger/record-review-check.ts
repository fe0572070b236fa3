import type { ReviewCheck, TubanLintDb } from '../db/schema';
import { isRefusal, ledgerTables, refuse, type Actor, type LedgerResult, type Refusal } from './ledger-common';
import { reopenItem } from './reopen-item';

export const REVIEW_OUTCOMES = ['无变化', '复建', '其他'] as const satisfies readonly ReviewCheck['outcome'][];

export interface ReviewCheckInput {
  readonly outcome: ReviewCheck['outcome'];
  /** What was seen; required for 复建 (it becomes the reason the item is reopened). */
  readonly note?: string;
}

export type ReviewCheckResult = LedgerResult<{
  readonly subjectId: number;
  /** The ledger item reopened by a 复建 (a 拆除复耕 subject whose item was 已销号). */
  readonly reopenedItemId?: number;
}>;

/** Thrown inside the transaction to roll back the appended check when the reopen is refused. */
class RolledBack extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.reason);
  }
}

/**
 * Records one periodic 复核 of a subject (S4 四(六)) in one transaction: the check is appended to the
 * subject's `checks` (never edited), and a 复建 found on a subject with a ledger item (a closed
 * 拆除复耕 item) reopens that item — back to 整改中 with a `reopened` event whose reason is the
 * note — inside the same transaction, so either both are stored or neither. An item already open
 * again stays as it is; the check is still recorded.
 */
export async function recordReviewCheck(db: TubanLintDb, subjectId: number, input: ReviewCheckInput, actor: Actor): Promise<ReviewCheckResult> {
  if (!(REVIEW_OUTCOMES as readonly string[]).includes(input.outcome)) return refuse('invalid-outcome', `复核结果“${String(input.outcome)}”无效：应为 无变化、复建 或 其他。`);
  const note = input.note?.trim() ?? '';
  if (input.outcome === '复建' && note === '') return refuse('note-required', '复核发现复建，须说明情况（位置、面积、现状），台账图斑将据此重新打开。');
  try {
    return await db.transaction('rw', [db.reviews, ...ledgerTables(db)], async () => {
      const subject = await db.reviews.get(subjectId);
      if (!subject) return refuse('not-found', `复核清单中没有编号为 ${subjectId} 的图斑。`);
      const check: ReviewCheck = { at: actor.at, who: actor.who, outcome: input.outcome, ...(note !== '' ? { note } : {}) };
      await db.reviews.update(subjectId, { checks: [...subject.checks, check] });
      if (input.outcome !== '复建' || subject.itemId === undefined) return { ok: true as const, subjectId };
      const item = await db.items.get(subject.itemId);
      if (item === undefined) throw new RolledBack(refuse('item-not-found', `复核图斑 ${subject.patchId} 对应的台账图斑已不存在，无法重新打开；复核未记录。`));
      if (item.state !== '已销号') return { ok: true as const, subjectId };
      const reopened = await reopenItem(db, subject.itemId, { who: actor.who, at: actor.at, reason: note });
      if (isRefusal(reopened)) throw new RolledBack(reopened);
      return { ok: true as const, subjectId, reopenedItemId: subject.itemId };
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.refusal;
    throw error;
  }
}
