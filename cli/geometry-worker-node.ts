/**
 * The geometry API in a Node worker thread, over comlink's Node adapter: the same calls as the Web
 * Worker (shared/geometry/geometry-worker.ts), for callers that must keep their main thread free.
 * Node-only, so it lives outside shared/.
 *
 * One file, two roles: imported normally it offers `startGeometryWorker()`; started as a worker
 * (marked by its workerData, not by `isMainThread`: vitest itself runs tests in worker threads)
 * it exposes the API on its parent port.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { expose, releaseProxy, transfer, wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { geometryApi, resultTransferables, type CheckFileOptions, type OverlapBatch } from '../shared/geometry/geometry-api';

const ROLE = 'tuban-lint-geometry-worker';

const workerApi = {
  checkFile(bytes: Uint8Array, fileName: string, options: CheckFileOptions) {
    const result = geometryApi.checkFile(bytes, fileName, options);
    return transfer(result, resultTransferables(result));
  },
  findOverlaps(batch: OverlapBatch) {
    return geometryApi.findOverlaps(batch);
  },
};

export type NodeGeometryWorkerApi = typeof workerApi;

export interface NodeGeometryWorker {
  readonly api: Remote<NodeGeometryWorkerApi>;
  terminate(): Promise<void>;
}

/**
 * A bootstrap that registers tsx's loader in the new thread and then imports this TypeScript file,
 * as cli/bin/tuban-lint.mjs does for the CLI: loader hooks belong to a thread, and a worker's
 * execArgv does not take `--import`. Absolute URLs, so the thread's cwd does not matter.
 */
function bootstrap(): string {
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  return `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;
}

/** Starts the worker thread and wraps its API. */
export function startGeometryWorker(): NodeGeometryWorker {
  const worker = new Worker(bootstrap(), { eval: true, workerData: { role: ROLE } });
  const api = wrap<NodeGeometryWorkerApi>(nodeEndpoint(worker));
  return {
    api,
    async terminate() {
      api[releaseProxy]();
      await worker.terminate();
    },
  };
}

if (parentPort && (workerData as { role?: unknown } | null)?.role === ROLE) expose(workerApi, nodeEndpoint(parentPort));
