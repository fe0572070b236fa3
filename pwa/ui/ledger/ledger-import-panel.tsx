import { useRef, useState } from 'preact/hooks';
import { todayLocal } from '../../../shared/calendar/iso-days';
import { startLedgerImport } from '../../audit/sheet-jobs';
import type { LedgerImportJobOutcome, SheetJob, SheetJobProgress } from '../../audit/sheet-job-types';
import { actorNow } from '../operator';
import { ImportOutcome } from '../import-outcome';
import { useImportConfirmation } from '../import-confirmation';
import { readProfileId } from '../profile-setting';

const PHASE: Readonly<Record<SheetJobProgress['phase'], string>> = {
  read: '读取表格',
  audit: '校核',
  import: '写入台账',
  write: '写出',
};

type ImportState =
  | { readonly kind: 'idle' }
  | {
      readonly kind: 'running';
      readonly file: string;
      readonly progress?: SheetJobProgress;
    }
  | {
      readonly kind: 'done';
      readonly file: string;
      readonly outcome: LedgerImportJobOutcome;
    }
  | {
      readonly kind: 'failed';
      readonly file: string;
      readonly message: string;
    };

/**
 * 导入表格: an audited export read in the sheet Worker; every 违法 patch becomes an item (or
 * updates its item by 图斑编号). Progress, cancel (the Worker's transaction aborts: all or none)
 * and the counts of what changed.
 */
export function LedgerImportPanel({ onImported }: { readonly onImported: () => void }) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const job = useRef<SheetJob<LedgerImportJobOutcome> | undefined>(undefined);
  /** 取消 pressed before the job existed (while the operator and profile are read): cancel it at once. */
  const cancelAsked = useRef(false);
  const confirmation = useImportConfirmation();
  // Leaving the page does not cancel an import (as on #/audit): it finishes in its Worker, all or none,
  // and the ledger's live queries show it.

  const start = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file || state.kind === 'running') return;
    cancelAsked.current = false;
    setState({ kind: 'running', file: file.name });
    const [actor, profileId] = await Promise.all([actorNow(), readProfileId()]);
    const running = startLedgerImport(file, { profileId, asOf: todayLocal(), who: actor.who, at: actor.at }, (progress) => setState({ kind: 'running', file: file.name, progress }), confirmation.ask);
    job.current = running;
    if (cancelAsked.current) running.cancel();
    const result = await running.result;
    job.current = undefined;
    if (result.ok) {
      setState({ kind: 'done', file: file.name, outcome: result });
      onImported();
    } else
      setState({
        kind: 'failed',
        file: file.name,
        message: result.code === 'cancelled' ? `未导入“${file.name}”，台账未作任何改动。` : `导入“${file.name}”失败：${result.message}`,
      });
  };

  return (
    <div class="ledger-import">
      <label class="file-button">
        导入表格
        <input type="file" data-action="ledger-import" accept=".xlsx,.xls,.csv,.et" disabled={state.kind === 'running'} onChange={(e) => void start(e.currentTarget)} />
      </label>
      {state.kind === 'running' && (
        <span class="import-progress">
          正在导入“{state.file}”：
          {state.progress ? PHASE[state.progress.phase] : '准备'}
          <progress data-progress max={state.progress?.total || 1} value={state.progress?.done ?? 0}>
            {state.progress ? `${PHASE[state.progress.phase]} ${state.progress.done}/${state.progress.total}` : '准备'}
          </progress>
          <button
            type="button"
            data-action="import-cancel"
            onClick={() => {
              cancelAsked.current = true;
              confirmation.dismiss();
              job.current?.cancel();
            }}
          >
            取消
          </button>
        </span>
      )}
      {confirmation.prompt}
      {state.kind === 'done' && <ImportOutcome file={state.file} outcome={state.outcome} />}
      {state.kind === 'failed' && <span role="alert">{state.message}</span>}
    </div>
  );
}
