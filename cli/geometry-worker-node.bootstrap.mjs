// Entry of the geometry worker thread (cli/geometry-worker-node.ts): registers tsx's loader in
// this thread — loader hooks belong to a thread, and a worker's execArgv does not take `--import`
// — then runs the TypeScript worker, as cli/bin/tuban-lint.mjs does for the CLI.
import { register } from 'tsx/esm/api';

register();
await import('./geometry-worker-node.ts');
