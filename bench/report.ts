/**
 * The quarterly report against the audit of the same export (issue 13: ≤ 1.2× at 100,000 rows):
 * `report` is the audit with the report built in its pass over the rows, as `tuban-lint report`
 * runs it. Each side in its own process (bench/measure.ts), alternating order, medians and their
 * ratio written to bench/results/report-<date>.{json,md}. Never a timed test.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, hostname, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCountyExport } from '../tests/fixtures/county-export';

interface Measurement {
  readonly mode: string;
  readonly ms: number;
  readonly maxRssMb: number;
  readonly rows: number;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TMP = join(ROOT, 'bench', 'tmp');
const RESULTS = join(ROOT, 'bench', 'results');
mkdirSync(TMP, { recursive: true });
mkdirSync(RESULTS, { recursive: true });
const rows = Number(process.env['BENCH_ROWS'] ?? '100000');
const repeats = Number(process.env['BENCH_REPEATS'] ?? '2');

function measure(mode: string, file: string): Measurement {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'measure.ts'), mode, file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as Measurement;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

const file = join(TMP, `export-${rows}x40.xlsx`);
writeFileSync(file, generateCountyExport({ rows, seed: 20261124, defectRate: 0.1, columns: 'wide40' }).bytes);
const audit: Measurement[] = [];
const report: Measurement[] = [];
for (let i = 0; i < repeats; i += 1) {
  const order = i % 2 === 0 ? (['audit', 'report'] as const) : (['report', 'audit'] as const);
  for (const mode of order) (mode === 'audit' ? audit : report).push(measure(mode, file));
}
const a = { ms: median(audit.map((m) => m.ms)), rssMb: median(audit.map((m) => m.maxRssMb)) };
const r = { ms: median(report.map((m) => m.ms)), rssMb: median(report.map((m) => m.maxRssMb)) };
const machine = { host: hostname(), cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version, kernel: release() };
const ratio = { time: r.ms / a.ms, memory: r.rssMb / a.rssMb };
const date = new Date().toISOString().slice(0, 10);
const record = { date, machine, rows, columns: 40, fileMb: statSync(file).size / 1024 / 1024, repeats, target: { time: 1.2 }, audit: a, report: r, ratio, runs: { audit, report } };
writeFileSync(join(RESULTS, `report-${date}.json`), `${JSON.stringify(record, null, 2)}\n`);
const line = `${rows} 行 × 40 列：审核 ${(a.ms / 1000).toFixed(2)} s / ${a.rssMb.toFixed(0)} MB；审核并生成季度快报 ${(r.ms / 1000).toFixed(2)} s / ${r.rssMb.toFixed(0)} MB；比值 时间 ${ratio.time.toFixed(2)}×（目标 ≤ 1.2×），内存 ${ratio.memory.toFixed(2)}×`;
writeFileSync(
  join(RESULTS, `report-${date}.md`),
  `# 季度快报 vs 审核（${date}）\n\n${line}\n\n机器：${machine.cpu}，${machine.cores} 核，${machine.memoryGb} GB，Node ${machine.node}；每侧 ${repeats} 次，取中位数，交替先后。\n`,
);
console.log(line);
