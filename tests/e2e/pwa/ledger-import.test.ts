/**
 * #/ledger import in Chromium (issue 5 items 3 and 6, "import into the ledger"): every 违法 图斑 of
 * the demo sheet becomes one item — counted here from the sheet with SheetJS, not with our reader;
 * re-importing the same file changes nothing; next month's export (a copy with a few 拟完成整改时间
 * changed) updates exactly those items and records the change in their history.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countStore, DEMO_SHEET, PWA_E2E_TIMEOUT_MS, usePwaSuite } from '../../support/pwa-harness';
import { historyShown, importIntoLedger, openItem, XLSX_TYPE } from './flows';
import { nextMonth, violationFacts } from './sheet-facts';

const CHANGED = 3;

describe('#/ledger import (Chromium)', () => {
  const suite = usePwaSuite();

  it(
    'imports one item per 违法 图斑编号, re-imports idempotently, and updates only what next month changed',
    async () => {
      const demo = new Uint8Array(readFileSync(DEMO_SHEET));
      const expected = violationFacts(demo).patchIds.size;
      expect(expected).toBeGreaterThan(10);
      const session = await suite.launch();

      // First month: every 违法 patch is created, none is closed.
      const first = await importIntoLedger(session, DEMO_SHEET);
      expect(first).toEqual({ created: expected, updated: 0, unchanged: 0 });
      await session.waitForFigure('ledger.items', expected);
      expect(await session.figure('ledger.open')).toBe(expected);
      expect(await session.figure('ledger.closed')).toBe(0);
      // New items start as 待整改, or 待验收 when the sheet already says the violation is resolved.
      const byState = {
        todo: await session.figure('ledger.state.待整改'),
        doing: await session.figure('ledger.state.整改中'),
        review: await session.figure('ledger.state.待验收'),
        closed: await session.figure('ledger.closed'),
      };
      expect(byState.todo + byState.review).toBe(expected);
      expect(byState.doing + byState.closed).toBe(0);
      expect(await session.figure('ledger.shown')).toBe(expected);
      expect(await countStore(session.page, 'items')).toBe(expected);
      const eventsAfterFirst = await countStore(session.page, 'events');

      // The same file again: nothing created, nothing updated, no history written.
      const again = await importIntoLedger(session, DEMO_SHEET);
      expect(again).toEqual({ created: 0, updated: 0, unchanged: expected });
      expect(await session.figure('ledger.items')).toBe(expected);
      expect(await countStore(session.page, 'events')).toBe(eventsAfterFirst);

      // Next month: three items' 拟完成整改时间 changed, the rest identical.
      const month = nextMonth(demo, CHANGED);
      const second = await importIntoLedger(session, { name: '县级卫片执法图斑-下月.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(month.bytes) });
      expect(second).toEqual({ created: 0, updated: CHANGED, unchanged: expected - CHANGED });
      expect(await session.figure('ledger.items')).toBe(expected);
      expect(await countStore(session.page, 'events')).toBe(eventsAfterFirst + CHANGED);

      // The changed item's history shows the update (after its creation).
      const changed = month.changed[0] ?? '';
      await openItem(session, changed);
      const history = await historyShown(session.page);
      expect(history.map((h) => h.kind)).toContain('created');
      expect(history.filter((h) => h.kind === 'updated')).toHaveLength(1);
      expect(history.find((h) => h.kind === 'updated')?.text ?? '').toContain('2025');
    },
    PWA_E2E_TIMEOUT_MS,
  );
});
