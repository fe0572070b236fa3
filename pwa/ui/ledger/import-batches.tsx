import { useState } from 'preact/hooks';
import type { ImportRow } from '../../db/schema';
import { undoImport } from '../../ledger/undo-import';
import { appDb } from '../database';
import { actorNow } from '../operator';
import { useLiveQuery } from '../use-live-query';
import { formatLocalTime } from './local-time';

const SHOWN = 5;

/**
 * 最近导入: the last imports (batches), each with 撤销本次导入 — asked once more, then one transaction
 * that removes what the import created and restores what it changed (pwa/ledger/undo-import.ts).
 */
export function ImportBatches({ onUndone }: { readonly onUndone: () => void }) {
  const db = appDb();
  const batches = useLiveQuery(() => db.imports.orderBy('at').reverse().limit(SHOWN).toArray(), []).value ?? [];
  const [asking, setAsking] = useState<number | undefined>(undefined);
  const [answer, setAnswer] = useState<{ readonly alert: boolean; readonly text: string }>();
  if (batches.length === 0) return null;

  const undo = async (batch: ImportRow & { id: number }) => {
    setAsking(undefined);
    const result = await undoImport(db, batch.id, await actorNow());
    if (result.ok) onUndone();
    setAnswer(result.ok ? { alert: false, text: `已撤销“${batch.file ?? '导入'}”：删除新建的 ${result.removed} 项，恢复 ${result.restored} 项。` } : { alert: true, text: result.reason });
  };

  return (
    <details class="import-batches" data-import-batches>
      <summary>最近导入（{batches.length}）</summary>
      <ul>
        {batches.map((batch) => {
          const id = batch.id;
          if (id === undefined) return null;
          return (
            <li key={id} data-import-id={id}>
              {formatLocalTime(batch.at)} · {batch.who} · “{batch.file ?? '（无文件名）'}”：新建 {batch.created} 项，更新 {batch.updated} 项，无变化 {batch.unchanged} 项{' '}
              {batch.undoneAt !== undefined ? (
                <span class="muted">
                  已于 {formatLocalTime(batch.undoneAt)} 由 {batch.undoneBy} 撤销
                </span>
              ) : asking === id ? (
                <span role="alertdialog" aria-label="确认撤销">
                  将删除本次新建的 {batch.created} 项并恢复本次更新的 {batch.updated} 项。{' '}
                  <button type="button" class="primary" data-action="undo-import-confirm" onClick={() => void undo({ ...batch, id })}>
                    确认撤销
                  </button>{' '}
                  <button type="button" data-action="undo-import-decline" onClick={() => setAsking(undefined)}>
                    不撤销
                  </button>
                </span>
              ) : (
                <button type="button" data-action="undo-import" onClick={() => setAsking(id)}>
                  撤销本次导入
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {answer && <p role={answer.alert ? 'alert' : 'status'}>{answer.text}</p>}
    </details>
  );
}
