/**
 * The geometry API in a Node worker thread, over comlink's Node adapter: the same calls as the Web
 * Worker (shared/geometry/geometry-worker.ts), for callers that must keep their main thread free.
 * Node-only, so it lives outside shared/.
 *
 * One file, two roles: imported normally it offers `startGeometryWorker()`; started as a worker
 * (marked by its workerData, not by `isMainThread`: vitest itself runs tests in worker threads)
 * it exposes the API on its parent port.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { expose, releaseProxy, transfer, wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createWorkerApi } from '../shared/geometry/geometry-api';

const ROLE = 'tuban-lint-geometry-worker';

const workerApi = createWorkerApi(transfer);

export type NodeGeometryWorkerApi = typeof workerApi;

export interface NodeGeometryWorker {
  readonly api: Remote<NodeGeometryWorkerApi>;
  terminate(): Promise<void>;
}

/** Starts the worker thread (through its .mjs bootstrap, which registers tsx) and wraps its API. */
export function startGeometryWorker(): NodeGeometryWorker {
  const worker = new Worker(new URL('./geometry-worker-node.bootstrap.mjs', import.meta.url), { workerData: { role: ROLE } });
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
