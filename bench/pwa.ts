/**
 * `npx tsx bench/pwa.ts` (issue 5 item 8): the local PWA in Debian's Chromium with dist/pwa (built
 * first when missing; a stale build is not rebuilt: run `npm run build:pwa` after changing pwa/).
 *
 * 1. Import: a 100,000-row × 40-column audited export (bench/run.ts's sheet: county-export.ts,
 *    wide40, 10 % defects, seed 20261124) picked on #/ledger's `input[type=file]`; timed in the page
 *    from the input's `change` event to the import result's figures showing what is stored. Beside
 *    it, the CLI's audit of the same file in its own Node process (bench/measure.ts `audit`: read,
 *    map, all rules — what `tuban-lint audit` runs), in the same run. Target: import ≤ 1.5 × audit.
 *    The page's progress text is sampled too, so the time of each phase (reading, writing …) shows
 *    which part is slow.
 * 2. The ledger is then filled up to BENCH_LEDGER_ITEMS (default 100,000) items by importing a plain
 *    sheet of further 违法 patches (a 100,000-row export holds only about half that many 违法 rows).
 *    First render of #/ledger with those items: a full page load of `#/ledger` (the service worker
 *    serving the app, as when an office opens it in the morning), timed from navigation start
 *    (performance.now() in the page) until `ledger.items` shows the count and a row `[data-patch-id]`
 *    is drawn; and the same after an in-app navigation (#/due → #/ledger). Target ≤ 1 s.
 * 3. Filter: on #/ledger, each change of `select[data-filter="state"]`, `select[data-filter="town"]`
 *    or `input[data-filter="text"]`, timed in the page from the event to `ledger.shown` showing a new
 *    number. Target ≤ 100 ms.
 * Never a timed test: the numbers go to bench/results/pwa-<date>.{json,md} with the machine.
 *
 * Environment: BENCH_PWA_ROWS (default 100000), BENCH_LEDGER_ITEMS (default 100000),
 * BENCH_RENDER_REPEATS (default 5).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { generateCountyExport } from '../tests/fixtures/county-export';
import { countStore, ensurePwaBuilt, launchPwa, readFigure, startPwaServer } from '../tests/support/pwa-harness';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TMP = join(ROOT, 'bench', 'tmp');
const RESULTS = join(ROOT, 'bench', 'results');
const ROWS = Number(process.env['BENCH_PWA_ROWS'] ?? '100000');
const RENDER_REPEATS = Number(process.env['BENCH_RENDER_REPEATS'] ?? '5');
const LEDGER_ITEMS = Number(process.env['BENCH_LEDGER_ITEMS'] ?? '100000');
const IMPORT_TIMEOUT_MS = 30 * 60_000;
const FILTER_TIMEOUT_MS = 5_000;
const TARGETS = { importRatio: 1.5, firstRenderMs: 1000, filterMs: 100 } as const;

function chromiumVersion(): string {
  const r = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', timeout: 20_000 });
  return (r.stdout ?? '').trim() || 'unknown';
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? Number.NaN : s.length % 2 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** The CLI's audit of the file, in its own process (bench/measure.ts). */
function cliAudit(file: string): { ms: number; rows: number; findings: number; maxRssMb: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'measure.ts'), 'audit', file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`measure.ts audit failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as { ms: number; rows: number; findings: number; maxRssMb: number };
}

/** Towns of the top-up sheet: a handful, so the town filter has something to narrow. */
const TOP_UP_TOWNS = ['东关镇', '西营乡', '南街道', '北庄镇', '中和乡', '新城镇'];

/**
 * A plain sheet of `count` further 违法 patches (图斑编号 BENCH-000001 …, none in the generated
 * export), a third already resolved (待验收), to bring the ledger to the benchmark's item count.
 */
function topUpSheet(count: number): string {
  const path = join(TMP, `ledger-top-up-${count}.xlsx`);
  if (existsSync(path)) return path;
  const rows: (string | number)[][] = [['图斑编号', '乡镇（街道）', '判定类型', '整改措施', '是否消除违法状态', '拟完成整改时间']];
  for (let i = 1; i <= count; i += 1) {
    const resolved = i % 3 === 0;
    rows.push([`BENCH-${String(i).padStart(6, '0')}`, TOP_UP_TOWNS[i % TOP_UP_TOWNS.length] ?? '', '违法', resolved ? '拆除复耕' : '拆除', resolved ? '是' : '否', `2025-${String((i % 12) + 1).padStart(2, '0')}-20`]);
  }
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), '图斑核查情况');
  writeFileSync(path, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
  return path;
}

/**
 * In-page timing of the import: from the file input's `change` to the moment the result's figures
 * are drawn. Plain JavaScript source: a transform could wrap inner functions in helpers the page lacks.
 */
const WATCH_IMPORT_IN_PAGE = `(() => {
  window.__bench = { changeAt: undefined, resultAt: undefined, phases: [] };
  document.addEventListener('change', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.type === 'file' && window.__bench.changeAt === undefined) window.__bench.changeAt = performance.now();
  }, true);
  // The phase the progress line names (正在导入“x”：读取表格 → 读取表格): the line's own text, without
  // the bar and the cancel button, after its last colon.
  const phaseText = () => {
    const bar = document.querySelector('[data-progress]');
    if (!bar || !bar.parentElement) return '';
    const line = bar.parentElement.cloneNode(true);
    for (const extra of Array.from(line.querySelectorAll('progress, button'))) extra.remove();
    const text = (line.textContent || '').trim();
    return text.slice(Math.max(text.lastIndexOf('：'), text.lastIndexOf(':')) + 1).replace(/[\\d\\s/,.%]+/g, '').trim();
  };
  const done = () => {
    const figure = document.querySelector('[data-import-result] [data-figure="ledger.import.created"]') || document.querySelector('[data-figure="ledger.import.created"]');
    return figure !== null && /^\\d+$/.test((figure.textContent || '').trim());
  };
  const observer = new MutationObserver(() => {
    const phase = phaseText();
    const last = window.__bench.phases[window.__bench.phases.length - 1];
    if (phase !== '' && (!last || last.text !== phase)) window.__bench.phases.push({ text: phase, at: performance.now() });
    if (window.__bench.changeAt !== undefined && window.__bench.resultAt === undefined && done()) {
      window.__bench.resultAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
})()`;

/**
 * Installed before a page loads (addInitScript): records, against navigation start, when the
 * ledger shows `count` items and a row. Also re-armed for in-app navigations by `window.__armLedger()`.
 */
function ledgerRenderProbe(count: number): string {
  return `(() => {
    const ready = () => {
      const figure = document.querySelector('[data-figure="ledger.items"]');
      return figure !== null && (figure.textContent || '').trim() === '${count}' && document.querySelector('[data-patch-id]') !== null;
    };
    window.__armLedger = (from) => {
      window.__ledgerRender = { from, at: undefined };
      const check = () => {
        if (window.__ledgerRender.at === undefined && ready()) {
          window.__ledgerRender.at = performance.now();
          observer.disconnect();
        }
      };
      const observer = new MutationObserver(check);
      const start = () => {
        observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
        check();
      };
      if (document.documentElement) start();
      else document.addEventListener('DOMContentLoaded', start);
    };
    window.__armLedger(0);
  })()`;
}

/** One filter change, timed in the page: event → `ledger.shown` shows another number. */
const TIME_FILTER_IN_PAGE = `({ selector, value, kind, timeoutMs }) => new Promise((resolve, reject) => {
  const control = document.querySelector(selector);
  const shown = document.querySelector('[data-figure="ledger.shown"]');
  if (!control || !shown) { reject(new Error('no ' + (control ? 'ledger.shown figure' : selector))); return; }
  const before = (shown.textContent || '').trim();
  let start = 0;
  let timer = 0;
  const observer = new MutationObserver(() => {
    const now = (shown.isConnected ? shown : document.querySelector('[data-figure="ledger.shown"]'));
    const text = now ? (now.textContent || '').trim() : before;
    if (text !== before) {
      const ms = performance.now() - start;
      observer.disconnect();
      clearTimeout(timer);
      resolve({ ms, before, after: text, timedOut: false });
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  timer = setTimeout(() => { observer.disconnect(); resolve({ ms: ${FILTER_TIMEOUT_MS}, before, after: before, timedOut: true }); }, timeoutMs);
  start = performance.now();
  control.value = value;
  control.dispatchEvent(new Event(kind, { bubbles: true }));
})`;

interface FilterTiming {
  readonly filter: string;
  readonly value: string;
  readonly ms: number;
  readonly before: string;
  readonly after: string;
  readonly timedOut: boolean;
}

/** Waits until `ledger.shown` is drawn and has not changed for 500 ms (the list settled after the last change). */
async function settledShown(page: Page): Promise<void> {
  let last = '';
  let since = Date.now();
  const deadline = Date.now() + 30_000;
  for (;;) {
    const text = ((await page.locator('[data-figure="ledger.shown"]').first().textContent({ timeout: 30_000 })) ?? '').trim();
    if (text !== last) {
      last = text;
      since = Date.now();
    } else if (Date.now() - since >= 500) return;
    if (Date.now() > deadline) throw new Error('ledger.shown did not settle within 30 s');
    await page.waitForTimeout(100);
  }
}

async function timeFilter(page: Page, filter: string, selector: string, value: string, kind: 'change' | 'input'): Promise<FilterTiming> {
  await settledShown(page);
  const r = (await page.evaluate(`(${TIME_FILTER_IN_PAGE})(${JSON.stringify({ selector, value, kind, timeoutMs: FILTER_TIMEOUT_MS })})`)) as Omit<FilterTiming, 'filter' | 'value'>;
  return { filter, value, ...r };
}

async function optionValues(page: Page, selector: string): Promise<string[]> {
  return page.locator(`${selector} option`).evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
}

// ---------------------------------------------------------------- run
ensurePwaBuilt();
// Other work on the machine skews every number here: the load average is recorded with them.
const loadAtStart = loadavg().map((v) => Number(v.toFixed(2)));
mkdirSync(TMP, { recursive: true });
const file = join(TMP, `export-${ROWS}x40.xlsx`);
if (!existsSync(file)) writeFileSync(file, generateCountyExport({ rows: ROWS, seed: 20261124, defectRate: 0.1, columns: 'wide40' }).bytes);
const fileMb = statSync(file).size / 1024 / 1024;
console.log(`表格：${file}（${ROWS} 行 × 40 列，${fileMb.toFixed(1)} MB）`);

const audit = cliAudit(file);
console.log(`命令行审核：${(audit.ms / 1000).toFixed(2)} s（${audit.rows} 行，${audit.findings} 条问题）`);

const server = await startPwaServer();

// 0. The office's path: audit the sheet on #/audit, then 导入整改台账 — the import reuses the sheet
// the audit's Worker read (own fresh profile, so the #/ledger import below starts from an empty ledger).
let auditInPageMs: number;
let annotatedMs: number;
let importAfterAuditMs: number;
{
  const auditSession = await launchPwa(server);
  try {
    const page = await auditSession.open('#/audit');
    const started = Date.now();
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.locator('[data-figure="audit.rows"]').waitFor({ timeout: IMPORT_TIMEOUT_MS });
    auditInPageMs = Date.now() - started;
    await page.locator('a[data-action="download-annotated"]').waitFor({ timeout: IMPORT_TIMEOUT_MS });
    annotatedMs = Date.now() - started;
    const importStarted = Date.now();
    await page.locator('[data-action="import-to-ledger"]').click();
    await page.locator('[data-import-result]').waitFor({ timeout: IMPORT_TIMEOUT_MS });
    importAfterAuditMs = Date.now() - importStarted;
    console.log(`#/audit：校核结果 ${(auditInPageMs / 1000).toFixed(2)} s，带批注表 ${(annotatedMs / 1000).toFixed(2)} s；随后导入台账 ${(importAfterAuditMs / 1000).toFixed(2)} s（与命令行审核之比 ${(importAfterAuditMs / audit.ms).toFixed(2)}×）`);
    auditSession.requests.assertNoneLeft();
  } finally {
    await auditSession.close();
  }
}

const session = await launchPwa(server);
let importMs: number;
let importPhases: { text: string; ms: number }[];
let topUpMs: number | undefined;
let items: number;
const coldRenders: number[] = [];
const inAppRenders: number[] = [];
const filters: FilterTiming[] = [];
let userAgent: string;
try {
  let page = await session.open('#/ledger');

  /** Picks `path` on #/ledger and times it in the page (WATCH_IMPORT_IN_PAGE); the phases' durations from the progress text. */
  const timeImport = async (on: Page, path: string): Promise<{ ms: number; phases: { text: string; ms: number }[] }> => {
    await on.evaluate(WATCH_IMPORT_IN_PAGE);
    await on.locator('input[type="file"]').setInputFiles(path);
    const deadline = Date.now() + IMPORT_TIMEOUT_MS;
    for (;;) {
      const state = (await on.evaluate('window.__bench')) as { changeAt?: number; resultAt?: number; phases: { text: string; at: number }[] };
      const alerts = (await on.locator('[role="alert"]').allTextContents()).map((t) => t.trim()).filter((t) => t !== '');
      if (state.resultAt === undefined && alerts.length > 0) throw new Error(`the import of ${path} failed: ${alerts.join(' | ')}`);
      if (state.changeAt === undefined && Date.now() > deadline - IMPORT_TIMEOUT_MS + 60_000) throw new Error(`no change event on #/ledger's file input within 60 s of choosing ${path}`);
      if (state.resultAt !== undefined && state.changeAt !== undefined) {
        const end = state.resultAt;
        const phases = state.phases.map((p, i) => ({ text: p.text, ms: (state.phases[i + 1]?.at ?? end) - p.at }));
        return { ms: end - state.changeAt, phases };
      }
      if (Date.now() > deadline) throw new Error(`the import of ${path} did not finish within ${IMPORT_TIMEOUT_MS / 60_000} min`);
      await on.waitForTimeout(200);
    }
  };
  userAgent = await page.evaluate(() => navigator.userAgent);
  // The service worker controls the app before the timings, as it does for a user after the first visit.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  // 1. Import.
  const first = await timeImport(page, file);
  importMs = first.ms;
  importPhases = first.phases;
  items = await countStore(page, 'items');
  const created = await readFigure(page, 'ledger.import.created');
  console.log(`导入台账：${(importMs / 1000).toFixed(2)} s，新建 ${created} 条（库中 ${items} 条）；与命令行审核之比 ${(importMs / audit.ms).toFixed(2)}×`);
  console.log(`  各阶段（页面进度文字）：${importPhases.map((p) => `${p.text} ${(p.ms / 1000).toFixed(1)} s`).join('；')}`);
  if (created !== items) throw new Error(`the import result shows ${created} created, the database holds ${items} items`);
  if (items < LEDGER_ITEMS) {
    page = await session.open('#/ledger');
    const topUp = await timeImport(page, topUpSheet(LEDGER_ITEMS - items));
    topUpMs = topUp.ms;
    items = await countStore(page, 'items');
    console.log(`补足台账至 ${items} 条（另导入 ${await readFigure(page, 'ledger.import.created')} 条）：${(topUp.ms / 1000).toFixed(2)} s`);
  }

  // 2. First render, full page load (a new navigation runs the init script each time).
  await session.context.addInitScript(ledgerRenderProbe(items));
  for (let i = 0; i < RENDER_REPEATS; i += 1) {
    await page.goto('about:blank');
    await page.goto(`${server.origin}/#/ledger`);
    const render = await page.waitForFunction(() => (window as unknown as { __ledgerRender?: { at?: number } }).__ledgerRender?.at, undefined, { timeout: 60_000, polling: 100 });
    coldRenders.push((await render.jsonValue()) as number);
  }
  // In-app: from #/due to #/ledger without reloading.
  for (let i = 0; i < RENDER_REPEATS; i += 1) {
    await page.evaluate(() => (location.hash = '#/due'));
    await page.locator('main[data-route="due"]').waitFor();
    await page.waitForTimeout(300);
    const ms = (await page.evaluate(`new Promise((resolve) => {
      const from = performance.now();
      window.__armLedger(from);
      location.hash = '#/ledger';
      const poll = () => (window.__ledgerRender.at !== undefined ? resolve(window.__ledgerRender.at - from) : setTimeout(poll, 5));
      poll();
    })`)) as number;
    inAppRenders.push(ms);
  }
  console.log(`台账首屏（${items} 条）：整页打开 中位 ${median(coldRenders).toFixed(0)} ms，页内切换 中位 ${median(inAppRenders).toFixed(0)} ms`);

  // 3. Filters.
  page = session.page;
  await page.locator('[data-figure="ledger.shown"]').waitFor();
  const states = (await optionValues(page, 'select[data-filter="state"]')).filter((v) => v !== '');
  const towns = (await optionValues(page, 'select[data-filter="town"]')).filter((v) => v !== '').slice(0, 4);
  // A 图斑编号 prefix that a handful of items share (the first row's id without its last two digits).
  const firstPatch = (await page.locator('[data-patch-id]').first().getAttribute('data-patch-id')) ?? '';
  const patchPrefix = firstPatch.slice(0, Math.max(1, firstPatch.length - 2));
  for (let round = 0; round < 2; round += 1) {
    for (const state of states) filters.push(await timeFilter(page, 'state', 'select[data-filter="state"]', state, 'change'));
    filters.push(await timeFilter(page, 'state', 'select[data-filter="state"]', '', 'change'));
    for (const town of towns) filters.push(await timeFilter(page, 'town', 'select[data-filter="town"]', town, 'change'));
    filters.push(await timeFilter(page, 'town', 'select[data-filter="town"]', '', 'change'));
    for (const text of [towns[0] ?? '镇', patchPrefix, '']) filters.push(await timeFilter(page, 'text', 'input[data-filter="text"]', text, 'input'));
  }
  if (session.pageErrors.length > 0) console.warn(`页面错误：\n${session.pageErrors.slice(-10).join('\n')}`);
  session.requests.assertNoneLeft();
} finally {
  await session.close();
  await server.close();
}

const completed = filters.filter((f) => !f.timedOut);
const byFilter = Object.fromEntries(
  ['state', 'town', 'text'].map((kind) => {
    const mine = completed.filter((f) => f.filter === kind).map((f) => f.ms);
    return [kind, { count: mine.length, median: median(mine), max: mine.length > 0 ? Math.max(...mine) : Number.NaN }];
  }),
);
const filterMax = completed.length > 0 ? Math.max(...completed.map((f) => f.ms)) : Number.NaN;
const cpu = cpus();
const machine = {
  cpu: cpu[0]?.model ?? 'unknown',
  cores: cpu.length,
  memoryGb: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  os: `${platform()} ${release()}`,
  chromium: chromiumVersion(),
  userAgent,
  loadAverage: { atStart: loadAtStart, atEnd: loadavg().map((v) => Number(v.toFixed(2))) },
};
const ratio = importMs / audit.ms;
const ratioAfterAudit = importAfterAuditMs / audit.ms;
const targets = {
  importRatio: { target: `≤ ${TARGETS.importRatio}`, measured: ratio, met: ratio <= TARGETS.importRatio },
  importAfterAuditRatio: { target: `≤ ${TARGETS.importRatio}`, measured: ratioAfterAudit, met: ratioAfterAudit <= TARGETS.importRatio },
  firstRenderMs: { target: `≤ ${TARGETS.firstRenderMs}`, measured: median(coldRenders), met: median(coldRenders) <= TARGETS.firstRenderMs },
  filterMs: { target: `≤ ${TARGETS.filterMs}`, measured: filterMax, met: filterMax <= TARGETS.filterMs && completed.length === filters.length },
};
const date = new Date().toISOString().slice(0, 10);
const record = {
  date,
  machine,
  sheet: { rows: ROWS, columns: 40, fileMb, items },
  cliAudit: audit,
  auditPage: { resultsMs: auditInPageMs, annotatedMs, importAfterAuditMs, ratioAfterAudit },
  importMs,
  importPhases,
  topUp: topUpMs === undefined ? undefined : { ms: topUpMs, itemsAfter: items },
  ratio,
  firstRenderMs: { fullLoad: coldRenders, inApp: inAppRenders, medianFullLoad: median(coldRenders), medianInApp: median(inAppRenders) },
  filters: { byFilter, timeouts: filters.length - completed.length, runs: filters },
  targets,
};
mkdirSync(RESULTS, { recursive: true });
writeFileSync(join(RESULTS, `pwa-${date}.json`), `${JSON.stringify(record, null, 2)}\n`);
const yes = (met: boolean): string => (met ? 'met' : '**not met**');
const ms = (v: number): string => `${v.toFixed(0)} ms`;
const md = [
  `# PWA benchmark, ${date}`,
  '',
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.os}, ${machine.chromium} (headless, dist/pwa served on 127.0.0.1, fresh profile). Load average (1/5/15 min) at start ${machine.loadAverage.atStart.join(' / ')}, at end ${machine.loadAverage.atEnd.join(' / ')}.`,
  '',
  `Sheet: ${ROWS} rows × 40 columns (${fileMb.toFixed(1)} MB, bench/run.ts's generator and seed); the ledger then filled to ${items} items for the render and filter timings.`,
  '',
  '| measure | result | target |',
  '|---|---|---|',
  `| CLI audit of the sheet (bench/measure.ts audit, own process) | ${(audit.ms / 1000).toFixed(2)} s, ${audit.maxRssMb.toFixed(0)} MB peak RSS | |`,
  `| audit on #/audit (file chosen → figures shown) | ${(auditInPageMs / 1000).toFixed(2)} s (annotated .xlsx ready at ${(annotatedMs / 1000).toFixed(2)} s) | |`,
  `| 导入整改台账 on #/audit after the audit (click → result shown; the Worker's sheet is reused) | ${(importAfterAuditMs / 1000).toFixed(2)} s | |`,
  `| import after audit ÷ CLI audit | ${ratioAfterAudit.toFixed(2)}× | ≤ ${TARGETS.importRatio}× — ${yes(targets.importAfterAuditRatio.met)} |`,
  `| import of the file on #/ledger (input change → result shown; reads the file) | ${(importMs / 1000).toFixed(2)} s | |`,
  `| #/ledger import ÷ CLI audit | ${ratio.toFixed(2)}× | ≤ ${TARGETS.importRatio}× — ${yes(targets.importRatio.met)} |`,
  `| import phases (the page's progress text) | ${importPhases.map((p) => `${p.text}: ${(p.ms / 1000).toFixed(1)} s`).join('; ')} | |`,
  ...(topUpMs === undefined ? [] : [`| top-up import to ${items} items (plain sheet of further 违法 patches) | ${(topUpMs / 1000).toFixed(2)} s | |`]),
  `| first render of #/ledger, full page load (navigation start → ${items} shown and a row drawn), median of ${coldRenders.length} | ${ms(median(coldRenders))} (all: ${coldRenders.map(ms).join(', ')}) | ≤ ${TARGETS.firstRenderMs} ms — ${yes(targets.firstRenderMs.met)} |`,
  `| first render of #/ledger, in-app navigation from #/due, median of ${inAppRenders.length} | ${ms(median(inAppRenders))} (all: ${inAppRenders.map(ms).join(', ')}) | |`,
  ...Object.entries(byFilter).map(([kind, s]) => `| filter \`${kind}\` (event → ledger.shown changes), ${s.count} changes | median ${ms(s.median)}, max ${ms(s.max)} | ≤ ${TARGETS.filterMs} ms |`),
  `| filters, all | max ${ms(filterMax)}, timeouts (no change in ${FILTER_TIMEOUT_MS} ms) ${filters.length - completed.length} | ≤ ${TARGETS.filterMs} ms — ${yes(targets.filterMs.met)} |`,
  '',
];
writeFileSync(join(RESULTS, `pwa-${date}.md`), md.join('\n'));
console.log(md.slice(6).join('\n'));
console.log(`结果已写入 bench/results/pwa-${date}.json 与 .md`);
