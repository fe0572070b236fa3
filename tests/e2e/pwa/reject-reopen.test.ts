/**
 * 验收不通过 and 重新打开 on #/ledger/<id> in Chromium (issue 5 item 3, states; reports-and-ledger.md:
 * "a rejected 验收 goes back to 整改中; a 复核 that finds 复建 reopens an item"): without a reason
 * both are refused with an alert and change nothing, stored or shown; with a reason the item moves
 * to 整改中 and its history gains one entry carrying the reason.
 */
import * as XLSX from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { alertTexts, countStore, PWA_E2E_TIMEOUT_MS, usePwaSuite, type PwaSession } from '../../support/pwa-harness';
import { closeWithPhoto, expectState, historyShown, importIntoLedger, itemState, openItem, pressAndExpect, XLSX_TYPE } from './flows';

const REJECT_PATCH = 'E2E-REJECT-0001';

/** One 违法 patch not yet rectified (enters as 待整改). */
function rejectTestSheet(): Buffer {
  const rows = [
    ['图斑编号', '乡镇（街道）', '判定类型', '整改措施', '是否消除违法状态', '拟完成整改时间'],
    [REJECT_PATCH, '辛义乡', '违法', '补办手续', '否', '2024-12-31'],
  ];
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), '图斑核查情况');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

interface ItemSnapshot {
  readonly state: string;
  readonly historyKinds: string[];
  readonly storedEvents: number;
  readonly storedState: string | undefined;
}

async function storedState(session: PwaSession, itemId: number): Promise<string | undefined> {
  const items = (await session.dump())['items'] ?? [];
  const found = items.find(([key]) => key === itemId);
  return found ? (found[1] as { state: string }).state : undefined;
}

async function snapshot(session: PwaSession, itemId: number): Promise<ItemSnapshot> {
  const page = session.page;
  return {
    state: await itemState(page),
    historyKinds: (await historyShown(page)).map((h) => h.kind),
    storedEvents: await countStore(page, 'events'),
    storedState: await storedState(session, itemId),
  };
}

/** Presses `action` with the reason field empty: an alert, and (after a moment) nothing changed. */
async function expectRefusedWithoutReason(session: PwaSession, itemId: number, action: string): Promise<void> {
  const page: Page = session.page;
  const before = await snapshot(session, itemId);
  await page.locator('[data-field="reason"]').fill('');
  await page.locator(`[data-action="${action}"]`).click();
  await expect.poll(() => alertTexts(page), { timeout: 10_000, message: `${action} without a reason shows [role="alert"]` }).not.toEqual([]);
  await page.waitForTimeout(500);
  expect(await snapshot(session, itemId)).toEqual(before);
}

/** Presses `action` with `reason`: the item shows `state`, and its history gains one `kind` entry carrying the reason. */
async function expectMovedWithReason(session: PwaSession, itemId: number, action: string, reason: string, state: string, kind: string): Promise<void> {
  const page = session.page;
  const before = await snapshot(session, itemId);
  await page.locator('[data-field="reason"]').fill(reason);
  await page.locator(`[data-action="${action}"]`).click();
  await expectState(page, state);
  await expect.poll(async () => (await historyShown(page)).length, { timeout: 10_000, message: `${action} adds one history entry` }).toBe(before.historyKinds.length + 1);
  const after = await snapshot(session, itemId);
  expect(after.storedState).toBe(state);
  expect(after.storedEvents).toBe(before.storedEvents + 1);
  expect([...after.historyKinds].sort()).toEqual([...before.historyKinds, kind].sort());
  const entry = (await historyShown(page)).filter((h) => h.kind === kind).find((h) => h.text.includes(reason));
  expect(entry, `a ${kind} history entry shows the reason`).toBeDefined();
  // The stored event carries the reason as data (its why), not only as shown text.
  const events = ((await session.dump())['events'] ?? []).map(([, v]) => v as { itemId: number; kind: string; why?: string });
  expect(events.filter((e) => e.itemId === itemId && e.kind === kind).map((e) => e.why)).toContain(reason);
}

describe('验收不通过 and 重新打开 (Chromium)', () => {
  const suite = usePwaSuite();

  it(
    '验收不通过 needs a reason: refused without one (nothing changes), with one 待验收 → 整改中 and one more history entry',
    async () => {
      const session = await suite.launch();
      expect((await importIntoLedger(session, { name: '退回测试.xlsx', mimeType: XLSX_TYPE, buffer: rejectTestSheet() })).created).toBe(1);
      const itemId = await openItem(session, REJECT_PATCH);
      const page = session.page;
      await expectState(page, '待整改');
      await pressAndExpect(page, 'start', '整改中');
      // 提交验收 while 是否消除违法状态 is 否 is refused and offers to confirm it (issue 12 item 4).
      await page.locator('[data-action="submit"]').click();
      await page.locator('[data-action="submit-set-resolved"]').click();
      await expectState(page, '待验收');

      await expectRefusedWithoutReason(session, itemId, 'reject');
      await expectMovedWithReason(session, itemId, 'reject', '现场仍有未拆除的彩钢棚', '整改中', 'transition');

      // The list agrees: the item is counted 整改中, not 待验收.
      await session.open('#/ledger');
      await session.waitForFigure('ledger.state.整改中', 1);
      expect(await session.figure('ledger.state.待验收')).toBe(0);
    },
    PWA_E2E_TIMEOUT_MS,
  );

  it(
    '重新打开 needs a reason: refused without one (nothing changes), with one 已销号 → 整改中 and one more history entry',
    async () => {
      const session = await suite.launch();
      const itemId = await closeWithPhoto(session);
      await session.open(`#/ledger/${itemId}`);
      await expectState(session.page, '已销号');
      await session.page.locator('[data-event-kind="closed"]').waitFor();

      await expectRefusedWithoutReason(session, itemId, 'reopen');
      await expectMovedWithReason(session, itemId, 'reopen', '复核发现复建', '整改中', 'reopened');

      await session.open('#/ledger');
      await session.waitForFigure('ledger.closed', 0);
      expect(await session.figure('ledger.open')).toBe(1);
      expect(await session.figure('ledger.state.整改中')).toBe(1);
    },
    PWA_E2E_TIMEOUT_MS,
  );
});
