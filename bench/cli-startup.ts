/**
 * `npm run bench:cli`: start-up of the bundled CLI (issue 15 target: `tuban-lint --help` ≤ 0.4 s,
 * median of 5), next to the demo audit, each run in its own process. Results in bench/results/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'cli', 'bin', 'tuban-lint.js');
const RUNS = 5;

spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { stdio: 'inherit' });

function medianMs(args: readonly string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: 'ignore' });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] ?? 0;
}

const help = medianMs(['--help']);
const demo = medianMs(['audit', join(ROOT, 'demo', '县级卫片执法图斑-演示.xlsx'), '--as-of', '2024-06-30', '--quiet']);
const date = new Date().toISOString().slice(0, 10);
const record = { date, node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, runs: RUNS, helpMs: Math.round(help), demoAuditMs: Math.round(demo), target: { helpMs: 400 } };
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results', `cli-startup-${date}.json`), `${JSON.stringify(record, null, 2)}\n`);
console.log(`tuban-lint --help：中位数 ${(help / 1000).toFixed(3)} s（目标 ≤ 0.4 s）；演示表审核：${(demo / 1000).toFixed(3)} s（各 ${RUNS} 次，每次独立进程）`);
if (help > 400) process.exitCode = 1;
