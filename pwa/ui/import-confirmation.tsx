import { useCallback, useState } from 'preact/hooks';
import type { ConfirmImport, LedgerImportJobOutcome } from '../audit/sheet-job-types';
import { Figure } from './figure';

interface Pending {
  readonly preview: LedgerImportJobOutcome;
  readonly answer: (go: boolean) => void;
}

/**
 * The question an import asks before it writes (issue 12 item 6): what it would create, update and
 * leave alone, and 确认导入 / 不导入. `ask` is handed to the import job; `prompt` is shown while it waits.
 */
export function useImportConfirmation(): { readonly ask: ConfirmImport; readonly prompt: preact.JSX.Element | null; readonly dismiss: () => void } {
  const [pending, setPending] = useState<Pending | undefined>(undefined);
  const ask = useCallback<ConfirmImport>(
    (preview) =>
      new Promise<boolean>((resolve) => {
        setPending({
          preview,
          answer: (go) => {
            setPending(undefined);
            resolve(go);
          },
        });
      }),
    [],
  );
  const dismiss = useCallback(() => setPending((p) => (p?.answer(false), undefined)), []);
  const prompt = pending ? <ImportQuestion preview={pending.preview} answer={pending.answer} /> : null;
  return { ask, prompt, dismiss };
}

function ImportQuestion({ preview, answer }: { readonly preview: LedgerImportJobOutcome; readonly answer: (go: boolean) => void }) {
  const ready = preview.readyForAcceptance?.length ?? 0;
  return (
    <div class="import-question" role="alertdialog" aria-label="确认导入" data-import-preview>
      <p>
        本表读取 {preview.records} 行。导入后将新建 <Figure id="ledger.preview.created" value={preview.created} /> 项，更新 <Figure id="ledger.preview.updated" value={preview.updated} /> 项，无变化{' '}
        <Figure id="ledger.preview.unchanged" value={preview.unchanged} /> 项
        {ready > 0 ? `，其中 ${ready} 项填报已消除违法状态` : ''}。导入后可在“最近导入”中撤销。
      </p>
      <button type="button" class="primary" data-action="import-confirm" onClick={() => answer(true)}>
        确认导入
      </button>{' '}
      <button type="button" data-action="import-decline" onClick={() => answer(false)}>
        不导入
      </button>
    </div>
  );
}
