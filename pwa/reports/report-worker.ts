/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { runReportJob, type ReportJobRequest } from './report-job';

/** The reports Worker: one per report, so that a large sheet never blocks the page. Plumbing only. */
const api = {
  run(request: ReportJobRequest) {
    try {
      return runReportJob(request);
    } catch (error) {
      return { ok: false as const, message: `统计时出错：${error instanceof Error ? error.message : String(error)}` };
    }
  },
};

export type ReportWorkerApi = typeof api;
Comlink.expose(api);
