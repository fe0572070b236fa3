/**
 * 导出 Excel on #/ledger in Chromium (issue 5 item 5, the ledger "exportable to .xlsx for Excel/WPS"):
 * the downloaded workbook, read back with SheetJS, has a 整改台账 sheet with one row per stored item
 * (its 图斑编号 and state) and a 变更记录 sheet with one row per stored history event (its item's
 * 图斑编号 and who did it, in the order they happened) — compared with a dump of IndexedDB taken in
 * the page, not with what the page shows.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { DEMO_SHEET, PWA_E2E_TIMEOUT_MS, usePwaSuite } from '../../support/pwa-harness';
import { closeWithPhoto, importIntoLedger, openItem, pressAndExpect } from './flows';
import { CLOSE_TEST_PATCH } from './sheet-facts';

interface StoredItem {
  readonly id: number;
  readonly patchId: string;
  readonly state: string;
}

interface StoredEvent {
  readonly id: number;
  readonly itemId: number;
  readonly who: string;
  readonly kind: string;
}

/** A sheet's rows as objects keyed by its header row (cells as SheetJS reads them). */
function sheetRows(workbook: XLSX.WorkBook, name: string): Record<string, unknown>[] {
  const sheet = workbook.Sheets[name];
  if (!sheet) throw new Error(`the export has no ${name} sheet; sheets: ${workbook.SheetNames.join(', ')}`);
  return XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet, { defval: '' });
}

describe('导出 Excel on #/ledger (Chromium)', () => {
  const suite = usePwaSuite();

  it(
    'the .xlsx has one 整改台账 row per stored item (图斑编号, 状态) and one 变更记录 row per stored event',
    async () => {
      const session = await suite.launch();
      await importIntoLedger(session, DEMO_SHEET);
      // Some work beyond the import: a 销号 with its moves, edit and photo; another item started.
      await closeWithPhoto(session);
      const page = await session.open('#/ledger');
      await page.locator('select[data-filter="state"]').selectOption('待整改');
      const total = await session.figure('ledger.items');
      await session.waitForFigure('ledger.shown', (n) => n > 0 && n < total);
      const started = await page.locator('[data-patch-id]').first().getAttribute('data-patch-id');
      if (started === null) throw new Error('no 待整改 row on #/ledger');
      await openItem(session, started);
      await pressAndExpect(session.page, 'start', '整改中');

      await session.open('#/ledger');
      const dump = await session.dump();
      const items = (dump['items'] ?? []).map(([, v]) => v as StoredItem);
      const events = (dump['events'] ?? []).map(([, v]) => v as StoredEvent).sort((a, b) => a.id - b.id);
      await session.waitForFigure('ledger.items', items.length);
      expect(new Set(items.map((i) => i.state))).toEqual(new Set(['待整改', '待验收', '整改中', '已销号']));

      const file = await session.download(() => session.page.locator('[data-action="ledger-export"]').click());
      expect(file.name).toMatch(/\.xlsx$/u);
      const workbook = XLSX.read(file.bytes);

      // 整改台账: one row per item, each with its stored state.
      const itemRows = sheetRows(workbook, '整改台账');
      expect(itemRows).toHaveLength(items.length);
      const exportedStates = new Map(itemRows.map((r) => [String(r['图斑编号']), String(r['状态'])]));
      expect(exportedStates.size).toBe(items.length);
      expect(exportedStates).toEqual(new Map(items.map((i) => [i.patchId, i.state])));
      expect(exportedStates.get(CLOSE_TEST_PATCH)).toBe('已销号');
      expect(exportedStates.get(started)).toBe('整改中');

      // 变更记录: one row per event, in the order they happened, naming the item and who acted.
      const eventRows = sheetRows(workbook, '变更记录');
      expect(eventRows).toHaveLength(events.length);
      const patchOf = new Map(items.map((i) => [i.id, i.patchId]));
      expect(eventRows.map((r) => String(r['图斑编号']))).toEqual(events.map((e) => patchOf.get(e.itemId)));
      expect(eventRows.map((r) => String(r['操作人']))).toEqual(events.map((e) => e.who));
      // Every event of the closed item is there: created, the moves, the edit, the photo, the 销号.
      const closedItemEvents = events.filter((e) => patchOf.get(e.itemId) === CLOSE_TEST_PATCH).length;
      expect(eventRows.filter((r) => r['图斑编号'] === CLOSE_TEST_PATCH)).toHaveLength(closedItemEvents);
      expect(closedItemEvents).toBeGreaterThanOrEqual(5);
    },
    PWA_E2E_TIMEOUT_MS,
  );
});
