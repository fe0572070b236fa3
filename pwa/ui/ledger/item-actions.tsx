import { useMemo, useState } from 'preact/hooks';
import { ruleTitle } from '../../../shared/report/rule-titles';
import { todayLocal } from '../../../shared/calendar/iso-days';
import type { Profile } from '../../../shared/profiles/profile-schema';
import { LEDGER_STATES, type EvidenceRow, type LedgerItem, type LedgerState } from '../../db/schema';
import { moveName } from '../../ledger-export/event-text';
import { closeBlockers, platformPhotoCount, type CloseEvidence } from '../../ledger/close-item';
import { closeItemCheckingPhotos } from '../../ledger/close-checking-photos';
import { reopenItem } from '../../ledger/reopen-item';
import { checkMove, transition } from '../../ledger/transition';
import { appDb } from '../database';
import { actorNow } from '../operator';
import { blockingRuleTexts, type BlockingRuleText } from './close-refusal-text';
import { readProfile } from '../profile-setting';
import { photoFindingText, type PhotoFindingText } from './photo-finding-text';

const MOVE_ACTION: Readonly<Record<string, string>> = {
  开始整改: 'start',
  提交验收: 'submit',
  验收不通过: 'reject',
};

type Outcome =
  | { readonly kind: 'ok'; readonly text: string }
  | {
      readonly kind: 'refused';
      readonly reason: string;
      readonly code?: string;
      readonly blocking?: readonly BlockingRuleText[];
      /** The 销号 check's settings, to check again when the evidence or the values change. */
      readonly check?: { readonly profile: Profile; readonly asOf: string };
    }
  | { readonly kind: 'confirm-photos'; readonly reason: string; readonly photoFindings: readonly PhotoFindingText[] };

/** The evidence 销号 counts, from the rows the page shows (as closeEvidenceOf reads them in the database). */
function closeEvidenceShown(evidence: readonly EvidenceRow[], item: LedgerItem): CloseEvidence {
  const certificate = evidence.find((e) => e.kind === 'document' && e.docType === '到位证明');
  return {
    heldPhotos: evidence.filter((e) => e.kind === 'photo').length,
    platformPhotos: platformPhotoCount(item.values),
    ...(certificate ? { certificateDocument: certificate.name } : {}),
  };
}

/**
 * The item's state and the moves it allows (checkMove), 销号 (closeItem: the rectification rules
 * decide) and 重新打开. One reason field serves every move: it is required for 验收不通过 and 重新打开
 * and recorded as the why of the others.
 */
export function ItemActions({ item, evidence }: { readonly item: LedgerItem & { readonly id: number }; readonly evidence: readonly EvidenceRow[] }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  // Any reason passes checkMove here: the buttons show the moves the state allows; a missing reason is refused on click.
  const moves = LEDGER_STATES.filter((to) => checkMove(item.state, to, '理由') === undefined);

  const act = async (run: () => Promise<Outcome>) => {
    setBusy(true);
    try {
      const result = await run();
      setOutcome(result);
      if (result.kind === 'ok') setReason('');
    } catch (error) {
      setOutcome({
        kind: 'refused',
        reason: `操作未完成：${error instanceof Error ? error.message : String(error)}。台账未作改动。`,
      });
    } finally {
      setBusy(false);
    }
  };
  const why = () => (reason.trim() === '' ? {} : { reason: reason.trim() });

  // A 销号 refusal is checked again whenever the evidence or the item changes (issue 12 item 5): the
  // list shrinks as photos or a 到位证明 arrive, and says so once nothing blocks any more. The evidence
  // ids and types decide, not the array's identity.
  const refusedCheck = outcome?.kind === 'refused' ? outcome.check : undefined;
  const evidenceKey = evidence.map((e) => `${e.id ?? ''}:${e.docType ?? ''}`).join(',');
  const liveBlocking = useMemo(
    () => (refusedCheck ? blockingRuleTexts(closeBlockers(item.values, closeEvidenceShown(evidence, item), refusedCheck)) : undefined),
    [refusedCheck, item.updatedAt, evidenceKey],
  );

  const move = (to: LedgerState, setResolved = false) =>
    act(async () => {
      const result = await transition(appDb(), item.id, to, {
        ...(await actorNow()),
        ...why(),
        ...(setResolved ? { setResolved: true } : {}),
      });
      return result.ok
        ? {
            kind: 'ok',
            text: `已${moveName(result.from, result.to)}：${result.from} → ${result.to}。`,
          }
        : { kind: 'refused', reason: result.reason, code: result.code };
    });
  // Photo findings (issue 14) are warnings: listed first, 销号 goes ahead once the user confirms them.
  const close = (photoFindingsConfirmed = false) =>
    act(async () => {
      const check = { profile: await readProfile(), asOf: todayLocal() };
      const result = await closeItemCheckingPhotos(appDb(), item.id, {
        ...(await actorNow()),
        ...check,
        photoFindingsConfirmed,
        ...why(),
      });
      if (result.ok)
        return {
          kind: 'ok',
          text: `已销号（照片 ${result.photoCount} 张${result.platformPhotos > 0 ? `，其中平台已有照片 ${result.platformPhotos} 张` : ''}，校核规则全部通过${photoFindingsConfirmed ? '；照片问题已确认并记入变更记录' : ''}）。`,
        };
      if ('photoFindings' in result) return { kind: 'confirm-photos', reason: result.reason, photoFindings: result.photoFindings.map(photoFindingText) };
      return {
        kind: 'refused',
        reason: result.reason,
        code: result.code,
        ...(result.blocking ? { blocking: blockingRuleTexts(result.blocking), check } : {}),
      };
    });
  const reopen = () =>
    act(async () => {
      const result = await reopenItem(appDb(), item.id, {
        ...(await actorNow()),
        reason,
      });
      return result.ok
        ? {
            kind: 'ok',
            text: '已重新打开，回到“整改中”，“是否消除违法状态”改为“否”。',
          }
        : { kind: 'refused', reason: result.reason };
    });

  return (
    <div class="item-actions">
      <p>
        状态：
        <strong class={`state-badge state-${LEDGER_STATES.indexOf(item.state)}`} data-item-state>
          {item.state}
        </strong>
        <span class="muted state-path">待整改 → 整改中 → 待验收 → 已销号</span>
      </p>
      <div class="action-row">
        <label>
          理由 / 说明 <input data-field="reason" size={36} placeholder="验收不通过、重新打开须填写" value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        </label>
        {moves.map((to) => {
          const name = moveName(item.state, to);
          return (
            <button key={to} type="button" data-action={MOVE_ACTION[name] ?? `to-${to}`} disabled={busy} onClick={() => void move(to)}>
              {name}
            </button>
          );
        })}
        {item.state !== '已销号' && (
          <button type="button" class="primary" data-action="close" disabled={busy} onClick={() => void close()}>
            销号
          </button>
        )}
        {item.state === '已销号' && (
          <button type="button" data-action="reopen" disabled={busy} onClick={() => void reopen()}>
            重新打开
          </button>
        )}
      </div>
      {outcome?.kind === 'ok' && (
        <p class="ok-text" role="status">
          {outcome.text}
        </p>
      )}
      {outcome?.kind === 'confirm-photos' && (
        <div class="refusal" role="alert" data-photo-findings-to-confirm>
          <p>{outcome.reason}</p>
          <ul>
            {outcome.photoFindings.map((f, i) => (
              <li key={`${f.evidenceId}-${i}`} data-photo-rule-id={f.ruleId}>
                <strong>{f.name}</strong>：{f.title}。{f.message}
              </li>
            ))}
          </ul>
          <button type="button" class="primary" data-action="confirm-photo-findings" disabled={busy} onClick={() => void close(true)}>
            已核实以上照片问题，确认销号
          </button>
        </div>
      )}
      {outcome?.kind === 'refused' && (
        <div class="refusal" role="alert">
          <p>{liveBlocking?.length === 0 ? '证明材料或填报已更新，现已满足销号条件：请再次点击“销号”。' : outcome.reason}</p>
          {outcome.code === 'not-resolved' && item.state === '整改中' && (
            <button type="button" data-action="submit-set-resolved" disabled={busy} onClick={() => void move('待验收', true)}>
              确认已消除违法状态并提交验收
            </button>
          )}
          {(liveBlocking ?? outcome.blocking) && (liveBlocking ?? outcome.blocking ?? []).length > 0 && (
            <ul data-close-blocked>
              {(liveBlocking ?? outcome.blocking ?? []).map((rule) => (
                <li key={rule.ruleId} data-rule-id={rule.ruleId}>
                  <strong>{ruleTitle(rule.ruleId)}</strong>：{rule.messages.join(' ')}
                  <details>
                    <summary>说明</summary>
                    <span class="muted">{rule.description} 规则编号：{rule.ruleId}</span>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
