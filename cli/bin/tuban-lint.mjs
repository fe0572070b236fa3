#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so `npx tuban-lint` works right after `npm ci`
// with no build step.
import { register } from 'tsx/esm/api';

register();
// `tuban-lint audit … | head`: a reader that stops early is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { main } = await import('../main.ts');
process.exitCode = await main(process.argv.slice(2));
