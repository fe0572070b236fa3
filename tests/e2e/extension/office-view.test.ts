/**
 * Issue 11 end to end, at 1366×768 (a common office screen): on every fixture page, in states with
 * findings, the extension's markers, tab and open panel cover no input, label, select or button;
 * what it shows has no English word and no rule id; a boundary finding that compares with the
 * form follows the form's area and goes with a cancelled upload; the panel keeps its place.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectGone, expectShown, readFindings } from '../../support/extension-harness';
import { extensionText, foreignText, overlapsWithControls } from '../../support/extension-layout';
import { E2E_TIMEOUT_MS, useExtensionSuite } from '../../support/extension-suite';
import { FIXTURES_DIR } from '../../support/fixture-server';

const OFFICE_SCREEN = { width: 1366, height: 768 };
const FIXTURE_PAGES = Object.keys(JSON.parse(readFileSync(`${FIXTURES_DIR}expected-fields.json`, 'utf8')) as Record<string, unknown>);
const BOUNDARY = `${FIXTURES_DIR}boundary/`;

async function openPanel(page: Page): Promise<void> {
  await page.locator('[data-tuban-lint-tab]').click();
  await expect.poll(() => page.locator('[data-tuban-lint-panel]').isVisible()).toBe(true);
}

/** The page as it is now, then with the panel open: nothing covered, nothing foreign to read. */
async function expectNothingCoveredNorForeign(page: Page): Promise<void> {
  // Markers follow layout changes within a frame.
  await page.waitForTimeout(150);
  expect(await overlapsWithControls(page)).toEqual([]);
  await openPanel(page);
  await page.waitForTimeout(150);
  expect(await overlapsWithControls(page)).toEqual([]);
  expect(foreignText(await extensionText(page))).toEqual([]);
  await page.locator('[data-tuban-lint-panel] .tuban-lint-toggle').click();
  await page.waitForTimeout(150);
  expect(await overlapsWithControls(page)).toEqual([]);
}

const markersOf = async (page: Page, ruleId: string) => (await readFindings(page)).filter((f) => f.ruleId === ruleId && f.drawn);

describe('the extension speaks the office language and never covers the page', () => {
  const suite = useExtensionSuite();

  it(
    'every fixture page as loaded: no overlap collapsed or open, no English word or rule id',
    async () => {
      await suite.page.setViewportSize(OFFICE_SCREEN);
      for (const path of FIXTURE_PAGES) {
        const page = await suite.open(path);
        await expectNothingCoveredNorForeign(page);
      }
    },
    E2E_TIMEOUT_MS * 2,
  );

  it(
    'Element UI with findings on both patches: markers beside fields, nothing covered; a panel entry scrolls to its field; the panel keeps its place',
    async () => {
      await suite.page.setViewportSize(OFFICE_SCREEN);
      const page = await suite.open('element-ui/patch-form.html#/patch/1');
      await page.getByTestId('clear-approvalDate').click();
      await expectShown(page, { ruleId: 'approval-date-required', field: 'approvalDate' });
      await expect.poll(async () => (await markersOf(page, 'approval-date-required')).length, { timeout: 5_000 }).toBeGreaterThan(0);
      await expectNothingCoveredNorForeign(page);
      if (process.env['TUBAN_LINT_SCREENSHOT']) await page.screenshot({ path: process.env['TUBAN_LINT_SCREENSHOT'] });
      await openPanel(page);
      await page.locator('.el-tabs__item').first().scrollIntoViewIfNeeded();
      await page.locator('[data-tuban-lint-panel] li[data-rule-id="approval-date-required"] .tuban-lint-entry-main').click();
      await expect.poll(() => page.getByTestId('approvalDate').evaluate((e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);
      // Remembered: the panel is open again after a reload.
      await page.reload();
      await expect.poll(() => page.locator('[data-tuban-lint-panel]').isVisible()).toBe(true);
      expect(await overlapsWithControls(page)).toEqual([]);
      await page.locator('[data-tuban-lint-panel] .tuban-lint-toggle').click();
      await page.getByTestId('nav-patch-2').click();
      await page.getByTestId('rectResolved-是').click();
      await expectShown(page, { ruleId: 'photo-required-for-demolition', field: 'photoCount' });
      // 现场照片 is a tab title at the top: scrolled away, it is listed in the panel instead of marked.
      await page.locator('.el-tabs__item').first().scrollIntoViewIfNeeded();
      await expect.poll(async () => (await markersOf(page, 'photo-required-for-demolition')).length, { timeout: 5_000 }).toBeGreaterThan(0);
      await expectNothingCoveredNorForeign(page);
    },
    E2E_TIMEOUT_MS * 2,
  );

  it(
    'legacy table with its iframe section: markers in the frame cover nothing either',
    async () => {
      await suite.page.setViewportSize(OFFICE_SCREEN);
      const page = await suite.open('legacy-table/patch-form.html');
      await page.getByTestId('verdict').selectOption({ label: '违法' });
      const frame = page.frameLocator('[data-testid=case-frame]');
      await frame.getByTestId('caseFiled-是').check();
      await expectShown(page, { ruleId: 'case-details-required', field: 'caseNo' });
      await expect.poll(async () => (await markersOf(page, 'case-details-required')).length, { timeout: 5_000 }).toBeGreaterThan(0);
      await expectNothingCoveredNorForeign(page);
    },
    E2E_TIMEOUT_MS * 2,
  );

  it(
    'never stale: the area finding follows 违法面积 and goes with a cancelled upload; its message is in 亩, the unit filed',
    async () => {
      await suite.page.setViewportSize(OFFICE_SCREEN);
      const page = await suite.open('legacy-table/patch-form.html');
      await page.getByTestId('verdict').selectOption({ label: '违法' });
      await page.getByTestId('violationArea').fill('2.40');
      await page.getByTestId('vector-upload').setInputFiles(`${BOUNDARY}valid-parcel.txt`);
      await expectShown(page, { ruleId: 'geom-area-mismatch', field: 'vectorFile' }, 15_000);
      await openPanel(page);
      const message = await page.locator('[data-tuban-lint-panel] li[data-rule-id="geom-area-mismatch"] .tuban-lint-message').innerText();
      expect(message).toContain('亩');
      expect(message).not.toMatch(/\d\.\d{5,}|-\d/u);
      // The filer corrects 违法面积 to the file's 3.25 亩: the finding goes without picking the file again.
      await page.getByTestId('violationArea').fill('3.25');
      await expectGone(page, { ruleId: 'geom-area-mismatch' }, 15_000);
      await page.getByTestId('violationArea').fill('1.00');
      await expectShown(page, { ruleId: 'geom-area-mismatch', field: 'vectorFile' }, 15_000);
      // The upload is cancelled: no result of that file stays.
      await page.getByTestId('vector-upload').setInputFiles([]);
      await expectGone(page, { ruleId: 'geom-area-mismatch' }, 15_000);
      await expect.poll(() => page.locator('.tuban-lint-boundary-status').count()).toBe(0);
      expect(await markersOf(page, 'geom-area-mismatch')).toEqual([]);
    },
    E2E_TIMEOUT_MS * 2,
  );

  it(
    'popup and options: 本页不是图斑填报页 off a patch form; an origin typed as host:port or pasted as a page address shows the pattern it grants',
    async () => {
      const { context, extensionId } = suite.session;
      // Opened as a tab, the popup's active tab is itself: an extension page, not a patch form.
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/extension/popup/popup.html`);
      await expect.poll(() => popup.locator('main').innerText()).toContain('本页不是图斑填报页');
      expect(await popup.locator('main').innerText()).not.toMatch(/0\s*错误/u);
      expect(foreignText(await popup.locator('main').innerText())).toEqual([]);
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/extension/options/options.html`);
      const input = options.getByLabel('新网址', { exact: true });
      for (const [typed, pattern] of [
        ['10.1.2.3:8090', 'http://10.1.2.3:8090/*'],
        ['http://10.1.2.3:8090/', 'http://10.1.2.3:8090/*'],
        ['https://zfjg.example.cn/wpzf/patch.html?id=7#/form', 'https://zfjg.example.cn/*'],
      ] as const) {
        await input.fill(typed);
        await expect.poll(() => options.locator('[data-origin-preview]').innerText()).toBe(`将匹配：${pattern}`);
      }
      expect(foreignText(await options.locator('main').innerText())).toEqual([]);
    },
    E2E_TIMEOUT_MS,
  );
});
