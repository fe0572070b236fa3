/**
 * 销号 gated by the rules, and nothing lost on reload or restart (issue 5 items 3, 5 and 6):
 * - a 拆除复耕 item moved through the UI to 待验收, resolved and with its 到位证明, whose only
 *   missing piece is the photo: 销号 is refused naming photo-required-for-demolition (and nothing
 *   else); after a photo (a real JPEG) is attached, 销号 succeeds and ledger.closed rises by 1;
 * - after that work, a reload and a browser restart on the same profile show every figure, the
 *   item's history and every stored row identical.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_SHEET, PWA_E2E_TIMEOUT_MS, readAllFigures, usePwaSuite, type PwaSession } from '../../support/pwa-harness';
import { closeWithPhoto, historyShown, importIntoLedger } from './flows';
import { violationFacts } from './sheet-facts';

interface Snapshot {
  readonly figures: Record<string, Record<string, string>>;
  readonly history: { kind: string; text: string }[];
  readonly stored: unknown;
}

/** The page's figures without the bytes the origin uses (they change as the browser compacts its storage: not the app's data). */
async function pageFigures(page: Page): Promise<Record<string, string>> {
  const all = await readAllFigures(page);
  delete all['storage.used-bytes'];
  return all;
}

/**
 * Every figure of every page, the item's history as shown, and every stored row. With `expected`,
 * each page's figures are read until they equal the expected ones (live queries may draw a page
 * before its numbers) or 10 s have passed; the caller compares.
 */
async function snapshot(session: PwaSession, itemId: number, expected?: Snapshot): Promise<Snapshot> {
  const figures: Record<string, Record<string, string>> = {};
  // Each page with a figure the contract requires of it, waited for: live queries draw it after the page.
  for (const [route, figure] of [
    ['#/ledger', 'ledger.items'],
    ['#/due', 'due.overdue'],
    ['#/backup', 'backup.items'],
  ] as const) {
    const page = await session.open(route);
    await session.waitForFigure(figure, () => true);
    const want = expected?.figures[route];
    if (want) await expect.poll(() => pageFigures(page), { timeout: 10_000 }).toEqual(want).catch(() => undefined);
    else await page.waitForTimeout(500);
    figures[route] = await pageFigures(page);
  }
  await session.open(`#/ledger/${itemId}`);
  await session.page.locator('[data-event-kind]').first().waitFor();
  const history = await historyShown(session.page);
  return { figures, history, stored: await session.dump() };
}

describe('销号 and persistence (Chromium)', () => {
  const suite = usePwaSuite();

  it(
    '销号 of a 拆除复耕 item is refused without a photo (photo-required-for-demolition) and allowed with one',
    async () => {
      const session = await suite.launch();
      const itemId = await closeWithPhoto(session);
      // The history records the work: created, moves, the edit, the photo, the 销号.
      await session.open(`#/ledger/${itemId}`);
      await session.page.locator('[data-event-kind="closed"]').waitFor();
      const kinds = (await historyShown(session.page)).map((h) => h.kind);
      for (const kind of ['created', 'transition', 'updated', 'evidence-added', 'closed']) expect(kinds).toContain(kind);
    },
    PWA_E2E_TIMEOUT_MS,
  );

  it(
    'a reload and a browser restart on the same profile show every figure, the history and every stored row identical',
    async () => {
      const session = await suite.launch();
      await importIntoLedger(session, DEMO_SHEET);
      const itemId = await closeWithPhoto(session);
      await session.waitForFigure('ledger.items', violationFacts(new Uint8Array(readFileSync(DEMO_SHEET))).patchIds.size + 1);
      const before = await snapshot(session, itemId);

      await session.reload();
      expect(await snapshot(session, itemId, before)).toEqual(before);

      await session.restart();
      expect(await snapshot(session, itemId, before)).toEqual(before);
    },
    PWA_E2E_TIMEOUT_MS,
  );
});
