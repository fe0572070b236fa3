/**
 * `npx tsx bench/extension.ts` (issue 4 item 10): the browser extension's re-check latency — from
 * an edit's `input`/`change` event to the extension's panel showing the new findings — on the
 * Element UI replica (extension/fixtures/element-ui/patch-form.html), p50 / p95 / max over 200
 * edits, and the content script's gzipped size (extension/scripts/measure-content-size.mjs).
 * Targets: p95 ≤ 16 ms; content script ≤ 60 kB gzipped.
 *
 * Debian's Chromium with dist/extension (built first when missing; a stale build is not rebuilt:
 * run `npm run build` after changing the extension), driven through tests/support/extension-harness.ts.
 * Each edit runs inside the page: a MutationObserver on the extension's open shadow root (under
 * [data-tuban-lint-root]), then performance.now() right before the control's value is set and its
 * event dispatched, and the time of the first shadow-root mutation after which the edit's expected
 * finding is shown (or gone). Every edit toggles a finding, so every edit must change the panel;
 * one that does not within 2 s counts as a timeout. Never a timed test: the numbers go to
 * bench/results/extension-<date>.{json,md} with the machine described.
 *
 * Environment: BENCH_EDITS (default 200), BENCH_WARMUP (default 20).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { ensureExtensionBuilt, hasExtensionRoot, launchBrowser } from '../tests/support/extension-harness';
import { startFixtureServer } from '../tests/support/fixture-server';
import { KIT_DRIVERS } from '../tests/support/kit-widgets';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'bench', 'results');
const EDITS = Number(process.env['BENCH_EDITS'] ?? '200');
const WARMUP = Number(process.env['BENCH_WARMUP'] ?? '20');
const TIMEOUT_MS = 2000;
const PAGE = 'element-ui/patch-form.html';

/**
 * One edit, driven in the page. `textarea`: set the value and dispatch `input` (what typing or
 * pasting produces). `radio`: click the option's label (the browser checks the hidden input and
 * fires `input` and `change`). `expect`: the rule whose finding must be shown (`present`) or gone
 * afterwards.
 */
interface Edit {
  readonly name: string;
  readonly patch: 1 | 2;
  /** `click`: a kit widget's drawn option (found by `selector` and its text `value` in the item `testId`), which may fire no event. */
  readonly kind: 'textarea' | 'radio' | 'click';
  readonly testId: string;
  readonly value?: string;
  readonly selector?: string;
  readonly expect: { readonly ruleId: string; readonly present: boolean };
}

/** Cycles on each patch: every edit flips one finding, and each cycle ends where it started. */
const CYCLES: Readonly<Record<1 | 2, readonly Edit[]>> = {
  // #/patch/1: 合法 / 农转用已批 with 批准文号 and 批准面积 filled.
  1: [
    { name: '批准文号 清空', patch: 1, kind: 'textarea', testId: 'approvalNo', value: '', expect: { ruleId: 'legal-approval-required', present: true } },
    { name: '批准文号 输入', patch: 1, kind: 'textarea', testId: 'approvalNo', value: '冀政转征〔2022〕15号', expect: { ruleId: 'legal-approval-required', present: false } },
    { name: '批准面积 负数', patch: 1, kind: 'textarea', testId: 'approvalArea', value: '-1', expect: { ruleId: 'area-negative', present: true } },
    { name: '批准面积 3.25', patch: 1, kind: 'textarea', testId: 'approvalArea', value: '3.25', expect: { ruleId: 'area-negative', present: false } },
  ],
  // #/patch/2: 违法, 0 photos.
  2: [
    { name: '是否消除违法状态 是', patch: 2, kind: 'radio', testId: 'rectResolved-是', expect: { ruleId: 'photo-required-for-demolition', present: true } },
    { name: '是否消除违法状态 否', patch: 2, kind: 'radio', testId: 'rectResolved-否', expect: { ruleId: 'photo-required-for-demolition', present: false } },
    { name: '违法面积 负数', patch: 2, kind: 'textarea', testId: 'violationArea', value: '-1', expect: { ruleId: 'area-negative', present: true } },
    { name: '违法面积 0.5', patch: 2, kind: 'textarea', testId: 'violationArea', value: '0.5', expect: { ruleId: 'area-negative', present: false } },
  ],
};

interface Timing {
  readonly ms: number;
  readonly timedOut: boolean;
  /** Shadow-root mutation batches seen before the expected state was shown. */
  readonly batches: number;
}

/**
 * Runs one edit in the page and times it (see the file comment). Plain JavaScript source, not a
 * TypeScript function: tsx's transform would wrap inner functions in a `__name` helper that does
 * not exist in the page.
 */
const TIME_EDIT_IN_PAGE = `({ edit, timeoutMs }) => new Promise((resolve, reject) => {
  const host = document.querySelector('[data-tuban-lint-root]');
  const shadow = host && host.shadowRoot;
  const target = document.querySelector('[data-testid="' + edit.testId + '"]');
  if (!shadow || !target) {
    reject(new Error((shadow ? 'no control ' + edit.testId : 'no extension root with an open shadow root') + ' on ' + location.href));
    return;
  }
  const shows = () => shadow.querySelector('[data-rule-id="' + edit.expect.ruleId + '"]') !== null;
  if (shows() === edit.expect.present) {
    reject(new Error(edit.name + ': ' + edit.expect.ruleId + ' is already ' + (edit.expect.present ? 'shown' : 'gone') + ' before the edit'));
    return;
  }
  let batches = 0;
  let start = 0;
  let timer = 0;
  const observer = new MutationObserver(() => {
    batches += 1;
    if (shows() === edit.expect.present) finish(false);
  });
  const finish = (timedOut) => {
    const ms = performance.now() - start;
    observer.disconnect();
    clearTimeout(timer);
    resolve({ ms, timedOut, batches });
  };
  observer.observe(shadow, { subtree: true, childList: true, attributes: true, characterData: true });
  timer = setTimeout(() => finish(true), timeoutMs);
  if (edit.kind === 'textarea') {
    const field = target.matches('input, textarea') ? target : target.querySelector('input, textarea');
    start = performance.now();
    field.value = edit.value || '';
    field.dispatchEvent(new Event('input', { bubbles: true }));
  } else if (edit.kind === 'click') {
    const option = Array.from(target.querySelectorAll(edit.selector)).find((e) => e.textContent.replace(/[^\\p{L}\\p{N}]/gu, '') === edit.value);
    if (!option) { observer.disconnect(); clearTimeout(timer); reject(new Error('no option ' + edit.value + ' in ' + edit.testId)); return; }
    start = performance.now();
    option.click();
  } else {
    start = performance.now();
    target.click();
  }
})`;

function timeEdit(page: Page, edit: Edit): Promise<Timing> {
  return page.evaluate(`(${TIME_EDIT_IN_PAGE})(${JSON.stringify({ edit, timeoutMs: TIMEOUT_MS })})`) as Promise<Timing>;
}

/** Opens a patch and waits until the extension has read it (its root is there and the page is quiet). */
async function openPatch(page: Page, url: string, patch: 1 | 2): Promise<void> {
  if (page.url() === '' || page.url() === 'about:blank' || !page.url().startsWith(url)) await page.goto(`${url}#/patch/${patch}`);
  else await page.evaluate((hash) => (location.hash = hash), `#/patch/${patch}`);
  const deadline = Date.now() + 15_000;
  while (!(await hasExtensionRoot(page))) {
    if (Date.now() > deadline) throw new Error(`the extension's root did not appear on ${page.url()}`);
    await page.waitForTimeout(50);
  }
  // Past the debounced re-read of the navigation.
  await page.waitForTimeout(600);
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

function summary(values: readonly number[]): { count: number; p50: number; p95: number; max: number; mean: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length);
  return { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] ?? Number.NaN, mean };
}

function chromiumVersion(fallback: string): string {
  const r = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', timeout: 20_000 });
  const text = (r.stdout ?? '').trim();
  return r.status === 0 && text !== '' ? text : fallback;
}

interface SizeReport {
  readonly budgetBytes: number;
  readonly totalGzipBytes: number;
  readonly files: readonly { file: string; bytes: number; gzipBytes: number }[];
  readonly ok: boolean;
}

function contentScriptSize(): SizeReport {
  const r = spawnSync(process.execPath, [join(ROOT, 'extension', 'scripts', 'measure-content-size.mjs'), '--json'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`measure-content-size.mjs failed (exit ${String(r.status)}): ${r.stderr}`);
  return JSON.parse(r.stdout) as SizeReport;
}

// ---------------------------------------------------------------- run
ensureExtensionBuilt();
const server = await startFixtureServer();
const session = await launchBrowser({ allowedOrigin: server.origin });
const url = server.url(PAGE);
const timings: { edit: Edit; timing: Timing }[] = [];
let userAgent: string | undefined;
try {
  const { page } = session;
  // Blocks of edits per patch; switching patches re-renders the whole form (not timed).
  const BLOCK = 20;
  let done = -WARMUP;
  let patch: 1 | 2 = 1;
  await openPatch(page, url, patch);
  userAgent = await page.evaluate(() => navigator.userAgent);
  while (done < EDITS) {
    const cycle = CYCLES[patch];
    for (let i = 0; i < BLOCK && done < EDITS; i += 1) {
      const edit = cycle[i % cycle.length];
      if (!edit) continue;
      const timing = await timeEdit(page, edit);
      if (done >= 0) timings.push({ edit, timing });
      done += 1;
    }
    patch = patch === 1 ? 2 : 1;
    await openPatch(page, url, patch);
  }
  if (session.pageErrors.length > 0) console.warn(`页面错误：\n${session.pageErrors.join('\n')}`);
  session.requests.assertNoneLeft();
} finally {
  await session.close();
  await server.close();
}

// ---- The UI-kit fixtures (issue 16), widget events suppressed: 是否消除违法状态 by clicking the
// kit's drawn option (no input/change event reaches the extension), 违法面积 by typing.
const KIT_EDITS = Number(process.env['BENCH_KIT_EDITS'] ?? '60');
const kitTimings: { kit: string; edit: Edit; timing: Timing }[] = [];
{
  const kitServer = await startFixtureServer();
  const kitSession = await launchBrowser({ allowedOrigin: kitServer.origin });
  try {
    const { page } = kitSession;
    for (const [kit, driver] of Object.entries(KIT_DRIVERS)) {
      await page.goto(kitServer.url(`kits/${kit}.html?events=off`));
      await page.waitForFunction(() => document.querySelector('[data-tuban-lint-root]')?.shadowRoot != null);
      await driver.choose(page, page.getByTestId('item-verdict'), 'verdict', '违法');
      await driver.choose(page, page.getByTestId('item-rectMeasure'), 'rectMeasure', '拆除');
      await page.waitForTimeout(600);
      const cycle: Edit[] = [
        {
          name: `${kit}: 是否消除违法状态 是（无事件的点击）`,
          patch: 1,
          kind: 'click',
          testId: 'item-rectResolved',
          selector: driver.radio,
          value: '是',
          expect: { ruleId: 'photo-required-for-demolition', present: true },
        },
        {
          name: `${kit}: 是否消除违法状态 否（无事件的点击）`,
          patch: 1,
          kind: 'click',
          testId: 'item-rectResolved',
          selector: driver.radio,
          value: '否',
          expect: { ruleId: 'photo-required-for-demolition', present: false },
        },
        { name: `${kit}: 违法面积 负数`, patch: 1, kind: 'textarea', testId: 'item-violationArea', value: '-1', expect: { ruleId: 'area-negative', present: true } },
        { name: `${kit}: 违法面积 1.5`, patch: 1, kind: 'textarea', testId: 'item-violationArea', value: '1.5', expect: { ruleId: 'area-negative', present: false } },
      ];
      for (let i = -8; i < KIT_EDITS; i += 1) {
        const edit = cycle[((i % cycle.length) + cycle.length) % cycle.length];
        if (!edit) continue;
        const timing = await timeEdit(page, edit);
        if (i >= 0) kitTimings.push({ kit, edit, timing });
      }
    }
    kitSession.requests.assertNoneLeft();
  } finally {
    await kitSession.close();
    await kitServer.close();
  }
}
const kitLatency = Object.fromEntries(
  Object.keys(KIT_DRIVERS).map((kit) => {
    const mine = kitTimings.filter((t) => t.kit === kit);
    const clicks = mine.filter((t) => t.edit.kind === 'click' && !t.timing.timedOut).map((t) => t.timing.ms);
    return [kit, { all: summary(mine.filter((t) => !t.timing.timedOut).map((t) => t.timing.ms)), silentClicks: summary(clicks), timeouts: mine.filter((t) => t.timing.timedOut).length }];
  }),
);
const kitsMet = Object.values(kitLatency).every((k) => k.all.p95 <= 16 && k.timeouts === 0);

const completed = timings.filter((t) => !t.timing.timedOut);
const latency = summary(completed.map((t) => t.timing.ms));
const byEdit = Object.fromEntries(
  [...new Set(timings.map((t) => t.edit.name))].map((name) => {
    const mine = timings.filter((t) => t.edit.name === name && !t.timing.timedOut).map((t) => t.timing.ms);
    return [name, summary(mine)];
  }),
);
const timeouts = timings.length - completed.length;
const size = contentScriptSize();

const cpu = cpus();
const machine = {
  cpu: cpu[0]?.model ?? 'unknown',
  cores: cpu.length,
  memoryGb: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  os: `${platform()} ${release()}`,
  chromium: chromiumVersion(userAgent ?? 'unknown'),
};
const targets = {
  p95Ms: { target: '≤ 16', measured: latency.p95, met: latency.p95 <= 16 && timeouts === 0 },
  contentScriptGzipBytes: { target: `≤ ${size.budgetBytes}`, measured: size.totalGzipBytes, met: size.ok },
  kitsP95Ms: { target: '≤ 16 on every kit fixture', met: kitsMet },
};
const date = new Date().toISOString().slice(0, 10);
const record = {
  date,
  machine,
  page: `${PAGE} (#/patch/1 and #/patch/2, blocks of 20 edits)`,
  edits: timings.length,
  warmup: WARMUP,
  timeouts,
  timeoutMs: TIMEOUT_MS,
  latencyMs: latency,
  byEdit,
  contentScript: size,
  kits: { page: 'kits/<kit>.html?events=off', editsPerKit: KIT_EDITS, latencyMs: kitLatency },
  targets,
};
mkdirSync(RESULTS, { recursive: true });
writeFileSync(join(RESULTS, `extension-${date}.json`), `${JSON.stringify(record, null, 2)}\n`);

const ms = (v: number): string => `${v.toFixed(2)} ms`;
const yes = (met: boolean): string => (met ? 'met' : '**not met**');
const md = [
  `# Extension benchmark, ${date}`,
  '',
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.os}, ${machine.chromium} (headless, with dist/extension).`,
  '',
  `Re-check latency on \`${PAGE}\`: from \`performance.now()\` right before an edit's event is dispatched in the page to the first mutation of the extension's shadow root after which the edit's finding is shown (or gone). ${timings.length} edits after ${WARMUP} warm-up edits, in blocks of 20 alternating between #/patch/1 (批准文号 cleared / typed, 批准面积 set negative / back) and #/patch/2 (是否消除违法状态 是 / 否 by clicking the option, 违法面积 negative / back). Timeouts (no update within ${TIMEOUT_MS} ms): ${timeouts}.`,
  '',
  '| measure | p50 | p95 | max | mean | target |',
  '|---|---|---|---|---|---|',
  `| all ${latency.count} edits | ${ms(latency.p50)} | ${ms(latency.p95)} | ${ms(latency.max)} | ${ms(latency.mean)} | p95 ≤ 16 ms — ${yes(targets.p95Ms.met)} |`,
  ...Object.entries(byEdit).map(([name, s]) => `| ${name} (${s.count}) | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.max)} | ${ms(s.mean)} | |`),
  '',
  `UI-kit fixtures (\`kits/<kit>.html?events=off\`, issue 16): ${KIT_EDITS} edits per kit after 8 warm-up edits — 是否消除违法状态 是 / 否 by clicking the kit's drawn option (no input/change event reaches the extension: layui fires none, the others' are stopped by the page), 违法面积 typed negative / back.`,
  '',
  '| kit | p50 | p95 | max | silent clicks p95 | timeouts | target |',
  '|---|---|---|---|---|---|---|',
  ...Object.entries(kitLatency).map(
    ([kit, k]) => `| ${kit} | ${ms(k.all.p50)} | ${ms(k.all.p95)} | ${ms(k.all.max)} | ${ms(k.silentClicks.p95)} | ${k.timeouts} | p95 ≤ 16 ms — ${yes(k.all.p95 <= 16 && k.timeouts === 0)} |`,
  ),
  '',
  `Content script: ${size.files.map((f) => `\`${f.file}\` ${(f.bytes / 1024).toFixed(1)} kB, gzip ${(f.gzipBytes / 1024).toFixed(1)} kB`).join('; ')} — total ${(size.totalGzipBytes / 1024).toFixed(1)} kB gzipped, budget ${(size.budgetBytes / 1024).toFixed(0)} kB — ${yes(size.ok)}.`,
  '',
];
writeFileSync(join(RESULTS, `extension-${date}.md`), md.join('\n'));
console.log(`重新校核延迟（${latency.count} 次编辑，超时 ${timeouts} 次）：p50 ${ms(latency.p50)}，p95 ${ms(latency.p95)}，最大 ${ms(latency.max)}`);
console.log(`内容脚本 gzip ${(size.totalGzipBytes / 1024).toFixed(1)} kB / 预算 ${(size.budgetBytes / 1024).toFixed(0)} kB`);
console.log(`结果已写入 bench/results/extension-${date}.json 与 .md`);
for (const [kit, k] of Object.entries(kitLatency)) console.log(`${kit}：p95 ${ms(k.all.p95)}（无事件点击 p95 ${ms(k.silentClicks.p95)}），超时 ${k.timeouts} 次`);
if (timeouts > 0 || !kitsMet) process.exitCode = 1;
