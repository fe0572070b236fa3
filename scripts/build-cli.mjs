#!/usr/bin/env node
// `npm run build:cli`: bundles the CLI (cli/entry.ts and everything it imports from shared/ and
// node_modules) into plain JavaScript under cli/dist/ (started by the committed cli/bin/tuban-lint.js), so the packed `tuban-lint` runs on Node alone,
// with no TypeScript tooling and no runtime dependencies. Code splitting keeps the entry chunk tiny:
// help and version never load the audit code. Runs on `npm ci` (prepare), before the tests and in
// `npm pack` (cli/package.json prepack).
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const cliPackage = JSON.parse(readFileSync(`${ROOT}cli/package.json`, 'utf8'));
const outdir = `${ROOT}cli/dist`;

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: ROOT,
  entryPoints: { 'tuban-lint': 'cli/entry.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'eof',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __TUBAN_LINT_VERSION__: JSON.stringify(cliPackage.version) },
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
