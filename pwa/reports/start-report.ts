import * as Comlink from 'comlink';
import type { ReportJobOutcome, ReportJobRequest } from './report-job';
import type { ReportWorkerApi } from './report-worker';

/** Runs one report in its own Worker and ends the Worker when it is done. */
export async function startReport(request: ReportJobRequest): Promise<ReportJobOutcome> {
  const worker = new Worker(new URL('./report-worker.ts', import.meta.url), { type: 'module', name: 'report' });
  try {
    const api = Comlink.wrap<ReportWorkerApi>(worker);
    return await api.run(Comlink.transfer(request, [request.bytes.buffer]));
  } finally {
    worker.terminate();
  }
}
