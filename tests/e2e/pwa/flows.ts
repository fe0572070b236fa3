/**
 * What a user does in the PWA, as steps the end-to-end tests share: import a sheet into the ledger,
 * open an item, press a state button, edit a field, attach a photo. Each step waits for the page to
 * show its effect and fails with what the page showed instead. Only the team's hooks are used
 * (/tmp/briefs/hooks.md): data-action, data-figure, data-field, data-item-state, data-patch-id.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { alertTexts, countStore, readFigure, type PwaSession, type UploadFile } from '../../support/pwa-harness';
import { CLOSE_TEST_PATCH, closeTestSheet, photoJpeg } from './sheet-facts';

export interface ImportFigures {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

/** The newest row of the imports table, read from IndexedDB (not from the page). */
async function newestImport(page: Page): Promise<ImportFigures | undefined> {
  return (await page.evaluate(`(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('tuban-lint');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('imports')) return undefined;
      const row = await new Promise((resolve, reject) => {
        const request = db.transaction('imports', 'readonly').objectStore('imports').openCursor(null, 'prev');
        request.onsuccess = () => resolve(request.result ? request.result.value : undefined);
        request.onerror = () => reject(request.error);
      });
      return row ? { created: row.created, updated: row.updated, unchanged: row.unchanged } : undefined;
    } finally {
      db.close();
    }
  })()`)) as ImportFigures | undefined;
}

/**
 * Imports a sheet on #/ledger through its one `input[type=file]`, confirms it when asked, and waits until the import is
 * stored (one more row in the imports table) and `[data-import-result]` shows that row's figures.
 * Returns the figures shown.
 */
export async function importIntoLedger(session: PwaSession, file: UploadFile, timeoutMs = 60_000): Promise<ImportFigures> {
  const page = new URL(session.page.url()).hash.startsWith('#/ledger') && !/^#\/ledger\/./u.test(new URL(session.page.url()).hash) ? session.page : await session.open('#/ledger');
  const inputs = page.locator('input[type="file"]');
  expect(await inputs.count(), '#/ledger has exactly one input[type=file]').toBe(1);
  const importsBefore = await countStore(page, 'imports');
  await session.upload(inputs, file);
  const deadline = Date.now() + timeoutMs;
  let shown = 'nothing';
  for (;;) {
    // The import asks first, with its counts (issue 12): confirm it.
    const confirm = page.locator('[data-action="import-confirm"]');
    if ((await confirm.count()) > 0) await confirm.click().catch(() => undefined);
    if ((await countStore(page, 'imports')) > importsBefore) {
      const stored = await newestImport(page);
      const figures = await readImportResult(page).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
      if (stored && typeof figures !== 'string' && figures.created === stored.created && figures.updated === stored.updated && figures.unchanged === stored.unchanged) return figures;
      shown = `stored ${JSON.stringify(stored)}, shown ${typeof figures === 'string' ? figures : JSON.stringify(figures)}`;
    }
    if (Date.now() > deadline) {
      const alerts = await alertTexts(page).catch(() => []);
      throw new Error(`the import did not finish within ${timeoutMs} ms on ${page.url()}: ${shown}${alerts.length > 0 ? `; alerts: ${alerts.join(' | ')}` : ''}; page errors: ${session.pageErrors.slice(-5).join(' | ')}`);
    }
    await page.waitForTimeout(150);
  }
}

async function readImportResult(page: Page): Promise<ImportFigures> {
  const result = page.locator('[data-import-result]');
  if ((await result.count()) === 0) throw new Error('no [data-import-result]');
  return {
    created: await readFigure(page, 'ledger.import.created'),
    updated: await readFigure(page, 'ledger.import.updated'),
    unchanged: await readFigure(page, 'ledger.import.unchanged'),
  };
}

/** Narrows #/ledger to one 图斑编号 with the text filter and opens its detail page; returns the item id. */
export async function openItem(session: PwaSession, patchId: string): Promise<number> {
  const page = await session.open('#/ledger');
  await page.locator('input[data-filter="text"]').fill(patchId);
  await session.waitForFigure('ledger.shown', 1);
  const link = page.locator(`[data-patch-id="${patchId}"] a[href^="#/ledger/"]`).first();
  const href = (await link.getAttribute('href')) ?? '';
  const id = Number(/^#\/ledger\/(\d+)$/u.exec(href)?.[1] ?? Number.NaN);
  if (!Number.isInteger(id)) throw new Error(`the row of ${patchId} links to "${href}", not #/ledger/<itemId>`);
  await link.click();
  await page.locator('[data-item-state]').waitFor();
  return id;
}

export async function itemState(page: Page): Promise<string> {
  return ((await page.locator('[data-item-state]').first().textContent()) ?? '').trim();
}

/** Waits until the detail page shows `state`; the error names the state and alerts shown instead. */
export async function expectState(page: Page, state: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const shown = await itemState(page).catch(() => '');
    if (shown === state) return;
    if (Date.now() > deadline) {
      throw new Error(`the item shows “${shown}”, not “${state}”; alerts: ${(await alertTexts(page)).join(' | ') || 'none'}`);
    }
    await page.waitForTimeout(100);
  }
}

/** Presses a state button on the detail page (start / submit / close …) and waits for `state`. */
export async function pressAndExpect(page: Page, action: string, state: string): Promise<void> {
  await page.locator(`[data-action="${action}"]`).click();
  await expectState(page, state);
}

/** The history entries shown on the detail page: kind + text, in page order. */
export async function historyShown(page: Page): Promise<{ kind: string; text: string }[]> {
  return page.locator('[data-event-kind]').evaluateAll((elements) =>
    elements.map((e) => ({ kind: e.getAttribute('data-event-kind') ?? '', text: (e.textContent ?? '').replace(/\s+/gu, ' ').trim() })),
  );
}

/** Sets an edit input `[data-field]` (a select, a checkbox-less text or date input) to `value`. */
export async function setField(page: Page, field: string, value: string): Promise<void> {
  const control: Locator = page.locator(`[data-field="${field}"]`).first();
  const tag = await control.evaluate((e) => e.tagName.toLowerCase());
  if (tag === 'select') await control.selectOption({ label: value }).catch(() => control.selectOption(value));
  else await control.fill(value);
}

/** Edits fields on the detail page and saves: waits for one more `updated` history entry. */
export async function editFields(page: Page, values: Readonly<Record<string, string>>): Promise<void> {
  const updatedBefore = await page.locator('[data-event-kind="updated"]').count();
  for (const [field, value] of Object.entries(values)) await setField(page, field, value);
  await page.locator('[data-action="save-fields"]').click();
  await expect
    .poll(() => page.locator('[data-event-kind="updated"]').count(), { timeout: 10_000, message: `saving ${Object.keys(values).join(', ')} adds an “updated” history entry` })
    .toBe(updatedBefore + 1);
}

/** The rule ids a refused 销号 names, in `[data-close-blocked]`. */
export async function closeBlockedRules(page: Page): Promise<string[]> {
  const blocked = page.locator('[data-close-blocked]');
  await blocked.first().waitFor({ timeout: 10_000 });
  return blocked.locator('[data-rule-id]').evaluateAll((elements) => elements.map((e) => e.getAttribute('data-rule-id') ?? ''));
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Imports the one-item sheet and works the item to 已销号 through the UI, checking the refusal on
 * the way. Returns the item's id.
 */
export async function closeWithPhoto(session: PwaSession): Promise<number> {
  const imported = await importIntoLedger(session, { name: '销号测试.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(closeTestSheet()) });
  expect(imported.created).toBe(1);
  const closedBefore = await session.figure('ledger.closed');
  const openBefore = await session.figure('ledger.open');

  const itemId = await openItem(session, CLOSE_TEST_PATCH);
  const page = session.page;
  await expectState(page, '待整改');
  await pressAndExpect(page, 'start', '整改中');
  // The demolition is done: the filing now says the violation is resolved.
  await editFields(page, { rectResolved: '是' });
  await pressAndExpect(page, 'submit', '待验收');

  // 销号 without a photo: refused, naming exactly the photo rule; the item stays 待验收.
  await page.locator('[data-action="close"]').click();
  expect(await closeBlockedRules(page)).toEqual(['photo-required-for-demolition']);
  await expectState(page, '待验收');
  expect(await session.figure('item.photos')).toBe(0);

  // A photo of the site, then 销号 again.
  await session.upload(page.locator('input[type="file"][data-evidence-kind="photo"]'), { name: '现场照片.jpg', mimeType: 'image/jpeg', buffer: await photoJpeg(page) });
  await session.waitForFigure('item.photos', 1);
  expect(await page.locator('[data-evidence-id]').count()).toBe(1);
  // The canvas photo has no EXIF (issue 14): its thumbnail shows photo-no-exif, and 销号 lists it as a
  // warning to confirm before it closes the item.
  await page.locator('[data-evidence-id] [data-photo-rule-id="photo-no-exif"]').waitFor({ timeout: 10_000 });
  await page.locator('[data-action="close"]').click();
  await page.locator('[data-photo-findings-to-confirm] [data-photo-rule-id="photo-no-exif"]').waitFor({ timeout: 10_000 });
  await expectState(page, '待验收');
  await pressAndExpect(page, 'confirm-photo-findings', '已销号');
  expect(await page.locator('[data-close-blocked]').count()).toBe(0);

  await session.open('#/ledger');
  await session.waitForFigure('ledger.closed', closedBefore + 1);
  expect(await session.figure('ledger.open')).toBe(openBefore - 1);
  return itemId;
}
