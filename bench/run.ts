/**
 * `npm run bench`: the core audit — the built CLI, streaming — against a plain SheetJS dense read of
 * the same file, in the same run, as ratios (issue 15 targets at 100,000 rows × 40 columns: time
 * ≤ 0.6×, peak memory ≤ 0.4×), on a typical export and a findings-heavy one (a finding on most rows).
 * Never a timed test: the numbers go to bench/results/ with the machine described.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, statSync } from 'node:fs';
import { cpus, totalmem, hostname, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { generateCountyExport } from '../tests/fixtures/county-export';

interface Measurement {
  mode: string;
  ms: number;
  cpuMs: number;
  maxRssMb: number;
  rows: number;
  findings: number;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TMP = join(ROOT, 'bench', 'tmp');
const RESULTS = join(ROOT, 'bench', 'results');
mkdirSync(TMP, { recursive: true });
mkdirSync(RESULTS, { recursive: true });

const sizes = (process.env['BENCH_ROWS'] ?? '10000,100000').split(',').map(Number);
// `heavy`: a finding on most rows (issue 15's findings-heavy variant); `typical`: 10 % of rows with a defect.
const variants = (process.env['BENCH_VARIANTS'] ?? 'typical,heavy').split(',');
spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { stdio: 'inherit' });
const repeats = Number(process.env['BENCH_REPEATS'] ?? '2');

const CLI = join(ROOT, 'cli', 'bin', 'tuban-lint.js');

/**
 * One side in its own plain Node process (no tsx): `sheetjs-dense` is bench/sheetjs-dense.mjs;
 * `audit` is the built CLI as users install it, streaming JSON to /dev/null. Peak RSS and CPU
 * time come from bench/peak-rss.mjs preloaded into the process.
 */
function measure(mode: string, file: string): Measurement {
  const args = mode === 'sheetjs-dense' ? [join(ROOT, 'bench', 'sheetjs-dense.mjs'), file] : [CLI, 'audit', file, '--format', 'json', '--out', '/dev/null', '--as-of', '2024-06-30', '--quiet'];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', join(ROOT, 'bench', 'peak-rss.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${mode} failed: ${r.stderr}`);
  const peak = JSON.parse(/PEAK (\{.*\})/u.exec(r.stderr)?.[1] ?? '{}') as { maxRssMb: number; cpuMs: number };
  return { mode, ms, cpuMs: peak.cpuMs, maxRssMb: peak.maxRssMb, rows: 0, findings: 0 };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

const machine = { host: hostname(), cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version, kernel: release() };
const results = [];
for (const rows of sizes) for (const variant of variants) {
  const file = join(TMP, `export-${rows}x40-${variant}.xlsx`);
  const t0 = performance.now();
  const generated = generateCountyExport({ rows, seed: 20261124, defectRate: variant === 'heavy' ? 1 : 0.1, columns: 'wide40' });
  writeFileSync(file, generated.bytes);
  const genMs = performance.now() - t0;
  const baseline: Measurement[] = [];
  const audit: Measurement[] = [];
  for (let i = 0; i < repeats; i += 1) {
    // Alternate the order so neither side always runs on a warmer machine.
    if (i % 2 === 0) {
      baseline.push(measure('sheetjs-dense', file));
      audit.push(measure('audit', file));
    } else {
      audit.push(measure('audit', file));
      baseline.push(measure('sheetjs-dense', file));
    }
  }
  const b = { ms: median(baseline.map((m) => m.ms)), cpuMs: median(baseline.map((m) => m.cpuMs)), rssMb: median(baseline.map((m) => m.maxRssMb)) };
  const a = { ms: median(audit.map((m) => m.ms)), cpuMs: median(audit.map((m) => m.cpuMs)), rssMb: median(audit.map((m) => m.maxRssMb)) };
  const entry = {
    rows,
    variant,
    columns: 40,
    fileMb: statSync(file).size / 1024 / 1024,
    generateMs: genMs,
    sheetjsDense: b,
    audit: a,
    ratio: { time: a.ms / b.ms, cpu: a.cpuMs / b.cpuMs, memory: a.rssMb / b.rssMb },
    runs: { baseline, audit },
  };
  results.push(entry);
  console.log(`${rows} 行 × 40 列 ${variant}（${entry.fileMb.toFixed(1)} MB）：SheetJS dense ${(b.ms / 1000).toFixed(2)} s / ${b.rssMb.toFixed(0)} MB；审核 ${(a.ms / 1000).toFixed(2)} s / ${a.rssMb.toFixed(0)} MB；比值 时间 ${entry.ratio.time.toFixed(2)}×，内存 ${entry.ratio.memory.toFixed(2)}×`);
}

const date = new Date().toISOString().slice(0, 10);
const record = { date, machine, repeats, targets: { time: 0.6, memory: 0.4 }, results };
writeFileSync(join(RESULTS, `core-audit-${date}.json`), `${JSON.stringify(record, null, 2)}\n`);
const md = [
  `# Core audit benchmark, ${date}`,
  '',
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, Linux ${machine.kernel}. Median of ${repeats} runs per side, each in its own process.`,
  '',
  '| rows × cols | variant | file | SheetJS dense read | full audit (built CLI, streamed JSON) | time ratio (target ≤ 0.6) | CPU ratio | peak RSS ratio (target ≤ 0.4) |',
  '|---|---|---|---|---|---|---|---|',
  ...results.map((r) => `| ${r.rows} × 40 | ${r.variant} | ${r.fileMb.toFixed(1)} MB | ${(r.sheetjsDense.ms / 1000).toFixed(2)} s, ${r.sheetjsDense.rssMb.toFixed(0)} MB | ${(r.audit.ms / 1000).toFixed(2)} s, ${r.audit.rssMb.toFixed(0)} MB | ${r.ratio.time.toFixed(2)} | ${r.ratio.cpu.toFixed(2)} | ${r.ratio.memory.toFixed(2)} |`),
  '',
];
writeFileSync(join(RESULTS, `core-audit-${date}.md`), md.join('\n'));
console.log(`结果已写入 bench/results/core-audit-${date}.json 与 .md`);
