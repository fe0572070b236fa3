/**
 * End-to-end harness for the local PWA (issue 5 items 6–8): dist/pwa served by our static server on
 * 127.0.0.1, Debian's Chromium driven by playwright-core, one fresh profile directory per session.
 *
 * The profile directory is what makes "the browser closed and reopened" testable: IndexedDB, the
 * service worker and its caches live there, so `restart()` (close the browser, launch it again on
 * the same directory) is what an office worker does at the end of a day.
 *
 * The test contract (issue 5 item 7 and the team's hooks, /tmp/briefs/hooks.md): hash routes
 * #/audit, #/ledger, #/due, #/backup; figures `[data-figure="<name>"]` whose text is the bare
 * number; ledger rows `[data-patch-id]`; plain `input[type=file]` for imports and restore. Nothing
 * else about the pages' markup is assumed here.
 *
 * No request may leave the machine: Playwright's request events (pages, workers, the service worker)
 * and a refusing proxy for every origin but the local server both record (extension-harness.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { REPOSITORY_ROOT, chromiumAvailable, isolatedChromiumArgs, recordRequests, startRefusingProxy, type RecordedRequest, type RequestRecorder } from './extension-harness';
import { startFixtureServer, type FixtureServer } from './fixture-server';

/** dist/pwa, or TUBAN_LINT_PWA_DIR to test a build made elsewhere (e.g. a copy taken while others rebuild). */
export const PWA_DIR = process.env['TUBAN_LINT_PWA_DIR'] ?? join(REPOSITORY_ROOT, 'dist', 'pwa');
const PWA_INDEX = join(PWA_DIR, 'index.html');
const CHROMIUM = '/usr/bin/chromium';
/** The app's IndexedDB database (pwa/db/schema.ts DEFAULT_DB_NAME). */
export const APP_DB_NAME = 'tuban-lint';
export const DEMO_SHEET = join(REPOSITORY_ROOT, 'demo', '县级卫片执法图斑-演示.xlsx');

/**
 * Builds the PWA when dist/pwa/index.html is missing (`npm run build:pwa`). A stale build is not
 * rebuilt: run `npm run build:pwa` after changing pwa/.
 */
export function ensurePwaBuilt(): void {
  if (existsSync(PWA_INDEX)) return;
  const build = spawnSync('npm', ['run', 'build:pwa'], { cwd: REPOSITORY_ROOT, encoding: 'utf8', timeout: 300_000 });
  if (build.status !== 0 || !existsSync(PWA_INDEX)) {
    const output = `${build.stdout ?? ''}${build.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`The PWA is not built (${PWA_INDEX} is missing) and \`npm run build:pwa\` failed (exit ${String(build.status)}). Run npm run build first.\n${output}`);
  }
}

/** Serves the built PWA on a free port of 127.0.0.1. */
export function startPwaServer(): Promise<FixtureServer> {
  return startFixtureServer({ port: 0, root: PWA_DIR });
}

// ---- Reading the page ------------------------------------------------------------------------

/**
 * The number a figure shows. Every element carrying the figure must show the same bare number
 * (the contract: text content is the number); anything else fails with what was shown.
 */
export async function readFigure(page: Page, name: string): Promise<number> {
  const texts = await page.locator(`[data-figure="${name}"]`).allTextContents();
  if (texts.length === 0) throw new Error(`No [data-figure="${name}"] on ${page.url()}`);
  const values = [...new Set(texts.map((t) => t.trim()))];
  if (values.length > 1) throw new Error(`[data-figure="${name}"] shows different values on ${page.url()}: ${values.join(' / ')}`);
  const text = values[0] ?? '';
  const value = Number(text);
  if (text === '' || !Number.isFinite(value)) throw new Error(`[data-figure="${name}"] is not a bare number on ${page.url()}: "${text}"`);
  return value;
}

/** Every figure on the page, name → text (for "nothing changed" comparisons). */
export async function readAllFigures(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const element of Array.from(document.querySelectorAll('[data-figure]'))) {
      const name = element.getAttribute('data-figure') ?? '';
      out[name] = (element.textContent ?? '').trim();
    }
    return out;
  });
}

/** Text of the page's alerts (`[role="alert"]`), for failure messages and refusal checks. */
export async function alertTexts(page: Page): Promise<string[]> {
  return (await page.locator('[role="alert"]').allTextContents()).map((t) => t.trim()).filter((t) => t !== '');
}

export type FigureExpectation = number | ((value: number) => boolean);

/**
 * Polls a figure until it equals `expected` (or satisfies it). On timeout the error names the last
 * value shown, the page's alerts and its errors, so a failing e2e test explains itself.
 */
export async function waitForFigure(page: Page, name: string, expected: FigureExpectation, options: { timeoutMs?: number; pageErrors?: readonly string[] } = {}): Promise<number> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const matches = typeof expected === 'number' ? (v: number) => v === expected : expected;
  const deadline = Date.now() + timeoutMs;
  let last: string;
  for (;;) {
    try {
      const value = await readFigure(page, name);
      if (matches(value)) return value;
      last = String(value);
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() > deadline) {
      const alerts = await alertTexts(page).catch(() => []);
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for figure ${name}${typeof expected === 'number' ? ` = ${expected}` : ''} on ${page.url()}; last: ${last}` +
          (alerts.length > 0 ? `; alerts: ${alerts.join(' | ')}` : '') +
          (options.pageErrors && options.pageErrors.length > 0 ? `; page errors: ${options.pageErrors.slice(-5).join(' | ')}` : ''),
      );
    }
    await page.waitForTimeout(100);
  }
}

export type UploadFile = string | { readonly name: string; readonly mimeType: string; readonly buffer: Buffer };

/** Chooses files on a plain `<input type="file">` (the contract), as a user picking them would. */
export async function uploadFiles(input: Locator, files: UploadFile | readonly UploadFile[]): Promise<void> {
  const list: readonly UploadFile[] = typeof files === 'string' || !Array.isArray(files) ? [files as UploadFile] : files;
  const paths = list.filter((f): f is string => typeof f === 'string');
  const payloads = list.flatMap((f) => (typeof f === 'string' ? [] : [{ name: f.name, mimeType: f.mimeType, buffer: f.buffer }]));
  if (paths.length > 0 && payloads.length > 0) throw new Error('uploadFiles: give paths or in-memory files, not both');
  await input.setInputFiles(paths.length > 0 ? paths : payloads);
}

export interface CapturedDownload {
  readonly name: string;
  readonly bytes: Buffer;
}

/** Runs `trigger` and returns the file it made the page download (Playwright's download event). */
export async function captureDownload(page: Page, trigger: () => Promise<unknown>, timeoutMs = 30_000): Promise<CapturedDownload> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: timeoutMs }), trigger()]);
  const failure = await download.failure();
  if (failure !== null) throw new Error(`download ${download.suggestedFilename()} failed: ${failure}`);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

// ---- IndexedDB dump --------------------------------------------------------------------------

/** Every object store of a database: store name → [primary key, value] pairs in key order; Blobs as `{ $blob: type, size, base64 }`. */
export type DatabaseDump = Record<string, [unknown, unknown][]>;

/**
 * Reads every store of the app's database inside the page, Blob bytes included (base64), without
 * the app's code: what is on disk, not what the UI says. Plain JavaScript source, not a TypeScript
 * function: a transform could wrap inner functions in helpers that do not exist in the page.
 * An absent database dumps as {} (opening it by name alone would create it: the dump checks the
 * database list first).
 */
const DUMP_DATABASE_IN_PAGE = `async (name) => {
  const known = await indexedDB.databases();
  if (!known.some((d) => d.name === name)) return {};
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const pairs = {};
  const names = Array.from(db.objectStoreNames);
  if (names.length > 0) {
    const tx = db.transaction(names, 'readonly');
    await Promise.all(names.map((store) => new Promise((resolve, reject) => {
      const out = [];
      const cursor = tx.objectStore(store).openCursor();
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) { pairs[store] = out; resolve(); return; }
        out.push([c.primaryKey, c.value]);
        c.continue();
      };
      cursor.onerror = () => reject(cursor.error);
    })));
  }
  db.close();
  const toBase64 = (bytes) => {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  };
  const plain = async (value) => {
    if (value instanceof Blob) return { $blob: value.type, size: value.size, base64: toBase64(new Uint8Array(await value.arrayBuffer())) };
    if (value instanceof Date) return { $date: value.toISOString() };
    if (ArrayBuffer.isView(value)) return { $bytes: toBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) };
    if (Array.isArray(value)) return Promise.all(value.map(plain));
    if (value !== null && typeof value === 'object') {
      const out = {};
      for (const key of Object.keys(value).sort()) out[key] = await plain(value[key]);
      return out;
    }
    return value;
  };
  const dump = {};
  for (const store of names) dump[store] = await Promise.all(pairs[store].map(async ([key, value]) => [await plain(key), await plain(value)]));
  return dump;
}`;

export function dumpDatabase(page: Page, name = APP_DB_NAME): Promise<DatabaseDump> {
  return page.evaluate(`(${DUMP_DATABASE_IN_PAGE})(${JSON.stringify(name)})`) as Promise<DatabaseDump>;
}

/** Counts rows of one store straight from IndexedDB (0 when the database or store does not exist). */
export async function countStore(page: Page, store: string, name = APP_DB_NAME): Promise<number> {
  const script = `(async ({ name, store }) => {
    const known = await indexedDB.databases();
    if (!known.some((d) => d.name === name)) return 0;
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains(store)) return 0;
      return await new Promise((resolve, reject) => {
        const request = db.transaction(store, 'readonly').objectStore(store).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  })(${JSON.stringify({ name, store })})`;
  return (await page.evaluate(script)) as number;
}

// ---- Launch ----------------------------------------------------------------------------------

export interface PwaSession {
  /** The current browser (replaced by `restart`). */
  readonly context: BrowserContext;
  /** The current tab (replaced by `restart` and `reopenPage`). */
  readonly page: Page;
  /** The profile directory: IndexedDB, the service worker and its caches live here. */
  readonly profileDir: string;
  /** Every request of every browser launched on this profile, allowed or not. */
  readonly requests: RequestRecorder;
  /** Page errors and console errors, for diagnosis. */
  readonly pageErrors: readonly string[];
  /** Opens a route of the app (`'#/ledger'`, `'#/ledger/3'`) in the current tab and waits for its page. */
  open(route: string): Promise<Page>;
  figure(name: string): Promise<number>;
  waitForFigure(name: string, expected: FigureExpectation, timeoutMs?: number): Promise<number>;
  upload(input: Locator, files: UploadFile | readonly UploadFile[]): Promise<void>;
  download(trigger: () => Promise<unknown>, timeoutMs?: number): Promise<CapturedDownload>;
  dump(): Promise<DatabaseDump>;
  /** Reloads the current tab (and waits for the app's page when it shows the app). */
  reload(): Promise<Page>;
  /** Closes the current tab without running beforeunload (as a closed window would), then opens its URL in a new tab. */
  reopenPage(): Promise<Page>;
  /** Closes the browser and launches it again on the same profile directory ("closed and reopened"), at the same URL. */
  restart(): Promise<Page>;
  /** Clears everything the origin stored (CDP Storage.clearDataForOrigin, storageTypes 'all'): IndexedDB, caches, the service worker. */
  clearSiteData(): Promise<void>;
  /** Emulates no network for every page and worker of the browser (Playwright `setOffline`). */
  setOffline(offline: boolean): Promise<void>;
  close(): Promise<void>;
}

export interface PwaLaunchOptions {
  /** Reuse a profile directory (it is then not deleted on close); default: a fresh one. */
  readonly profileDir?: string;
}

/** Waits until the app's shell shows the page of `route` (its `<main data-route>`). */
async function waitForRoute(page: Page, route: string): Promise<void> {
  const id = /^#\/([a-z]+)/u.exec(route)?.[1] ?? 'due';
  await page.locator(`main[data-route="${id}"]`).waitFor({ state: 'attached', timeout: 20_000 });
}

export async function launchPwa(server: FixtureServer, options: PwaLaunchOptions = {}): Promise<PwaSession> {
  // A missing browser or build fails the run loudly: a skipped e2e suite would pass for nothing.
  if (!chromiumAvailable()) throw new Error(`${CHROMIUM} is missing: install Debian's Chromium (apt-get install -y chromium); .ci/run does this.`);
  if (!existsSync(PWA_INDEX)) throw new Error(`${PWA_INDEX} is missing: run npm run build first (npm run build:pwa).`);
  const proxy = await startRefusingProxy();
  const ownsProfile = options.profileDir === undefined;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'tuban-lint-pwa-e2e-'));
  const serverHost = new URL(server.origin).host;
  const recorders: RequestRecorder[] = [];
  const pageErrors: string[] = [];
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  const watch = (p: Page) => {
    p.on('pageerror', (error) => pageErrors.push(`${p.url()}: ${String(error)}`));
    p.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${p.url()}: console: ${message.text()}`);
    });
  };

  const launch = async (): Promise<void> => {
    const next = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: isolatedChromiumArgs(proxy.port, serverHost),
      viewport: { width: 1400, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      acceptDownloads: true,
      serviceWorkers: 'allow',
    });
    next.setDefaultTimeout(15_000);
    // The proxy's records are shared by every launch: hand them to the first recorder only.
    recorders.push(recordRequests(next, server.origin, recorders.length === 0 ? proxy.seen : []));
    next.pages().forEach(watch);
    next.on('page', watch);
    context = next;
    page = next.pages()[0] ?? (await next.newPage());
  };

  const need = (): { context: BrowserContext; page: Page } => {
    if (!context || !page) throw new Error('the PWA browser is closed');
    return { context, page };
  };

  const requests: RequestRecorder = {
    get all(): readonly RecordedRequest[] {
      return recorders.flatMap((r) => r.all);
    },
    offending: () => recorders.flatMap((r) => r.offending()),
    assertNoneLeft() {
      const bad = this.offending();
      if (bad.length > 0) throw new Error(`Requests left the browser:\n${bad.map((r) => `  ${r.url}  (from ${r.by})`).join('\n')}`);
    },
  };

  const open = async (route: string): Promise<Page> => {
    const { page: current } = need();
    await current.goto(`${server.origin}/${route}`);
    await waitForRoute(current, route);
    return current;
  };

  /** Whether a URL is the app's page on the server (not another path of the origin, nor about:blank). */
  const isAppUrl = (url: string): boolean => {
    if (!url.startsWith(`${server.origin}/`)) return false;
    const path = new URL(url).pathname;
    return path === '/' || path === '/index.html';
  };
  /** Opens `url` again in the current tab: the app at its route, anything else as is. */
  const reopenAt = async (url: string): Promise<Page> => {
    if (isAppUrl(url)) return open(new URL(url).hash || '#/due');
    const current = need().page;
    if (url !== '' && url !== 'about:blank') await current.goto(url);
    return current;
  };

  try {
    await launch();
  } catch (error) {
    await proxy.close();
    if (ownsProfile) rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }

  return {
    get context() {
      return need().context;
    },
    get page() {
      return need().page;
    },
    profileDir,
    requests,
    pageErrors,
    open,
    figure: (name) => readFigure(need().page, name),
    waitForFigure: (name, expected, timeoutMs) => waitForFigure(need().page, name, expected, { ...(timeoutMs !== undefined ? { timeoutMs } : {}), pageErrors }),
    upload: uploadFiles,
    download: (trigger, timeoutMs) => captureDownload(need().page, trigger, timeoutMs),
    dump: () => dumpDatabase(need().page),
    async reload() {
      const { page: current } = need();
      await current.reload();
      if (isAppUrl(current.url())) await waitForRoute(current, new URL(current.url()).hash);
      return current;
    },
    async reopenPage() {
      const { context: ctx, page: current } = need();
      const url = current.url();
      await current.close({ runBeforeUnload: false });
      page = await ctx.newPage();
      return reopenAt(url);
    },
    async restart() {
      const { context: ctx, page: current } = need();
      const url = current.url();
      await ctx.close();
      context = undefined;
      page = undefined;
      await launch();
      return reopenAt(url);
    },
    async clearSiteData() {
      const { page: current } = need();
      const cdp = await current.context().newCDPSession(current);
      try {
        await cdp.send('Storage.clearDataForOrigin', { origin: server.origin, storageTypes: 'all' });
      } finally {
        await cdp.detach();
      }
    },
    setOffline: (offline) => need().context.setOffline(offline),
    async close() {
      await context?.close().catch(() => undefined);
      context = undefined;
      page = undefined;
      await proxy.close();
      if (ownsProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

// ---- Vitest wiring ---------------------------------------------------------------------------

/** Generous: the first test of a file may pay for a build, and imports of whole sheets run in the browser. */
export const PWA_E2E_TIMEOUT_MS = 120_000;

export interface PwaSuite {
  readonly server: FixtureServer;
  /** A new browser on a fresh profile; closed (after the no-request check) when the test ends. */
  launch(options?: PwaLaunchOptions): Promise<PwaSession>;
}

/**
 * One server per file; `launch()` per test, and after every test the check that no request left the
 * browser, then the browsers are closed and their profiles deleted.
 */
export function usePwaSuite(): PwaSuite {
  let server: FixtureServer | undefined;
  const sessions: PwaSession[] = [];
  beforeAll(async () => {
    ensurePwaBuilt();
    server = await startPwaServer();
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  });
  afterEach(async () => {
    const ending = sessions.splice(0);
    try {
      for (const s of ending) s.requests.assertNoneLeft();
    } finally {
      for (const s of ending) await s.close();
    }
  });
  const need = (): FixtureServer => {
    if (!server) throw new Error('the PWA server is not started (used outside a test?)');
    return server;
  };
  return {
    get server() {
      return need();
    },
    async launch(options) {
      const session = await launchPwa(need(), options);
      sessions.push(session);
      return session;
    },
  };
}
