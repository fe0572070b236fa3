/**
 * The extension on the Element UI replica (extension/fixtures/element-ui/patch-form.html), end to
 * end in Chromium (issue 4 item 8): a record is given known defects through the page's own
 * controls, the expected findings appear — in the panel and as markers beside the right fields —
 * and disappear once fixed; the page's form values are never changed by the extension; no request
 * leaves the browser (checked after every test by the suite).
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectGone, expectMarkerBeside, expectMarkerClickLeavesFormUntouched, expectShown, snapshotFormValues } from '../../support/extension-harness';
import { E2E_TIMEOUT_MS, useExtensionSuite } from '../../support/extension-suite';
import { FIXTURES_DIR } from '../../support/fixture-server';

const PAGE = 'element-ui/patch-form.html';
const BOUNDARY = `${FIXTURES_DIR}boundary/`;

/** The descriptions row holding a control: markers are drawn beside the field, within its row. */
function rowOf(page: Page, testId: string): Locator {
  return page.getByTestId(testId).locator('xpath=ancestor::tr[1]');
}

async function chooseOption(page: Page, key: string, text: string): Promise<void> {
  await page.getByTestId(key).click();
  await page.getByTestId(`dropdown-${key}`).getByText(text, { exact: true }).click();
}

async function pickDate(page: Page, key: string, date: string, time = '00:00:00'): Promise<void> {
  await page.getByTestId(key).click();
  await page.getByTestId(`picker-date-${key}`).fill(date);
  await page.getByTestId(`picker-time-${key}`).fill(time);
  await page.getByTestId(`picker-ok-${key}`).click();
}

const SIX_FLAGS = ['flagRuralHousing', 'flagGreenhouse', 'flagLandscapeLake', 'flagFundProject', 'flagAffordableHousing', 'flagEpidemicFacility'] as const;

describe('extension on the Element UI form', () => {
  const suite = useExtensionSuite();

  it(
    'approval-date-required: 批准文号 filled, 批准时间 cleared → marker beside 批准时间; picking a date clears it',
    async () => {
      const page = await suite.open(`${PAGE}#/patch/1`);
      await page.getByTestId('clear-approvalDate').click();
      await expectMarkerBeside(page, { ruleId: 'approval-date-required', field: 'approvalDate' }, rowOf(page, 'approvalDate'));
      await pickDate(page, 'approvalDate', '2022-08-01');
      await expectGone(page, { ruleId: 'approval-date-required' });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'legal-approval-required: 合法 + 农转用已批 with no 批准文号 → marker beside 批准文号; typing one clears it',
    async () => {
      const page = await suite.open(`${PAGE}#/patch/1`);
      await page.getByTestId('approvalNo').fill('');
      await expectMarkerBeside(page, { ruleId: 'legal-approval-required', field: 'approvalNo' }, rowOf(page, 'approvalNo'));
      await page.getByTestId('approvalNo').fill('冀政转征〔2022〕15号');
      await expectGone(page, { ruleId: 'legal-approval-required' });
      // 增减挂钩 rests on an approval document too (S1 三(三), issue 10: legal-approval-required's
      // CASES_WITH_APPROVAL); 设施农用地 does not: no finding even without a 文号.
      await page.getByTestId('approvalNo').fill('');
      await expectShown(page, { ruleId: 'legal-approval-required', field: 'approvalNo' });
      await chooseOption(page, 'legalDetail', '增减挂钩');
      await expectShown(page, { ruleId: 'legal-approval-required', field: 'approvalNo' });
      await chooseOption(page, 'legalDetail', '设施农用地');
      await expectGone(page, { ruleId: 'legal-approval-required' });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'cultivated-flags-required: 违法 with 耕地面积 > 0 marks the unanswered flags, follows verdict switches, and clears once all six are answered',
    async () => {
      const page = await suite.open(`${PAGE}#/patch/1`);
      await expectGone(page, { ruleId: 'cultivated-flags-required' });
      await page.getByTestId('verdict-违法').click();
      await expectMarkerBeside(page, { ruleId: 'cultivated-flags-required', field: 'flagGreenhouse' }, rowOf(page, 'flagGreenhouse-是'));
      // Back to 合法 (the 违法 branch is hidden, the 合法 branch re-created): the rule no longer applies.
      await page.getByTestId('verdict-合法').click();
      await expectGone(page, { ruleId: 'cultivated-flags-required' });
      await page.getByTestId('verdict-违法').click();
      await expectShown(page, { ruleId: 'cultivated-flags-required', field: 'flagRuralHousing' });
      for (const flag of SIX_FLAGS.slice(0, 5)) await page.getByTestId(`${flag}-否`).click();
      // One flag left unanswered: the finding stays, now only on that flag.
      await expectMarkerBeside(page, { ruleId: 'cultivated-flags-required', field: 'flagEpidemicFacility' }, rowOf(page, 'flagEpidemicFacility-是'));
      await expectGone(page, { ruleId: 'cultivated-flags-required', field: 'flagGreenhouse' });
      await page.getByTestId('flagEpidemicFacility-否').click();
      await expectGone(page, { ruleId: 'cultivated-flags-required' });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'photo-required-for-demolition: 拆除 + 是否消除违法状态 是 + 0 photos → marker at 现场照片(0); uploading a photo clears it',
    async () => {
      const page = await suite.open(`${PAGE}#/patch/2`);
      await expectGone(page, { ruleId: 'photo-required-for-demolition' });
      await page.getByTestId('rectResolved-是').click();
      await expectShown(page, { ruleId: 'photo-required-for-demolition', field: 'photoCount' });
      await expectMarkerBeside(page, { ruleId: 'photo-required-for-demolition', field: 'photoCount' }, page.getByTestId('tab-photos'));
      await page.getByTestId('tab-photos').click();
      await page.getByTestId('photo-upload').setInputFiles({ name: 'IMG_20230601_101500.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xd9]) });
      await expect.poll(() => page.getByTestId('tab-photos').textContent()).toBe('现场照片(1)');
      await expectGone(page, { ruleId: 'photo-required-for-demolition' });
      // Switching tabs is not changing the record: back on 图斑信息, nothing returns.
      await page.getByTestId('tab-info').click();
      await page.waitForTimeout(300);
      await expectGone(page, { ruleId: 'photo-required-for-demolition' });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'navigation: findings follow #/patch/1 → #/patch/2 and back',
    async () => {
      const page = await suite.open(`${PAGE}#/patch/1`);
      await page.getByTestId('clear-approvalDate').click();
      await expectShown(page, { ruleId: 'approval-date-required', field: 'approvalDate' });
      await page.getByTestId('nav-patch-2').click();
      await expect.poll(() => page.locator('.current-patch').textContent()).toContain('130403SJBG23210184');
      // Patch 2 is 违法 with no 批准文号 field shown: patch 1's finding must not linger.
      await expectGone(page, { ruleId: 'approval-date-required' });
      await page.getByTestId('rectResolved-是').click();
      await expectShown(page, { ruleId: 'photo-required-for-demolition', field: 'photoCount' });
      await page.getByTestId('nav-patch-1').click();
      await expect.poll(() => page.locator('.current-patch').textContent()).toContain('130403SJBG23210183');
      await expectGone(page, { ruleId: 'photo-required-for-demolition' });
      // The page kept patch 1's edit in memory (its 批准时间 is still empty): the finding is back.
      await expectMarkerBeside(page, { ruleId: 'approval-date-required', field: 'approvalDate' }, rowOf(page, 'approvalDate'));
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'boundary file: the bow-tie parcel in the 附件管理 upload dialog → geom-self-intersection; a valid file clears it',
    async () => {
      const page = await suite.open(`${PAGE}#/patch/1`);
      await page.getByTestId('tab-attachments').click();
      await page.getByTestId('attachment-open').click();
      await page.getByTestId('vector-upload').setInputFiles(`${BOUNDARY}bowtie-self-intersection.txt`);
      await expectShown(page, { ruleId: 'geom-self-intersection', field: 'vectorFile' }, 15_000);
      await expectMarkerBeside(page, { ruleId: 'geom-self-intersection', field: 'vectorFile' }, page.getByTestId('attachment-dialog').locator('.el-form-item'));
      await page.getByTestId('vector-upload').setInputFiles(`${BOUNDARY}valid-parcel.txt`);
      await expectGone(page, { ruleId: 'geom-self-intersection' }, 15_000);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'boundary file under a strict Content-Security-Policy: the check still runs and nothing is fetched',
    async () => {
      const page = await suite.open(`${PAGE}?csp=strict#/patch/1`);
      await page.getByTestId('tab-attachments').click();
      await page.getByTestId('attachment-open').click();
      await page.getByTestId('vector-upload').setInputFiles(`${BOUNDARY}bowtie-self-intersection.txt`);
      await expectShown(page, { ruleId: 'geom-self-intersection', field: 'vectorFile' }, 15_000);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    "the page's form values are never changed by the extension (load, findings shown, marker clicked) and nothing is submitted",
    async () => {
      const page = await suite.open(`${PAGE}#/patch/1`);
      const atLoad = await snapshotFormValues(page);
      await page.getByTestId('clear-approvalDate').click();
      await page.getByTestId('verdict-违法').click();
      await page.getByTestId('verdict-合法').click();
      const afterOwnEdits = await snapshotFormValues(page);
      const changedByPage = Object.keys(afterOwnEdits).filter((key) => afterOwnEdits[key] !== atLoad[key]);
      // Only the page's own edit differs (批准时间 emptied); the 违法 branch's radios stayed unanswered.
      expect(changedByPage.map((key) => key.replace(/^frame\d+:\w+#\d+:/u, ''))).toEqual(['approvalDate']);

      const marker = await expectMarkerBeside(page, { ruleId: 'approval-date-required', field: 'approvalDate' }, rowOf(page, 'approvalDate'));
      await expectMarkerClickLeavesFormUntouched(page, marker, afterOwnEdits);
    },
    E2E_TIMEOUT_MS,
  );
});
