/**
 * The extension on the older county-system replica (extension/fixtures/legacy-table/): plain
 * tables, native selects and radios, synonym labels, and the 立案查处 section in a same-origin
 * iframe. Defects are made through the page's own controls; the findings must appear beside the
 * right fields and disappear once fixed; form values stay untouched; no request leaves the
 * browser (checked after every test by the suite).
 */
import { describe, expect, it } from 'vitest';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { expectGone, expectMarkerBeside, expectMarkerClickLeavesFormUntouched, expectShown, snapshotFormValues } from '../../support/extension-harness';
import { E2E_TIMEOUT_MS, useExtensionSuite } from '../../support/extension-suite';
import { FIXTURES_DIR } from '../../support/fixture-server';

const PAGE = 'legacy-table/patch-form.html';
const BOUNDARY = `${FIXTURES_DIR}boundary/`;

function rowOf(scope: Page | FrameLocator, testId: string): Locator {
  return scope.getByTestId(testId).locator('xpath=ancestor::tr[1]');
}

const caseFrame = (page: Page): FrameLocator => page.frameLocator('[data-testid=case-frame]');

const SIX_FLAGS = ['flagRuralHousing', 'flagGreenhouse', 'flagLandscapeLake', 'flagFundProject', 'flagAffordableHousing', 'flagEpidemicFacility'] as const;

describe('extension on the legacy county form', () => {
  const suite = useExtensionSuite();

  it(
    'approval-date-required: 审批文号 filled, 审批时间 emptied → marker beside 审批时间; typing a date clears it',
    async () => {
      const page = await suite.open(PAGE);
      await page.getByTestId('approvalDate').fill('');
      await expectMarkerBeside(page, { ruleId: 'approval-date-required', field: 'approvalDate' }, rowOf(page, 'approvalDate'));
      await page.getByTestId('approvalDate').fill('2022-11-18');
      await expectGone(page, { ruleId: 'approval-date-required' });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'legal-approval-required: 合法 + 农转用已批 with 审批文号 emptied → marker beside 审批文号; filling it clears it',
    async () => {
      const page = await suite.open(PAGE);
      await page.getByTestId('approvalNo').fill('');
      await expectMarkerBeside(page, { ruleId: 'legal-approval-required', field: 'approvalNo' }, rowOf(page, 'approvalNo'));
      await page.getByTestId('approvalNo').fill('冀政转征〔2022〕31号');
      await expectGone(page, { ruleId: 'legal-approval-required' });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'cultivated-flags-required: 合法性判定 → 违法 with 耕地面积 1.50 亩 marks the unanswered flags; answering all six clears it',
    async () => {
      const page = await suite.open(PAGE);
      await expectGone(page, { ruleId: 'cultivated-flags-required' });
      await page.getByTestId('verdict').selectOption({ label: '违法' });
      await expectMarkerBeside(page, { ruleId: 'cultivated-flags-required', field: 'flagLandscapeLake' }, rowOf(page, 'flagLandscapeLake-是'));
      for (const flag of SIX_FLAGS.slice(0, 5)) await page.getByTestId(`${flag}-否`).check();
      await expectMarkerBeside(page, { ruleId: 'cultivated-flags-required', field: 'flagEpidemicFacility' }, rowOf(page, 'flagEpidemicFacility-是'));
      await page.getByTestId('flagEpidemicFacility-是').check();
      await expectGone(page, { ruleId: 'cultivated-flags-required' });
      await page.getByTestId('verdict').selectOption({ label: '合法' });
      await expectGone(page, { ruleId: 'cultivated-flags-required' });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'photo-required-for-demolition: 拆除 + 是否整改到位 是 with the only photo deleted → marker at 现场照片; uploading one clears it',
    async () => {
      const page = await suite.open(PAGE);
      await page.getByTestId('verdict').selectOption({ label: '违法' });
      await page.getByTestId('rectMeasure').selectOption({ label: '拆除' });
      await page.getByTestId('rectResolved-是').check();
      await page.waitForTimeout(300);
      await expectGone(page, { ruleId: 'photo-required-for-demolition' });
      await page.getByTestId('photo-delete').click();
      await expect.poll(() => page.locator('#photoList li').count()).toBe(0);
      await expectMarkerBeside(page, { ruleId: 'photo-required-for-demolition', field: 'photoCount' }, rowOf(page, 'photo-list'));
      await page.getByTestId('photo-upload').setInputFiles({ name: 'DSC_0500.JPG', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xd9]) });
      await expectGone(page, { ruleId: 'photo-required-for-demolition' });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'the case section in the iframe: 是否立案查处 是 without 立案日期 and 案件编号 → case-details-required beside them; filling them clears it',
    async () => {
      const page = await suite.open(PAGE);
      await page.getByTestId('verdict').selectOption({ label: '违法' });
      const frame = caseFrame(page);
      await frame.getByTestId('caseFiled-是').check();
      await expectMarkerBeside(page, { ruleId: 'case-details-required', field: 'caseNo' }, rowOf(frame, 'caseNo'));
      await expectShown(page, { ruleId: 'case-details-required', field: 'caseDate' });
      await frame.getByTestId('caseDate').fill('2023-05-20');
      await frame.getByTestId('caseNo').fill('林自然资立〔2023〕12号');
      await expectGone(page, { ruleId: 'case-details-required' });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'boundary file: the bow-tie parcel picked as 坐标文件 → geom-self-intersection beside it; a valid GBK file clears it',
    async () => {
      const page = await suite.open(PAGE);
      await page.getByTestId('vector-upload').setInputFiles(`${BOUNDARY}bowtie-self-intersection.txt`);
      await expectMarkerBeside(page, { ruleId: 'geom-self-intersection', field: 'vectorFile' }, rowOf(page, 'vector-upload'), 40, 15_000);
      await page.getByTestId('vector-upload').setInputFiles(`${BOUNDARY}valid-parcel-gbk.txt`);
      await expectGone(page, { ruleId: 'geom-self-intersection' }, 15_000);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    "the page's form values (the iframe's included) are never changed by the extension, and nothing is submitted",
    async () => {
      const page = await suite.open(PAGE);
      await page.getByTestId('verdict').selectOption({ label: '违法' });
      await caseFrame(page).getByTestId('caseFiled-是').check();
      const afterOwnEdits = await snapshotFormValues(page);
      expect(Object.keys(afterOwnEdits).some((key) => key.startsWith('frame1:'))).toBe(true);
      const marker = await expectMarkerBeside(page, { ruleId: 'cultivated-flags-required', field: 'flagGreenhouse' }, rowOf(page, 'flagGreenhouse-是'));
      await expectShown(page, { ruleId: 'case-details-required' });
      await expectMarkerClickLeavesFormUntouched(page, marker, afterOwnEdits);
    },
    E2E_TIMEOUT_MS,
  );
});
