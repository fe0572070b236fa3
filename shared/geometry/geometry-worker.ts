/**
 * The Web Worker entry: exposes geometryApi over comlink, and hands result buffers back as
 * transferables. Thin plumbing only — the work is in geometry-api.ts. A page or the extension
 * starts it with `new Worker(new URL('./geometry-worker.ts', import.meta.url), { type: 'module' })`
 * and `wrap<GeometryWorkerApi>(worker)`; see stack-notes.md for reaching it from a content script.
 */
// The one comlink import in shared/ (the eslint guard keeps the library out of the pure core):
// this file is the Worker's entry point, where messaging is the whole job.
// eslint-disable-next-line no-restricted-imports
import { expose, transfer } from 'comlink';
import { createWorkerApi } from './geometry-api';

const workerApi = createWorkerApi(transfer);

export type GeometryWorkerApi = typeof workerApi;

expose(workerApi);
