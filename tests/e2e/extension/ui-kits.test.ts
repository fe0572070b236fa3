/**
 * The extension on a patch form in each common UI kit (issue 16): layui 2.x, Element Plus, Ant
 * Design Vue, View UI and plain HTML/Bootstrap (extension/fixtures/kits/), each with the widgets'
 * events on and suppressed (`?events=off`: the page stops every input/change event of the kits'
 * hidden controls, as layui never fires them). Driven only through the kits' widgets, as a filer
 * would: the rendered option, the radio's drawn element, the upload button. The live checks of
 * the platform replicas: 文号 without 批准时间; 违法 with the six flags, one left unanswered; a
 * demolition measure resolved with no photo (the photo list is in a hidden tab); a bow-tie
 * boundary file through the kit's upload button; and the form left untouched by the extension.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectGone, expectMarkerBeside, expectShown, snapshotFormValues } from '../../support/extension-harness';
import { E2E_TIMEOUT_MS, useExtensionSuite } from '../../support/extension-suite';
import { FIXTURES_DIR } from '../../support/fixture-server';
import { exactly, KIT_DRIVERS, type KitDriver } from '../../support/kit-widgets';

const BOUNDARY = `${FIXTURES_DIR}boundary/`;

const SIX_FLAGS = ['flagRuralHousing', 'flagGreenhouse', 'flagLandscapeLake', 'flagFundProject', 'flagAffordableHousing', 'flagEpidemicFacility'] as const;

/** The page's controls and its rendered form (drawn widgets included), to prove the extension changed nothing. */
async function snapshotKitForm(page: Page): Promise<Record<string, string>> {
  const values = await snapshotFormValues(page);
  values['#app'] = await page.locator('#app').evaluate((app) => app.outerHTML);
  return values;
}

/**
 * Markers go only beside fields in the viewport (issue 11: a field scrolled away is listed in the
 * panel instead), so the item is scrolled into view first, as a filer looking at it would.
 */
async function expectMarkerInView(page: Page, query: { readonly ruleId: string; readonly field: string }, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  await expectMarkerBeside(page, query, target);
}

describe.each(Object.keys(KIT_DRIVERS))('extension on the %s patch form', (kit) => {
  const suite = useExtensionSuite();
  const driver = KIT_DRIVERS[kit] as KitDriver;

  for (const events of ['on', 'off'] as const) {
    const path = `kits/${kit}.html${events === 'off' ? '?events=off' : ''}`;
    const item = (page: Page, key: string): Locator => page.getByTestId(`item-${key}`);
    const answer = (page: Page, key: string, text: string): Promise<void> =>
      item(page, key)
        .locator(driver.radio)
        .filter({ hasText: exactly(text) })
        .click();

    it(
      `widget events ${events}: 文号 without 批准时间, 违法 with one flag unanswered, 拆除 resolved with no photo in the hidden tab`,
      async () => {
        const page = await suite.open(path);
        // 批准文号 filled, 批准时间 cleared → beside 批准时间; a date clears it.
        await item(page, 'approvalDate').locator('input').fill('');
        await expectMarkerInView(page, { ruleId: 'approval-date-required', field: 'approvalDate' }, item(page, 'approvalDate'));
        await item(page, 'approvalDate').locator('input').fill('2022-09-01');
        await expectGone(page, { ruleId: 'approval-date-required' });

        // 违法 through the select widget: the six flags are unanswered; answer five, one stays.
        await expectGone(page, { ruleId: 'cultivated-flags-required' });
        await driver.choose(page, item(page, 'verdict'), 'verdict', '违法');
        await expectMarkerInView(page, { ruleId: 'cultivated-flags-required', field: 'flagGreenhouse' }, item(page, 'flagGreenhouse'));
        for (const flag of SIX_FLAGS.slice(0, 5)) await answer(page, flag, '否');
        await expectMarkerInView(page, { ruleId: 'cultivated-flags-required', field: 'flagEpidemicFacility' }, item(page, 'flagEpidemicFacility'));
        await expectGone(page, { ruleId: 'cultivated-flags-required', field: 'flagGreenhouse' });
        await answer(page, 'flagEpidemicFacility', '否');
        await expectGone(page, { ruleId: 'cultivated-flags-required' });

        // 拆除 + 是否消除违法状态 是, the photo list (in the inactive 现场照片 tab) empty → photo-required-for-demolition.
        await driver.choose(page, item(page, 'rectMeasure'), 'rectMeasure', '拆除');
        await answer(page, 'rectResolved', '是');
        await expectShown(page, { ruleId: 'photo-required-for-demolition', field: 'photoCount' });
        // A photo through the kit's upload button clears it.
        await page.getByTestId('tab-photos').click();
        const chooser = page.waitForEvent('filechooser');
        await item(page, 'photos').locator(driver.uploadTrigger).first().click();
        await (await chooser).setFiles({ name: 'IMG_20230601_101500.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xd9]) });
        await expectGone(page, { ruleId: 'photo-required-for-demolition' });
      },
      E2E_TIMEOUT_MS * 2,
    );

    it(
      `widget events ${events}: a bow-tie boundary file through the kit's upload button → geom-self-intersection; the form left untouched`,
      async () => {
        const page = await suite.open(path);
        await driver.choose(page, item(page, 'verdict'), 'verdict', '违法');
        await expectShown(page, { ruleId: 'cultivated-flags-required' });
        await page.getByTestId('tab-attachments').click();
        const before = await snapshotKitForm(page);
        const chooser = page.waitForEvent('filechooser');
        await item(page, 'vector').locator(driver.uploadTrigger).first().click();
        await (await chooser).setFiles(`${BOUNDARY}bowtie-self-intersection.txt`);
        await expectShown(page, { ruleId: 'geom-self-intersection', field: 'vectorFile' }, 15_000);
        // The page's own reaction to the file (a name listed, the input reset) is all that changed.
        const afterPick = await snapshotKitForm(page);
        await page.waitForTimeout(500);
        expect(await snapshotKitForm(page)).toEqual(afterPick);
        const changed = Object.keys(afterPick).filter((key) => afterPick[key] !== before[key]);
        expect(
          changed.every((key) => key === '#app' || (afterPick[key] ?? '').startsWith('files:')),
          `changed: ${changed.join(', ')}`,
        ).toBe(true);
        // Clicking the panel's findings never writes into the form.
        const host = page.locator('[data-tuban-lint-root]');
        const entries = host.locator('[data-rule-id]');
        const count = await entries.count();
        for (let i = 0; i < Math.min(count, 6); i += 1)
          await entries
            .nth(i)
            .click({ force: true })
            .catch(() => undefined);
        await page.waitForTimeout(300);
        expect(await snapshotKitForm(page)).toEqual(afterPick);
      },
      E2E_TIMEOUT_MS,
    );
  }
});

describe('识别情况 on the options page', () => {
  const suite = useExtensionSuite();

  it(
    'lists the fields recognised on the tab the filer came from, with label, value and section, and the labels not matched',
    async () => {
      const page = await suite.open('kits/unrecognised-layout.html');
      await page.waitForTimeout(300);
      const options = await suite.session.context.newPage();
      await options.goto(`chrome-extension://${suite.session.extensionId}/extension/options/options.html`);
      // The kit page is the most recently used other tab.
      await page.bringToFront();
      await options.bringToFront();
      await options.getByRole('button', { name: '读取当前标签页' }).click();
      const text = options.getByRole('textbox', { name: '识别情况（可复制的文字）' });
      await expect.poll(() => text.inputValue().catch(() => '')).toContain('审核状态');
      expect(await text.inputValue()).toMatch(/识别到 0 个字段/u);

      await page.bringToFront();
      await page.goto(suite.server.url('kits/layui.html'));
      await page.waitForFunction(() => document.querySelector('[data-tuban-lint-root]')?.shadowRoot != null);
      await page.waitForTimeout(300);
      await options.bringToFront();
      await options.getByRole('button', { name: '读取当前标签页' }).click();
      await expect.poll(() => options.locator('tr[data-field=approvalNo] td').allTextContents()).toEqual(['批准文号', '*批准文号', '鲁政土字〔2022〕88号', '合法用地信息']);
      expect(await options.locator('tr[data-field]').count()).toBe(11);
    },
    E2E_TIMEOUT_MS,
  );
});
