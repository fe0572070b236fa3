/**
 * The PWA is installable and works offline, and never talks to the network (issue 5 item 1):
 * - every request of a session — pages, the sheet Worker, the service worker (Playwright's request
 *   events) and anything else Chromium sends (a refusing proxy for every origin but the local
 *   server) — goes to the local server only; after the first load, with the browser offline, a
 *   reload still opens the app and an audit and a ledger import still run;
 * - the manifest is linked and valid (name, 192 and 512 px PNG icons that exist, start_url,
 *   display), Chromium itself reports no installability error, and a service worker controls the
 *   page after a reload.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_SHEET, PWA_E2E_TIMEOUT_MS, usePwaSuite } from '../../support/pwa-harness';
import { runCli } from '../../support/run-cli';
import { closeTestSheet } from './sheet-facts';
import { importIntoLedger, XLSX_TYPE } from './flows';

async function controlled(page: Page): Promise<boolean> {
  return page.evaluate(() => navigator.serviceWorker.controller !== null);
}

/** Waits for the service worker to be active, then reloads until it controls the page. */
async function untilControlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  for (let attempt = 0; attempt < 3 && !(await controlled(page)); attempt += 1) await page.reload();
  expect(await controlled(page), 'a service worker controls the page after a reload').toBe(true);
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('offline and installable (Chromium)', () => {
  const suite = usePwaSuite();

  it(
    'after the first load the app opens and works offline, and no request ever leaves for another origin',
    async () => {
      const cli = JSON.parse(runCli(['audit', DEMO_SHEET, '--format', 'json', '--as-of', '2024-06-30', '--quiet']).stdout) as { summary: { rows: number } };
      const session = await suite.launch();
      const page = await session.open('#/due');
      await untilControlled(page);

      await session.setOffline(true);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
      await session.reload();
      await session.open('#/audit');
      // The bundled demo sheet comes from the service worker's cache.
      await page.locator('[data-action="load-demo"]').click();
      await session.waitForFigure('audit.rows', cli.summary.rows, 60_000);
      const imported = await importIntoLedger(session, { name: '离线导入.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(closeTestSheet()) });
      expect(imported.created).toBe(1);
      await session.reload();
      await session.waitForFigure('ledger.items', 1);

      // The recorder saw the session's requests (it is not blind), and every one went to the local server.
      expect(session.requests.all.length).toBeGreaterThan(0);
      const origins = new Set(session.requests.all.filter((r) => r.by !== 'proxy').map((r) => (r.url.startsWith('http') ? new URL(r.url).origin : r.url.split(':')[0])));
      expect([...origins].filter((o) => o !== suite.server.origin && o !== 'blob' && o !== 'data')).toEqual([]);
      session.requests.assertNoneLeft();
    },
    PWA_E2E_TIMEOUT_MS,
  );

  it(
    'is installable: a linked, valid manifest with 192 and 512 px icons, no installability error, a controlling service worker',
    async () => {
      const session = await suite.launch();
      const page = await session.open('#/due');
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(href).toBeTruthy();
      const manifestUrl = new URL(href ?? '', page.url()).href;
      expect(new URL(manifestUrl).origin).toBe(suite.server.origin);
      const manifest = (await (await fetch(manifestUrl)).json()) as {
        name?: string;
        short_name?: string;
        start_url?: string;
        display?: string;
        icons?: { src: string; sizes: string; type?: string }[];
      };
      expect(manifest.name).toBeTruthy();
      expect(manifest.start_url).toBeTruthy();
      expect(['standalone', 'fullscreen', 'minimal-ui']).toContain(manifest.display);
      for (const size of [192, 512]) {
        const icon = manifest.icons?.find((i) => i.sizes.split(/\s+/u).includes(`${size}x${size}`));
        expect(icon, `an icon of ${size}x${size}`).toBeDefined();
        const response = await fetch(new URL(icon?.src ?? '', manifestUrl));
        expect(response.status).toBe(200);
        expect(pngSize(Buffer.from(await response.arrayBuffer()))).toEqual({ width: size, height: size });
      }
      // start_url resolves inside the app's scope on this origin.
      expect(new URL(manifest.start_url ?? '', manifestUrl).origin).toBe(suite.server.origin);

      await untilControlled(page);
      const cdp = await session.context.newCDPSession(page);
      try {
        const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
        expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
      } finally {
        await cdp.detach();
      }
    },
    PWA_E2E_TIMEOUT_MS,
  );
});
