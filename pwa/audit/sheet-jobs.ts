import * as Comlink from 'comlink';
import type { SheetWorkerApi } from './sheet-worker';
import type { AuditJobOutcome, AuditJobReport, AuditSheetJob, ConfirmImport, LedgerImportJobOptions, LedgerImportJobOutcome, SheetJob, SheetJobFailure, SheetJobOptions, SheetJobProgress } from './sheet-job-types';

/**
 * The page's side of the sheet Worker: one Worker per job, so cancelling is terminating it — an
 * audit simply stops, an import's IndexedDB transaction aborts (all or none). A Worker that dies
 * (out of memory, a script that cannot load) ends the job with a sentence instead of hanging.
 */

const CANCELLED: SheetJobFailure = { ok: false, code: 'cancelled', message: '已取消。' };

function workerFailed(detail?: string): SheetJobFailure {
  const why = detail ? `（${detail.length > 80 ? `${detail.slice(0, 80)}…` : detail}）` : '';
  return {
    ok: false,
    code: 'worker-failed',
    message: `后台处理程序意外停止${why}：表格可能太大、内存不足，请关闭其他标签页后重试，或按乡镇拆分表格后分别处理。`,
  };
}

function settleable<T>(): { promise: Promise<T>; settle: (value: T) => void } {
  let settle: (value: T) => void = () => undefined;
  const promise = new Promise<T>((resolve) => {
    settle = resolve;
  });
  return { promise, settle };
}

type JobCall<T extends { readonly ok: true }> = (remote: Comlink.Remote<SheetWorkerApi>, onProgress: (progress: SheetJobProgress) => void) => Promise<T | SheetJobFailure>;

interface SheetWorker {
  readonly worker: Worker;
  readonly remote: Comlink.Remote<SheetWorkerApi>;
}

function newSheetWorker(): SheetWorker {
  const worker = new Worker(new URL('./sheet-worker.ts', import.meta.url), { type: 'module' });
  return { worker, remote: Comlink.wrap<SheetWorkerApi>(worker) };
}

/**
 * Runs one call in a Worker. The Worker ends with the job, except after a successful job with
 * `keepOnSuccess` (an audit whose sheet the page may import next): then whoever holds it ends it.
 */
function startJob<T extends { readonly ok: true }>(call: JobCall<T>, onProgress: (progress: SheetJobProgress) => void, onEnd?: (value: T | SheetJobFailure) => void, on: SheetWorker = newSheetWorker(), keepOnSuccess = false): SheetJob<T> {
  const { worker, remote } = on;
  const { promise: result, settle } = settleable<T | SheetJobFailure>();
  let settled = false;
  const onError = (event: ErrorEvent): void => {
    event.preventDefault();
    finish(workerFailed(event.message || undefined));
  };
  const onMessageError = (): void => finish(workerFailed('消息无法传递'));
  function finish(value: T | SheetJobFailure): void {
    if (settled) return;
    settled = true;
    worker.removeEventListener('error', onError);
    worker.removeEventListener('messageerror', onMessageError);
    if (!(keepOnSuccess && value.ok)) worker.terminate();
    onEnd?.(value);
    settle(value);
  }
  worker.addEventListener('error', onError);
  worker.addEventListener('messageerror', onMessageError);
  const report = (progress: SheetJobProgress): void => {
    if (!settled) onProgress(progress);
  };
  call(remote, report).then(finish, (error: unknown) => finish(workerFailed(error instanceof Error ? error.message : String(error))));
  return {
    result,
    cancel: () => {
      // Cancelling ends the Worker even when it was to be kept: its work is cut short.
      worker.terminate();
      finish(CANCELLED);
    },
  };
}

export function startAudit(file: Blob & { name: string }, options: SheetJobOptions, onProgress: (p: SheetJobProgress) => void): AuditSheetJob {
  const results = settleable<AuditJobReport | SheetJobFailure>();
  const on = newSheetWorker();
  let kept = true;
  const job = startJob<AuditJobOutcome>(
    async (remote, progress) => {
      const end = await remote.audit(file, file.name, options, Comlink.proxy(progress), Comlink.proxy(results.settle));
      if (!end.ok) return end;
      // The report was posted before the answer, but on its own port: messages of two ports may arrive in either order.
      const report = await results.promise;
      return report.ok ? { ...report, annotated: end.annotated } : report;
    },
    onProgress,
    // A job that ends before its results (a failure, a cancel, a crash) settles `report` with that end; afterwards this is a no-op.
    (end) => {
      results.settle(end);
      if (!end.ok) kept = false;
    },
    on,
    true,
  );
  const release = (): void => {
    // Only a Worker still kept for an import: once importToLedger took it, the import owns it.
    if (!kept) return;
    kept = false;
    on.worker.terminate();
  };
  return {
    ...job,
    report: results.promise,
    release,
    importToLedger: (importOptions, onImportProgress, confirm) => {
      if (!kept) return undefined;
      // The Worker is the import's now: it ends with the import, whatever the outcome.
      kept = false;
      return startJob<LedgerImportJobOutcome>((remote, progress) => remote.importAudited(importOptions, Comlink.proxy(progress), confirm ? Comlink.proxy(confirm) : undefined), onImportProgress, undefined, on, false);
    },
  };
}

export function startLedgerImport(file: Blob & { name: string }, options: LedgerImportJobOptions, onProgress: (p: SheetJobProgress) => void, confirm?: ConfirmImport): SheetJob<LedgerImportJobOutcome> {
  return startJob<LedgerImportJobOutcome>((remote, progress) => remote.ledgerImport(file, file.name, options, Comlink.proxy(progress), confirm ? Comlink.proxy(confirm) : undefined), onProgress);
}
