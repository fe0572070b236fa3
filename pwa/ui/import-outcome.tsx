import { useState } from 'preact/hooks';
import type { LedgerImportJobOutcome } from '../audit/sheet-job-types';
import { moveToAcceptance } from '../ledger/move-to-acceptance';
import { appDb } from './database';
import { Figure } from './figure';
import { actorNow } from './operator';

/**
 * What an import into the 整改台账 did — the same on #/audit (导入整改台账) and #/ledger: counts as
 * figures (`ledger.import.*`), 违法 rows without a 图斑编号, new 复核 subjects, and 已销号 items the
 * sheet contradicts (left unchanged: reopen one to take the sheet's values).
 */
export function ImportOutcome({ file, outcome, linkToLedger = false }: { readonly file?: string; readonly outcome: LedgerImportJobOutcome; readonly linkToLedger?: boolean }) {
  const skipped = outcome.skippedRows;
  const closedDiffering = outcome.closedDiffering ?? [];
  return (
    <div class="import-result" data-import-result role="status">
      {file !== undefined ? `“${file}”` : ''}已导入整改台账：读取 {outcome.records} 行，新建 <Figure id="ledger.import.created" value={outcome.created} /> 项，更新{' '}
      <Figure id="ledger.import.updated" value={outcome.updated} /> 项，无变化 <Figure id="ledger.import.unchanged" value={outcome.unchanged} /> 项
      {outcome.reviewsAdded !== undefined && outcome.reviewsAdded > 0 && <>，新增定期复核 {outcome.reviewsAdded} 项</>}。
      {skipped.length > 0 && (
        <span class="warning-text">
          {' '}
          第 {skipped.slice(0, 10).join('、')}
          {skipped.length > 10 ? ` 等 ${skipped.length} ` : ' '}行判定为违法但没有图斑编号，未导入。
        </span>
      )}
      {closedDiffering.length > 0 && (
        <span class="warning-text" data-closed-differing>
          {' '}
          <Figure id="ledger.import.closed-differing" value={closedDiffering.length} /> 个已销号图斑在本表中的填报与台账不同（{closedDiffering.slice(0, 10).join('、')}
          {closedDiffering.length > 10 ? ' 等' : ''}），台账未改动：请核实（如复核发现复建，请先重新打开再导入）。
        </span>
      )}
      <ReadyForAcceptance outcome={outcome} />
      {linkToLedger && (
        <>
          {' '}
          <a href="#/ledger">查看整改台账</a>
        </>
      )}
    </div>
  );
}

/**
 * Items the import says are resolved (消除违法状态 → 是) while the ledger still has them before
 * 验收: listed, with one click to move them all to 待验收 (each move recorded with the import).
 */
function ReadyForAcceptance({ outcome }: { readonly outcome: LedgerImportJobOutcome }) {
  const ready = outcome.readyForAcceptance ?? [];
  const [answer, setAnswer] = useState<{ readonly alert: boolean; readonly text: string }>();
  const [busy, setBusy] = useState(false);
  if (ready.length === 0) return null;
  const moveAll = async () => {
    setBusy(true);
    try {
      const result = await moveToAcceptance(
        appDb(),
        outcome.importId,
        ready.map((r) => r.itemId),
        await actorNow(),
      );
      setAnswer(result.ok ? { alert: false, text: `已将 ${result.moved.length} 项转为待验收${result.skipped.length > 0 ? `（${result.skipped.length} 项状态已变，未转）` : ''}。` } : { alert: true, text: result.reason });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="ready-for-acceptance" data-ready-for-acceptance>
      <p>
        本表填报 <Figure id="ledger.import.ready" value={ready.length} /> 个图斑已消除违法状态，台账中尚未进入待验收：
        {ready.slice(0, 20).map((r) => (
          <a key={r.itemId} href={`#/ledger/${r.itemId}`} class="patch-link" data-patch-id={r.patchId}>
            {r.patchId}
          </a>
        ))}
        {ready.length > 20 ? ` 等 ${ready.length} 个` : ''}
      </p>
      {answer === undefined ? (
        <button type="button" class="primary" data-action="move-to-acceptance" disabled={busy} onClick={() => void moveAll()}>
          全部转为待验收
        </button>
      ) : (
        <p role={answer.alert ? 'alert' : 'status'}>{answer.text}</p>
      )}
    </div>
  );
}
