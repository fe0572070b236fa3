/**
 * Cancelling a long job in Chromium (issue 5 items 2 and 6, "progress and cancel"): an audit of a
 * large generated export cancelled while it runs shows no figures and no alert, and the page audits
 * the demo afterwards; a ledger import of it cancelled while it runs leaves the ledger as it was
 * (no item, no history, no imports row), also a few seconds later, and the page imports afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_OPTIONS } from '../../fixtures/demo-options';
import { alertTexts, countStore, DEMO_SHEET, PWA_E2E_TIMEOUT_MS, usePwaSuite, type PwaSession } from '../../support/pwa-harness';
import { importIntoLedger, XLSX_TYPE } from './flows';
import { closeTestSheet, largeExport } from './sheet-facts';

const ROWS = Number(process.env['TUBAN_LINT_E2E_CANCEL_ROWS'] ?? '25000');

/** The progress bar's fill, or undefined while it is indeterminate (reading the file). */
async function progressShare(page: Page): Promise<number | undefined> {
  return page
    .locator('[data-progress]')
    .first()
    .evaluate((e) => {
      const bar = e as HTMLProgressElement;
      return bar.hasAttribute('value') && bar.max > 1 ? bar.value / bar.max : undefined;
    })
    .catch(() => undefined);
}

/** Waits until the running job's bar has moved but not finished: the job is under way. */
async function waitUntilUnderWay(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.locator('[data-progress]').first().waitFor({ timeout: 20_000 });
  await expect
    .poll(
      async () => {
        const share = await progressShare(page);
        return share !== undefined && share > 0 && share < 0.9;
      },
      { timeout: timeoutMs, interval: 20, message: 'the job’s [data-progress] shows it under way' },
    )
    .toBe(true);
}

interface Stored {
  readonly items: number;
  readonly events: number;
  readonly imports: number;
}

async function stored(session: PwaSession): Promise<Stored> {
  const page = session.page;
  return { items: await countStore(page, 'items'), events: await countStore(page, 'events'), imports: await countStore(page, 'imports') };
}

describe('cancelling a long job (Chromium)', () => {
  const suite = usePwaSuite();
  let dir = '';
  let sheet: { path: string; violations: number };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tuban-lint-pwa-cancel-'));
    sheet = largeExport(dir, ROWS);
  }, 120_000);
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it(
    `an audit of ${ROWS} rows cancelled mid-way shows no figures and no alert, and the page audits the demo afterwards`,
    async () => {
      const session = await suite.launch();
      const page = await session.open('#/audit');
      await session.upload(page.locator('input[type="file"]'), sheet.path);
      await waitUntilUnderWay(page);
      await page.locator('[data-action="audit-cancel"]').click();

      // The job is gone: no bar, no cancel button, no figure, no alert — also a moment later.
      await page.locator('[data-action="audit-cancel"]').waitFor({ state: 'detached', timeout: 10_000 });
      await page.waitForTimeout(1_000);
      expect(await page.locator('[data-progress]').count()).toBe(0);
      expect(await page.locator('[data-figure^="audit."]').count()).toBe(0);
      expect(await alertTexts(page)).toEqual([]);

      // Usable again: the demo audits to the end.
      await page.locator('[data-action="load-demo"]').click();
      await session.waitForFigure('audit.rows', DEMO_OPTIONS.rows, 60_000);
      expect(await alertTexts(page)).toEqual([]);
    },
    PWA_E2E_TIMEOUT_MS,
  );

  it(
    `a ledger import of ${ROWS} rows cancelled mid-way leaves the ledger unchanged (items, history, imports), and the page imports afterwards`,
    async () => {
      const session = await suite.launch();
      await importIntoLedger(session, DEMO_SHEET);
      const page = await session.open('#/ledger');
      const before = await stored(session);
      const itemsShown = await session.waitForFigure('ledger.items', before.items);

      await session.upload(page.locator('input[type="file"]'), sheet.path);
      await waitUntilUnderWay(page);
      await page.locator('[data-action="import-cancel"]').click();
      await page.locator('[data-action="import-cancel"]').waitFor({ state: 'detached', timeout: 10_000 });
      expect(await page.locator('[data-import-result]').count()).toBe(0);
      expect(await stored(session)).toEqual(before);
      expect(await session.figure('ledger.items')).toBe(itemsShown);
      // Nothing commits later either (a Worker left running would write its transaction now).
      await page.waitForTimeout(3_000);
      expect(await stored(session)).toEqual(before);
      expect(await session.figure('ledger.items')).toBe(itemsShown);

      // Usable again: the next import goes through.
      const next = await importIntoLedger(session, { name: '销号测试.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(closeTestSheet()) });
      expect(next).toEqual({ created: 1, updated: 0, unchanged: 0 });
      expect(await stored(session)).toEqual({ items: before.items + 1, events: before.events + 1, imports: before.imports + 1 });
    },
    PWA_E2E_TIMEOUT_MS,
  );
});
