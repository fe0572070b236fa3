/// <reference lib="webworker" />
import { TubanLintDb } from '../../db/schema';
import type { LedgerRow } from '../../ledger-export/ledger-rows';
import { loadLedgerRows } from './load-ledger-rows';

/**
 * Builds the ledger's list rows off the page's thread: reading 100,000 full items takes seconds
 * of structured-clone work (measured ≈ 3 s in Chromium on 2 cores), which would freeze the page.
 * One request, one answer: `load` → {rows} or {error}.
 */
export type RowsWorkerRequest = {
  readonly type: 'load';
  readonly dbName: string;
};
export type RowsWorkerAnswer =
  { readonly type: 'progress'; readonly done: number } | { readonly type: 'rows'; readonly rows: readonly LedgerRow[] } | { readonly type: 'error'; readonly message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<RowsWorkerRequest>) => {
  const db = new TubanLintDb(event.data.dbName);
  const answer = (message: RowsWorkerAnswer) => scope.postMessage(message);
  loadLedgerRows(db, (done) => answer({ type: 'progress', done }))
    .then((rows) => answer({ type: 'rows', rows }))
    .catch((error: unknown) =>
      answer({
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
      }),
    )
    .finally(() => db.close());
};
