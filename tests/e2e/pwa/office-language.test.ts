/**
 * Issue 11 on the PWA: every page, with data in it — the demo sheet audited (a finding opened) and
 * imported into the ledger, one item open, 到期提醒, 备份与恢复 — shows no English word and no
 * rule id (titles and notice names instead; ids only in JSON and in a closed 说明).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignText } from '../../support/extension-layout';
import { DEMO_SHEET, PWA_E2E_TIMEOUT_MS, usePwaSuite } from '../../support/pwa-harness';
import { importIntoLedger } from './flows';

const visibleText = (page: Page): Promise<string> => page.evaluate(() => document.body.innerText);

describe('the PWA speaks the office language (Chromium)', () => {
  const suite = usePwaSuite();

  it(
    'no English word or rule id on any page',
    async () => {
      const session = await suite.launch();
      const audit = await session.open('#/audit');
      await session.upload(audit.locator('input[type="file"]'), DEMO_SHEET);
      await session.waitForFigure('audit.findings.shown', (n) => n > 0, 60_000);
      await audit.locator('[data-finding-row]').first().click();
      const found: Record<string, string[]> = {};
      found['#/audit'] = foreignText(await visibleText(audit));
      await importIntoLedger(session, DEMO_SHEET);
      const ledger = await session.open('#/ledger');
      found['#/ledger'] = foreignText(await visibleText(ledger));
      await ledger.locator('[data-item-id] a').first().click();
      await ledger.waitForTimeout(500);
      found['#/ledger/<id>'] = foreignText(await visibleText(ledger));
      for (const route of ['#/due', '#/backup']) found[route] = foreignText(await visibleText(await session.open(route)));
      expect(found).toEqual({ '#/audit': [], '#/ledger': [], '#/ledger/<id>': [], '#/due': [], '#/backup': [] });
    },
    PWA_E2E_TIMEOUT_MS * 2,
  );
});
