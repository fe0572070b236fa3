/**
 * Issue 12 in Chromium: the 台账 and a 销号审批表 printed to PDF (Chromium's own PDF printing of the
 * print CSS) and read back with pdftotext; a re-import that proposes 全部转为待验收; the sheet's
 * 照片数 counting in the 销号 gate; and 撤销本次导入 leaving the ledger exactly as before.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_SHEET, PWA_E2E_TIMEOUT_MS, usePwaSuite } from '../../support/pwa-harness';
import { expectState, importIntoLedger, openItem, pressAndExpect, XLSX_TYPE } from './flows';

/** The page printed to PDF as Chromium prints it (the page's @page sizes), as text with page breaks (\f). */
async function printedText(page: Page): Promise<string> {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  const dir = mkdtempSync(join(tmpdir(), 'tuban-print-'));
  const path = join(dir, 'printed.pdf');
  writeFileSync(path, pdf);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

function sheet(rows: readonly (readonly (string | number)[])[]): { name: string; mimeType: string; buffer: Buffer } {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows.map((r) => [...r])), '图斑核查情况');
  return { name: '月度导出.xlsx', mimeType: XLSX_TYPE, buffer: XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer };
}

const HEADER = ['图斑编号', '乡镇（街道）', '判定类型', '整改措施', '是否消除违法状态', '拟完成整改时间', '照片数'];

describe('issue 12: paper, moves proposed by a re-import, platform photos, undo (Chromium)', () => {
  const suite = usePwaSuite();

  it(
    'prints the demo 台账 (every item, no navigation, several numbered pages) and one 销号审批表',
    async () => {
      const session = await suite.launch();
      await importIntoLedger(session, DEMO_SHEET);
      const dump = await session.dump();
      const items = (dump['items'] ?? []).map(([, v]) => v as { id: number; patchId: string });
      expect(items.length).toBeGreaterThan(20);

      const page = await session.open('#/ledger');
      await page.locator('[data-action="ledger-print"]').click();
      await session.waitForFigure('print.ready', items.length);
      const ledger = await printedText(page);
      for (const item of items) expect(ledger, item.patchId).toContain(item.patchId);
      for (const nav of ['到期提醒', '批量校核', '备份与恢复', '导入表格']) expect(ledger).not.toContain(nav);
      const pages = ledger.split('\f').filter((p) => p.trim() !== '');
      expect(pages.length).toBeGreaterThanOrEqual(2);
      // pdftotext drops the spaces between CJK characters of the page-number margin box.
      const compact = ledger.replace(/\s+/gu, '');
      for (let n = 1; n <= pages.length; n += 1) expect(compact).toContain(`第${n}页共${pages.length}页`);
      expect(ledger).toContain('整改台账');

      const first = items[0] as { id: number; patchId: string };
      await session.open(`#/ledger/${first.id}/print`);
      await session.waitForFigure('print.ready', 1);
      const form = await printedText(session.page);
      expect(form).toContain('销号审批表');
      expect(form).toContain(first.patchId);
      for (const role of ['经办人', '审核人', '负责人']) expect(form).toContain(role);
      expect(form).not.toContain('到期提醒');
    },
    PWA_E2E_TIMEOUT_MS,
  );

  it(
    'a re-import saying 消除违法状态 = 是 proposes 全部转为待验收; 撤销本次导入 restores the ledger exactly',
    async () => {
      const session = await suite.launch();
      await importIntoLedger(session, sheet([HEADER, ['E2E-M-1', '辛义乡', '违法', '补办手续', '否', '2024-12-31', ''], ['E2E-M-2', '辛义乡', '违法', '没收', '否', '2024-12-31', '']]));
      const before = (await session.dump())['items'];

      const next = sheet([HEADER, ['E2E-M-1', '辛义乡', '违法', '补办手续', '是', '2024-12-31', ''], ['E2E-M-2', '辛义乡', '违法', '没收', '否', '2025-01-31', ''], ['E2E-M-3', '辛义乡', '违法', '没收', '否', '', '']]);
      const figures = await importIntoLedger(session, next);
      expect(figures).toEqual({ created: 1, updated: 2, unchanged: 0 });
      const page = session.page;
      expect(await session.figure('ledger.import.ready')).toBe(1);
      await page.locator('[data-action="move-to-acceptance"]').click();
      await page.locator('[data-ready-for-acceptance] [role="status"]').waitFor();
      const moved = (await session.dump())['items']?.map(([, v]) => v as { patchId: string; state: string });
      expect(moved?.find((i) => i.patchId === 'E2E-M-1')?.state).toBe('待验收');

      await page.locator('[data-import-batches] summary').click();
      await page.locator('[data-action="undo-import"]').first().click();
      await page.locator('[data-action="undo-import-confirm"]').click();
      await page.locator('[data-import-batches] [role="status"]').waitFor();
      expect((await session.dump())['items']).toEqual(before);
      await session.waitForFigure('ledger.items', 2);
    },
    PWA_E2E_TIMEOUT_MS,
  );

  it(
    'counts the sheet’s 照片数 as 平台已有照片 in the 销号 gate',
    async () => {
      const session = await suite.launch();
      // 拆除 is of the demolition class: its 到位证明 is filed too, so the photos alone decide the gate.
      await importIntoLedger(session, sheet([[...HEADER, '拆除复耕到位证明'], ['E2E-P-1', '辛义乡', '违法', '拆除', '是', '2024-12-31', 4, '到位证明〔2024〕7号']]));
      await openItem(session, 'E2E-P-1');
      const page = session.page;
      await expectState(page, '待验收');
      expect(await session.figure('item.platform-photos')).toBe(4);
      expect(await session.figure('item.photos')).toBe(0);
      await pressAndExpect(page, 'close', '已销号');
      const events = (await session.dump())['events']?.map(([, v]) => v as { kind: string; data: { platformPhotos?: number } });
      expect(events?.find((e) => e.kind === 'closed')?.data.platformPhotos).toBe(4);
    },
    PWA_E2E_TIMEOUT_MS,
  );
});
