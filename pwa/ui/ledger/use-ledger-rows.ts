import { useEffect, useState } from 'preact/hooks';
import type { TubanLintDb } from '../../db/schema';
import type { LedgerRow } from '../../ledger-export/ledger-rows';
import { appDb } from '../database';
import { LedgerRowStore, type FullLoader, type LedgerRowsState } from './ledger-row-store';
import type { RowsWorkerAnswer, RowsWorkerRequest } from './ledger-rows.worker';
import { loadLedgerRows } from './load-ledger-rows';

/**
 * The full load in the rows Worker; on the page itself (in chunks) if the Worker cannot start.
 * A fresh Worker per load: it holds nothing between loads, and ends with its answer.
 */
function workerLoader(db: TubanLintDb): FullLoader {
  return (onProgress) =>
    new Promise<readonly LedgerRow[]>((resolve, reject) => {
      let worker: Worker;
      try {
        worker = new Worker(new URL('./ledger-rows.worker.ts', import.meta.url), { type: 'module', name: 'ledger-rows' });
      } catch {
        loadLedgerRows(db, onProgress).then(resolve, reject);
        return;
      }
      const fallBack = () => {
        worker.terminate();
        loadLedgerRows(db, onProgress).then(resolve, reject);
      };
      worker.onerror = fallBack;
      worker.onmessage = (event: MessageEvent<RowsWorkerAnswer>) => {
        const answer = event.data;
        if (answer.type === 'progress') onProgress(answer.done);
        else if (answer.type === 'rows') {
          worker.terminate();
          resolve(answer.rows);
        } else fallBack();
      };
      const request: RowsWorkerRequest = { type: 'load', dbName: db.name };
      worker.postMessage(request);
    });
}

let store: LedgerRowStore | undefined;

/** The page's one row store (kept while the user moves between the list and an item, so going back is instant). */
export function ledgerRowStore(): LedgerRowStore {
  if (!store) {
    const db = appDb();
    store = new LedgerRowStore(db, workerLoader(db));
  }
  return store;
}

export function useLedgerRows(): LedgerRowsState {
  const rowStore = ledgerRowStore();
  const [state, setState] = useState(rowStore.current);
  useEffect(() => {
    setState(rowStore.current);
    return rowStore.subscribe(setState);
  }, [rowStore]);
  return state;
}
