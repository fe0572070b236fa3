import * as Comlink from 'comlink';
import type { SheetWorkerApi } from './sheet-worker';
import type { AuditJobOutcome, AuditJobReport, AuditSheetJob, LedgerImportJobOptions, LedgerImportJobOutcome, SheetJob, SheetJobFailure, SheetJobOptions, SheetJobProgress } from './sheet-job-types';

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

type JobCall<T> = (remote: Comlink.Remote<SheetWorkerApi>, onProgress: (progress: SheetJobProgress) => void) => Promise<T | SheetJobFailure>;

function startJob<T>(call: JobCall<T>, onProgress: (progress: SheetJobProgress) => void, onEnd?: (value: T | SheetJobFailure) => void): SheetJob<T> {
  const worker = new Worker(new URL('./sheet-worker.ts', import.meta.url), { type: 'module' });
  const { promise: result, settle } = settleable<T | SheetJobFailure>();
  let settled = false;
  const finish = (value: T | SheetJobFailure): void => {
    if (settled) return;
    settled = true;
    worker.terminate();
    onEnd?.(value);
    settle(value);
  };
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    finish(workerFailed(event.message || undefined));
  });
  worker.addEventListener('messageerror', () => finish(workerFailed('消息无法传递')));
  const remote = Comlink.wrap<SheetWorkerApi>(worker);
  const report = (progress: SheetJobProgress): void => {
    if (!settled) onProgress(progress);
  };
  call(remote, report).then(finish, (error: unknown) => finish(workerFailed(error instanceof Error ? error.message : String(error))));
  return { result, cancel: () => finish(CANCELLED) };
}

export function startAudit(file: Blob & { name: string }, options: SheetJobOptions, onProgress: (p: SheetJobProgress) => void): AuditSheetJob {
  const results = settleable<AuditJobReport | SheetJobFailure>();
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
    results.settle,
  );
  return { ...job, report: results.promise };
}

export function startLedgerImport(file: Blob & { name: string }, options: LedgerImportJobOptions, onProgress: (p: SheetJobProgress) => void): SheetJob<LedgerImportJobOutcome> {
  return startJob<LedgerImportJobOutcome>((remote, progress) => remote.ledgerImport(file, file.name, options, Comlink.proxy(progress)), onProgress);
}
