/**
 * End-to-end harness for the browser extension (issue 4 item 8): Debian's Chromium with the built
 * extension from dist/extension, driven by playwright-core, a fresh profile per test.
 *
 * The test contract (issue 4 item 7): the extension's UI root carries `data-tuban-lint-root` and an
 * OPEN shadow root; every finding shown — panel entries and field markers — carries `data-rule-id`
 * and `data-field`. Nothing else about the extension's markup is assumed: a "marker beside a
 * field" is told from a panel entry by where it is drawn (see findingsNear).
 *
 * No request may leave the browser. Two recorders watch for it: Playwright's request events
 * (pages, frames and the extension's service worker) and a refusing HTTP proxy that Chromium must
 * use for every origin except the fixture server — it sees what Playwright cannot (offscreen
 * documents, workers of extension pages) and answers nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Frame, type Locator, type Page, type Worker } from 'playwright-core';
import { expect } from 'vitest';

export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** dist/extension, or TUBAN_LINT_EXTENSION_DIR to try a build made elsewhere (e.g. `vite build --outDir /tmp/x`). */
export const EXTENSION_DIR = process.env['TUBAN_LINT_EXTENSION_DIR'] ?? join(REPOSITORY_ROOT, 'dist', 'extension');
const EXTENSION_MANIFEST = join(EXTENSION_DIR, 'manifest.json');
const CHROMIUM = '/usr/bin/chromium';

/**
 * Builds the extension when dist/extension/manifest.json is missing (`npm run build:extension`).
 * It does not rebuild a stale build: run `npm run build:extension` after changing the extension.
 */
export function ensureExtensionBuilt(): void {
  if (existsSync(EXTENSION_MANIFEST)) return;
  const build = spawnSync('npm', ['run', 'build:extension'], { cwd: REPOSITORY_ROOT, encoding: 'utf8', timeout: 180_000 });
  if (build.status !== 0 || !existsSync(EXTENSION_MANIFEST)) {
    const output = `${build.stdout ?? ''}${build.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(
      `The extension is not built (${EXTENSION_MANIFEST} is missing) and \`npm run build:extension\` failed` +
        ` (exit ${String(build.status)}). Run npm run build first.\n${output}`,
    );
  }
}

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

// ---- Request recording ---------------------------------------------------------------------

export interface RecordedRequest {
  readonly url: string;
  /** Who asked: a page or frame URL, `service-worker`, or `proxy` (seen only by the refusing proxy). */
  readonly by: string;
}

export interface RequestRecorder {
  /** Every request seen, allowed or not. */
  readonly all: readonly RecordedRequest[];
  /** Requests to anything but the allowed origin, chrome-extension://, data: and blob: (minus Chromium's own calls to Google seen by the proxy). */
  offending(): RecordedRequest[];
  /** Throws listing every offending request. */
  assertNoneLeft(): void;
}

/**
 * Google endpoints that Chromium itself calls even with the background-networking flags and no
 * extension loaded (measured on this machine, Chromium 156 headless: update.googleapis.com,
 * accounts.google.com, content-autofill.googleapis.com, clients2.google.com). Only the proxy's
 * records are filtered by this: a page, frame or service-worker request to them is still caught
 * by the Playwright recorder. Our extension has no reason to call Google.
 */
const BROWSER_INTERNAL_HOST = /(^|\.)(google\.com|googleapis\.com|gvt1\.com)$/u;

function isBrowserInternal(recorded: RecordedRequest): boolean {
  if (recorded.by !== 'proxy') return false;
  const host = /^(?:https?:\/\/)?([^/:?#]+)/u.exec(recorded.url)?.[1] ?? '';
  return BROWSER_INTERNAL_HOST.test(host);
}

function isAllowed(url: string, allowedOrigin: string): boolean {
  if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  try {
    return new URL(url).origin === allowedOrigin;
  } catch {
    return false;
  }
}

/**
 * A proxy that refuses everything and remembers what it was asked for. Chromium is told to send
 * every request through it except those to the fixture server (`--proxy-bypass-list`), so any
 * request it sees is one that would have left the machine.
 */
export async function startRefusingProxy(): Promise<{ port: number; seen: RecordedRequest[]; close(): Promise<void> }> {
  const seen: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    seen.push({ url: request.url ?? '', by: 'proxy' });
    response.writeHead(403, { 'Content-Type': 'text/plain' }).end('refused by the tuban-lint e2e harness');
  });
  // Chromium drops refused connections abruptly: a reset socket is expected here, not a failure
  // (unhandled, its ECONNRESET would fail the whole vitest run).
  const ignoreReset = (): void => undefined;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('error', ignoreReset);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  server.on('connect', (request, socket) => {
    socket.on('error', ignoreReset);
    seen.push({ url: `https://${request.url ?? ''}`, by: 'proxy' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy: no TCP address');
  return {
    port: address.port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export function recordRequests(context: BrowserContext, allowedOrigin: string, proxySeen: readonly RecordedRequest[]): RequestRecorder {
  const seenByPlaywright: RecordedRequest[] = [];
  context.on('request', (request) => {
    let by: string;
    try {
      by = request.serviceWorker() ? 'service-worker' : request.frame().url();
    } catch {
      by = 'unknown';
    }
    seenByPlaywright.push({ url: request.url(), by });
  });
  const all = (): RecordedRequest[] => [...seenByPlaywright, ...proxySeen];
  return {
    get all() {
      return all();
    },
    offending: () => all().filter((r) => (r.by === 'proxy' ? !isBrowserInternal(r) : !isAllowed(r.url, allowedOrigin))),
    assertNoneLeft() {
      const bad = this.offending();
      if (bad.length > 0) throw new Error(`Requests left the browser:\n${bad.map((r) => `  ${r.url}  (from ${r.by})`).join('\n')}`);
    },
  };
}

// ---- Launch ----------------------------------------------------------------------------------

export interface LaunchOptions {
  /** The fixture server's origin: the only origin requests may go to. */
  readonly allowedOrigin: string;
  /** Load dist/extension (default true). False launches the same browser without it. */
  readonly withExtension?: boolean;
}

export interface BrowserSession {
  readonly context: BrowserContext;
  /** The first tab. */
  readonly page: Page;
  /** The extension's id (host of its service worker URL); '' without the extension. */
  readonly extensionId: string;
  readonly requests: RequestRecorder;
  /** Page errors and console errors of the pages, for diagnosis. */
  readonly pageErrors: readonly string[];
  close(): Promise<void>;
}

async function extensionServiceWorker(context: BrowserContext): Promise<Worker> {
  const isExtension = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const existing = context.serviceWorkers().find(isExtension);
  if (existing) return existing;
  return context.waitForEvent('serviceworker', { predicate: isExtension, timeout: 15_000 });
}

/**
 * Chromium's flags for every end-to-end run (extension and PWA): no background calls home, and all
 * traffic through the refusing proxy except to `allowedHost` (stack-notes.md, "Playwright").
 */
export function isolatedChromiumArgs(proxyPort: number, allowedHost: string): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--proxy-server=http://127.0.0.1:${proxyPort}`,
    // `<-loopback>` removes Chromium's implicit bypass of loopback hosts: only the allowed host is direct.
    `--proxy-bypass-list=<-loopback>;${allowedHost}`,
  ];
}

export async function launchBrowser(options: LaunchOptions): Promise<BrowserSession> {
  const withExtension = options.withExtension ?? true;
  // A missing browser fails the run loudly: a skipped end-to-end suite would pass for nothing.
  if (!chromiumAvailable()) throw new Error(`${CHROMIUM} is missing: install Debian's Chromium (apt-get install -y chromium); .ci/run does this.`);
  if (withExtension && !existsSync(EXTENSION_MANIFEST)) throw new Error(`${EXTENSION_MANIFEST} is missing: run npm run build first (npm run build:extension).`);
  const proxy = await startRefusingProxy();
  const profileDir = mkdtempSync(join(tmpdir(), 'tuban-lint-e2e-'));
  const fixtureHost = new URL(options.allowedOrigin).host;
  const args = isolatedChromiumArgs(proxy.port, fixtureHost);
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args,
      viewport: { width: 1400, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
  } catch (error) {
    await proxy.close();
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
  // Fail a stuck action in seconds with Playwright's own explanation, well inside a test's timeout.
  context.setDefaultTimeout(10_000);
  const requests = recordRequests(context, options.allowedOrigin, proxy.seen);
  const pageErrors: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${page.url()}: console: ${message.text()}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  const close = async () => {
    await context.close().catch(() => undefined);
    await proxy.close();
    rmSync(profileDir, { recursive: true, force: true });
  };
  try {
    const extensionId = withExtension ? new URL((await extensionServiceWorker(context)).url()).host : '';
    const page = context.pages()[0] ?? (await context.newPage());
    return { context, page, extensionId, requests, pageErrors, close };
  } catch (error) {
    await close();
    throw error;
  }
}

// ---- Findings from the extension's shadow root ----------------------------------------------

export interface ShownFinding {
  readonly ruleId: string;
  readonly field: string;
  /** Drawn (non-zero box, not display:none) — a collapsed panel's entries are present but not drawn. */
  readonly drawn: boolean;
  /** The element's box in the top page's viewport coordinates. */
  readonly box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

interface RawFinding {
  ruleId: string;
  field: string;
  drawn: boolean;
  box: { x: number; y: number; width: number; height: number };
}

async function findingsInFrame(frame: Frame): Promise<RawFinding[]> {
  return frame.evaluate(() => {
    const out: { ruleId: string; field: string; drawn: boolean; box: { x: number; y: number; width: number; height: number } }[] = [];
    const visit = (root: ShadowRoot) => {
      for (const element of Array.from(root.querySelectorAll('[data-rule-id]'))) {
        const rect = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        out.push({
          ruleId: element.getAttribute('data-rule-id') ?? '',
          field: element.getAttribute('data-field') ?? '',
          drawn: rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden',
          box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
        });
      }
      for (const element of Array.from(root.querySelectorAll('*'))) if (element.shadowRoot) visit(element.shadowRoot);
    };
    for (const host of Array.from(document.querySelectorAll('[data-tuban-lint-root]'))) if (host.shadowRoot) visit(host.shadowRoot);
    return out;
  });
}

/** Every frame drawn on the page with its offset in the top viewport (frames not drawn are left out). */
export async function framesWithOffsets(page: Page): Promise<{ frame: Frame; offset: { x: number; y: number } }[]> {
  const out: { frame: Frame; offset: { x: number; y: number } }[] = [];
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) {
      out.push({ frame, offset: { x: 0, y: 0 } });
      continue;
    }
    const box = await (await frame.frameElement().catch(() => null))?.boundingBox();
    if (box) out.push({ frame, offset: { x: box.x, y: box.y } });
  }
  return out;
}

/** Every finding element in the extension's roots, in every frame (an iframe may have its own root). */
export async function readFindings(page: Page): Promise<ShownFinding[]> {
  const all: ShownFinding[] = [];
  for (const { frame, offset } of await framesWithOffsets(page)) {
    const found = await findingsInFrame(frame).catch(() => [] as RawFinding[]);
    for (const f of found) all.push({ ...f, box: { ...f.box, x: f.box.x + offset.x, y: f.box.y + offset.y } });
  }
  return all;
}

/** Whether the extension's UI root exists (with an open shadow root) in the page. */
export async function hasExtensionRoot(page: Page): Promise<boolean> {
  return page.evaluate(() => Array.from(document.querySelectorAll('[data-tuban-lint-root]')).some((e) => e.shadowRoot !== null));
}

export interface FindingQuery {
  readonly ruleId: string;
  /** When given, the finding must carry this data-field. */
  readonly field?: string;
}

const matches = (f: ShownFinding, q: FindingQuery) => f.ruleId === q.ruleId && (q.field === undefined || f.field === q.field);

function listFindings(findings: readonly ShownFinding[]): string {
  if (findings.length === 0) return '(no finding shown)';
  return [...new Set(findings.map((f) => `${f.ruleId}@${f.field}${f.drawn ? '' : ' (not drawn)'}`))].sort().join(', ');
}

/** Polls until `predicate` holds for the findings shown; throws with what was shown on timeout. */
export async function waitForFindings(
  page: Page,
  what: string,
  predicate: (findings: readonly ShownFinding[]) => boolean,
  timeoutMs = 10_000,
): Promise<ShownFinding[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const last = await readFindings(page);
    if (predicate(last)) return last;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}. Shown: ${listFindings(last)}`);
    await page.waitForTimeout(100);
  }
}

export function expectShown(page: Page, query: FindingQuery, timeoutMs?: number): Promise<ShownFinding[]> {
  return waitForFindings(page, `${query.ruleId}${query.field ? `@${query.field}` : ''} to appear`, (fs) => fs.some((f) => matches(f, query)), timeoutMs);
}

export function expectGone(page: Page, query: FindingQuery, timeoutMs?: number): Promise<ShownFinding[]> {
  return waitForFindings(page, `${query.ruleId}${query.field ? `@${query.field}` : ''} to disappear`, (fs) => !fs.some((f) => matches(f, query)), timeoutMs);
}

/** Distance in CSS pixels between two boxes (0 when they overlap). */
function boxDistance(a: ShownFinding['box'], b: ShownFinding['box']): number {
  const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
  const dy = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height));
  return Math.hypot(dx, dy);
}

/**
 * Waits for a drawn finding element of `query` beside `target` (a field's row, cell or control):
 * within `maxDistance` px of the target's box. This is what tells a field marker from a panel
 * entry without assuming the extension's markup. The target is measured afresh on every poll, as
 * the page may re-render it.
 */
export async function expectMarkerBeside(
  page: Page,
  query: FindingQuery & { readonly field: string },
  target: Locator,
  maxDistance = 40,
  timeoutMs = 10_000,
): Promise<ShownFinding> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const targetBox = await target.boundingBox({ timeout: 1_000 }).catch(() => null);
    const findings = await readFindings(page);
    const marker = targetBox ? findings.find((f) => matches(f, query) && f.drawn && boxDistance(f.box, targetBox) <= maxDistance) : undefined;
    if (marker) return marker;
    if (Date.now() > deadline) {
      const candidates = findings.filter((f) => matches(f, query)).map((f) => JSON.stringify({ drawn: f.drawn, box: f.box }));
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for a marker ${query.ruleId}@${query.field} within ${maxDistance}px of ${target.toString()} ` +
          `(box ${JSON.stringify(targetBox)}). Elements of that finding: ${candidates.join(', ') || 'none'}. Shown: ${listFindings(findings)}`,
      );
    }
    await page.waitForTimeout(100);
  }
}

// ---- The page's own form values --------------------------------------------------------------

/**
 * Every control's state in every frame: value of inputs, textareas and selects, checkedness of
 * radios and checkboxes, number of chosen files, plus the page's submit counter. Elements inside
 * the extension's root are skipped (its shadow DOM is not walked, and light-DOM children of the
 * root are excluded).
 */
export async function snapshotFormValues(page: Page): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  for (const [index, frame] of page.frames().entries()) {
    const part = await frame
      .evaluate(() => {
        const values: Record<string, string> = {};
        const controls = Array.from(document.querySelectorAll('input, textarea, select')).filter((e) => !e.closest('[data-tuban-lint-root]'));
        controls.forEach((element, position) => {
          const id = element.getAttribute('data-testid') ?? element.getAttribute('name') ?? element.id;
          const key = `${element.tagName.toLowerCase()}#${position}:${id}`;
          if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox')) values[key] = `${element.value}=${String(element.checked)}`;
          else if (element instanceof HTMLInputElement && element.type === 'file') values[key] = `files:${element.files?.length ?? 0}`;
          else if (element instanceof HTMLSelectElement) values[key] = `${element.value}|${element.selectedIndex}`;
          else values[key] = (element as HTMLInputElement | HTMLTextAreaElement).value;
        });
        values['body.dataset.submits'] = document.body.dataset.submits ?? '';
        return values;
      })
      .catch(() => ({}) as Record<string, string>);
    for (const [key, value] of Object.entries(part)) snapshot[`frame${index}:${key}`] = value;
  }
  return snapshot;
}

/**
 * Clicks a finding's marker and asserts the page's form is exactly as the page itself left it,
 * and nothing was submitted: the extension focuses or scrolls, never writes.
 */
export async function expectMarkerClickLeavesFormUntouched(page: Page, marker: { box: { x: number; y: number; width: number; height: number } }, afterOwnEdits: Record<string, string>): Promise<void> {
  await page.waitForTimeout(500);
  expect(await snapshotFormValues(page)).toEqual(afterOwnEdits);
  await page.mouse.click(marker.box.x + marker.box.width / 2, marker.box.y + marker.box.height / 2);
  await page.waitForTimeout(300);
  expect(await snapshotFormValues(page)).toEqual(afterOwnEdits);
  expect(await page.evaluate(() => document.body.dataset.submits ?? '0')).toBe('0');
}
