import type { LedgerState, TubanLintDb } from '../db/schema';
import { appendEvent, applyChanges, diffValues, indexedColumnsOf, isRefusal, isResolvedText, ledgerTables, loadItem, refuse, type Actor, type LedgerResult, type Refusal } from './ledger-common';

export interface TransitionOptions extends Actor {
  readonly reason?: string;
  /**
   * 提交验收 when 是否消除违法状态 is not 是: the user confirms it is, and the field is set to 是 in
   * the same transaction (recorded as an `updated` event before the move).
   */
  readonly setResolved?: boolean;
}

/** The filed value 提交验收 writes when the user confirms the violation is resolved. */
const RESOLVED_TEXT = '是';

/**
 * The moves `transition` makes (reports-and-ledger.md): 待整改 → 整改中 → 待验收, and a rejected 验收
 * back from 待验收 to 整改中 (with a reason). 销号 (→ 已销号) goes through `closeItem`, which checks the
 * rectification rules; leaving 已销号 goes through `reopenItem` (复核 finds 复建).
 */
const MOVES: Readonly<Record<LedgerState, readonly LedgerState[]>> = {
  待整改: ['整改中'],
  整改中: ['待验收'],
  待验收: ['整改中'],
  已销号: [],
};

/** Whether `transition` moves an item from one state to another; a refusal (zh-CN) when not. */
export function checkMove(from: LedgerState, to: LedgerState, reason: string | undefined): Refusal | undefined {
  if (to === '已销号') return refuse('close-via-close-item', '销号须经整改规则校核，请使用“销号”操作。');
  if (from === '已销号') return refuse('reopen-via-reopen-item', '已销号图斑须经复核“重新打开”后才能继续整改。');
  if (from === to) return refuse('same-state', `该图斑已是“${to}”状态。`);
  if (!MOVES[from].includes(to)) return refuse('invalid-transition', `不能从“${from}”直接改为“${to}”：台账状态依次为 待整改 → 整改中 → 待验收 → 已销号。`);
  if (from === '待验收' && to === '整改中' && (reason === undefined || reason.trim() === '')) return refuse('reason-required', '验收不通过退回整改，须填写退回理由。');
  return undefined;
}

export async function transition(db: TubanLintDb, itemId: number, to: LedgerState, options: TransitionOptions): Promise<LedgerResult<{ from: LedgerState; to: LedgerState }>> {
  return db.transaction('rw', ledgerTables(db), async () => {
    const item = await loadItem(db, itemId);
    if (isRefusal(item)) return item;
    const refusal = checkMove(item.state, to, options.reason);
    if (refusal) return refusal;
    // 验收 checks a resolved violation: the filing must say so (reports-and-ledger.md, 待验收).
    if (to === '待验收' && !isResolvedText(item.values.rectResolved)) {
      if (options.setResolved !== true) return refuse('not-resolved', '“是否消除违法状态”未填为“是”，不能提交验收：请确认已消除违法状态并将其改为“是”。');
      const changes = diffValues(item.values, { ...item.values, rectResolved: RESOLVED_TEXT }, ['rectResolved']);
      const values = applyChanges(item.values, changes);
      const { town: _town, plannedDate: _planned, ...rest } = item;
      await db.items.put({ ...rest, values, updatedAt: options.at, ...indexedColumnsOf(values) });
      await appendEvent(db, itemId, options, { kind: 'updated', changes }, '提交验收时确认已消除违法状态');
    }
    await db.items.update(itemId, { state: to, updatedAt: options.at });
    await appendEvent(db, itemId, options, { kind: 'transition', from: item.state, to }, options.reason);
    return { ok: true as const, from: item.state, to };
  });
}
