/**
 * The packaged CLI's entry point (bundled by scripts/build-cli.mjs into cli/bin/tuban-lint.js).
 * `--help`, `--version` and argument errors are answered from this small chunk; the audit and
 * geometry code (SheetJS, proj4, the rules) is loaded only when a command needs it, so starting up
 * to print help stays well under the 0.4 s budget (bench/cli-startup.ts).
 */
import { parseArguments, USAGE } from './arguments';
import { CLI_VERSION } from './version';

// `tuban-lint audit … | head`: a reader that stops early is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const argv = process.argv.slice(2);
const args = parseArguments(argv);
if (args.command === 'help') {
  process.stdout.write(`${USAGE}\n`);
} else if (args.command === 'version') {
  process.stdout.write(`tuban-lint ${CLI_VERSION}\n`);
} else {
  const { main } = await import('./main');
  process.exitCode = await main(argv);
}
