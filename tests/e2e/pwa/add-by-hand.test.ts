/**
 * 手工录入 on #/ledger in Chromium (issue 5 item 3, "add by hand"): an item typed into the form is
 * stored as one hand-entered item with its `created` event and is found by the text filter; a
 * 图斑编号 already in the ledger (entered by hand or imported) is refused with an alert and nothing
 * is written.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { alertTexts, countStore, DEMO_SHEET, PWA_E2E_TIMEOUT_MS, usePwaSuite, type PwaSession } from '../../support/pwa-harness';
import { importIntoLedger } from './flows';
import { violationFacts } from './sheet-facts';

const HAND_PATCH = 'E2E-HAND-0001';

/** Opens the hand-entry form (when closed), fills `values` by field id and submits. */
async function submitHandEntry(page: Page, values: Readonly<Record<string, string>>): Promise<void> {
  const toggle = page.locator('[data-action="add-by-hand"]');
  if ((await page.locator('[data-action="add-submit"]').count()) === 0) await toggle.click();
  for (const [field, value] of Object.entries(values)) {
    const control = page.locator(`form [data-field="${field}"]`).first();
    if ((await control.evaluate((e) => e.tagName.toLowerCase())) === 'select') await control.selectOption(value);
    else await control.fill(value);
  }
  await page.locator('[data-action="add-submit"]').click();
}

interface Stored {
  readonly items: number;
  readonly events: number;
}

async function stored(session: PwaSession): Promise<Stored> {
  return { items: await countStore(session.page, 'items'), events: await countStore(session.page, 'events') };
}

/** A refused entry: an alert naming the 图斑编号 is shown, and after a moment nothing more is stored and ledger.items is as before. */
async function expectRefused(session: PwaSession, patchId: string, before: Stored, itemsShown: number): Promise<void> {
  const page = session.page;
  await expect.poll(async () => (await alertTexts(page)).some((text) => text.includes(patchId)), { timeout: 10_000, message: `refusing ${patchId} shows [role="alert"] naming it` }).toBe(true);
  await page.waitForTimeout(500);
  expect(await stored(session)).toEqual(before);
  expect(await session.figure('ledger.items')).toBe(itemsShown);
}

describe('手工录入 on #/ledger (Chromium)', () => {
  const suite = usePwaSuite();

  it(
    'adds a typed-in item (ledger.items +1, found by the text filter, stored as a hand entry) and refuses a 图斑编号 already in the ledger',
    async () => {
      const demo = new Uint8Array(readFileSync(DEMO_SHEET));
      const imported = [...violationFacts(demo).patchIds];
      const session = await suite.launch();
      await importIntoLedger(session, DEMO_SHEET);
      const page = await session.open('#/ledger');
      const itemsBefore = await session.waitForFigure('ledger.items', imported.length);
      const todoBefore = await session.figure('ledger.state.待整改');
      const storedBefore = await stored(session);

      await submitHandEntry(page, { patchId: HAND_PATCH, town: '柏寺营乡', violationArea: '1.5亩', rectMeasure: '拆除复耕', rectPlannedDate: '2024-12-31', rectResolved: '否' });
      await session.waitForFigure('ledger.items', itemsBefore + 1);
      expect(await session.figure('ledger.open')).toBe(itemsBefore + 1);
      expect(await session.figure('ledger.state.待整改')).toBe(todoBefore + 1);
      expect(await alertTexts(page)).toEqual([]);
      expect(await stored(session)).toEqual({ items: storedBefore.items + 1, events: storedBefore.events + 1 });

      // The list finds it by the text filter, and its row links to its page.
      await page.locator('input[data-filter="text"]').fill(HAND_PATCH);
      await session.waitForFigure('ledger.shown', 1);
      const row = page.locator(`[data-patch-id="${HAND_PATCH}"]`);
      await row.first().waitFor();
      expect(await row.count()).toBe(1);
      expect(await row.locator('a[href^="#/ledger/"]').getAttribute('href')).toMatch(/^#\/ledger\/\d+$/u);

      // Stored as typed: a hand entry in 待整改, with its values and one `created` event.
      const dump = await session.dump();
      const item = (dump['items'] ?? [])
        .map(([, v]) => v as { id: number; patchId: string; state: string; town?: string; values: Record<string, string>; source: { kind: string } })
        .find((v) => v.patchId === HAND_PATCH);
      expect(item).toMatchObject({
        state: '待整改',
        town: '柏寺营乡',
        source: { kind: 'hand' },
        values: { patchId: HAND_PATCH, town: '柏寺营乡', violationArea: '1.5亩', rectMeasure: '拆除复耕', rectPlannedDate: '2024-12-31', rectResolved: '否' },
      });
      const events = (dump['events'] ?? []).map(([, v]) => v as { itemId: number; kind: string });
      expect(events.filter((e) => e.itemId === item?.id).map((e) => e.kind)).toEqual(['created']);

      // The same 图斑编号 again: refused, nothing written.
      await page.locator('input[data-filter="text"]').fill('');
      const afterAdd = await stored(session);
      await submitHandEntry(page, { patchId: HAND_PATCH, town: '辛义乡' });
      await expectRefused(session, HAND_PATCH, afterAdd, itemsBefore + 1);

      // An imported 图斑编号: refused as well.
      const importedPatch = imported[0] ?? '';
      await submitHandEntry(page, { patchId: importedPatch });
      await expectRefused(session, importedPatch, afterAdd, itemsBefore + 1);
    },
    PWA_E2E_TIMEOUT_MS,
  );
});
