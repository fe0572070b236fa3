#!/usr/bin/env node
// `npm run demo`: audits the bundled demo sheet with the CLI and writes the annotated copy, then
// builds the PWA and serves it locally with the demo sheet (issue 5); `--no-serve` stops after the
// CLI audit.
// The demo sheet carries injected defects, so the audit's exit code 1 ("errors found") is the
// expected outcome here; only a failure to read (2) fails the demo.
import { mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const input = 'demo/县级卫片执法图斑-演示.xlsx';
mkdirSync('out', { recursive: true });
const out = 'out/县级卫片执法图斑-演示.校核.xlsx';
// The bundled CLI (cli/dist/) is built by `npm ci` (prepare); rebuild it so the demo runs these sources.
spawnSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
const result = spawnSync(process.execPath, ['cli/bin/tuban-lint.js', 'audit', input, '--format', 'xlsx', '--out', out, '--as-of', '2024-06-30'], { stdio: 'inherit' });
if (result.status === 2 || result.status === null) process.exit(result.status ?? 2);
process.stdout.write(`\n（演示数据含有意设置的问题，退出码 ${result.status} 属正常。换用自己的文件：npx tuban-lint audit 文件.xlsx）\n`);
if (process.argv.includes('--no-serve')) process.exit(0);
const build = spawnSync('npm', ['run', '--silent', 'build:pwa'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 2);
const serve = spawnSync(process.execPath, ['scripts/serve-pwa.mjs', ...process.argv.slice(2).filter((a) => /^\d+$/u.test(a))], { stdio: 'inherit' });
process.exit(serve.status ?? 0);
