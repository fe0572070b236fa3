import { useState } from 'preact/hooks';
import type { LedgerSplit } from '../../ledger-export/ledger-workbook';
import { appDb } from '../database';

/**
 * 导出 Excel: the ledger as .xlsx (sheets 整改台账 and 变更记录, or one sheet per 乡镇 / 责任单位). SheetJS is loaded only now, by
 * a dynamic import, so it does not weigh on opening the app.
 */
export function LedgerExportButton() {
  const [split, setSplit] = useState<LedgerSplit>('none');
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'running' } | { kind: 'failed'; message: string }>({ kind: 'idle' });
  const run = async () => {
    setState({ kind: 'running' });
    try {
      const { exportLedgerWorkbook, ledgerExportName } = await import('../../ledger-export/export-ledger');
      const blob = await exportLedgerWorkbook(appDb(), split);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = ledgerExportName(new Date(), split);
      link.dataset['action'] = 'ledger-export-file';
      document.body.append(link);
      link.click();
      link.remove();
      // The download has its own copy once started; keep the URL a moment for slow starts.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({ kind: 'idle' });
    } catch (error) {
      setState({
        kind: 'failed',
        message: `导出台账失败：${error instanceof Error ? error.message : String(error)}。台账数据未受影响，可稍后重试。`,
      });
    }
  };
  return (
    <span class="ledger-export">
      <select data-field="export-split" aria-label="导出方式" value={split} onChange={(e) => setSplit(splitOf(e.currentTarget.value))}>
        <option value="none">整表</option>
        <option value="town">每个乡镇一个工作表</option>
        <option value="unit">每个责任单位一个工作表</option>
      </select>{' '}
      <button type="button" data-action="ledger-export" disabled={state.kind === 'running'} onClick={() => void run()}>
        {state.kind === 'running' ? '正在导出…' : '导出 Excel'}
      </button>
      {state.kind === 'failed' && <span role="alert">{state.message}</span>}
    </span>
  );
}

function splitOf(value: string): LedgerSplit {
  return value === 'town' || value === 'unit' ? value : 'none';
}
