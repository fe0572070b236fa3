/**
 * Photo evidence in the extension (issue 14), on the legacy county form: photos picked in the
 * 现场照片 upload are read in the offscreen Worker (exifr never runs in the page) and the photo
 * rules' findings appear beside the upload, with one summary line per photo in the panel. Photos
 * are generated with our JPEG+EXIF writer. Nothing is uploaded (the suite checks every request).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectGone, expectMarkerBeside, expectShown } from '../../support/extension-harness';
import { E2E_TIMEOUT_MS, useExtensionSuite } from '../../support/extension-suite';
import { jpegWithExif } from '../../support/jpeg-with-exif';

const PAGE = 'legacy-table/patch-form.html';

function photo(name: string, exif: Parameters<typeof jpegWithExif>[0]): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'image/jpeg', buffer: Buffer.from(jpegWithExif(exif)) };
}

async function photoStatusLines(page: Page): Promise<number> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-tuban-lint-root]');
    return host?.shadowRoot ? host.shadowRoot.querySelectorAll('.tuban-lint-photo-status').length : -1;
  });
}

describe('extension: photos in the 现场照片 upload', () => {
  const suite = useExtensionSuite();

  it(
    'a photo taken before 整改完成时间 → photo-before-rectification beside the upload; one without GPS → photo-gps-missing; one without EXIF → photo-no-exif; a summary line per photo',
    async () => {
      const page = await suite.open(PAGE);
      await page.getByTestId('verdict').selectOption({ label: '违法' });
      await page.getByTestId('rectMeasure').selectOption({ label: '拆除' });
      await page.getByTestId('rectResolved-是').check();
      await page.getByTestId('rectDate').fill('2024-03-10');
      const row = page.getByTestId('photo-upload').locator('xpath=ancestor::tr[1]');
      await page.getByTestId('photo-upload').setInputFiles([photo('整改前.jpg', { dateTimeOriginal: '2024:03:01 10:00:00', offsetTimeOriginal: '+08:00', latitude: 36, longitude: 117 })]);
      await expectMarkerBeside(page, { ruleId: 'photo-before-rectification', field: 'photoCount' }, row, 40, 15_000);
      await expectGone(page, { ruleId: 'photo-gps-missing' });
      await expect.poll(() => photoStatusLines(page)).toBe(1);

      // Each pick is checked on its own (this upload takes one file at a time).
      await page.getByTestId('photo-upload').setInputFiles([photo('整改后.jpg', { dateTimeOriginal: '2024:03:12 10:00:00' })]);
      await expectShown(page, { ruleId: 'photo-gps-missing', field: 'photoCount' }, 15_000);
      await expectGone(page, { ruleId: 'photo-before-rectification' });
      await page.getByTestId('photo-upload').setInputFiles([photo('无信息.jpg', undefined)]);
      await expectShown(page, { ruleId: 'photo-no-exif', field: 'photoCount' }, 15_000);
      await expectGone(page, { ruleId: 'photo-gps-missing' });
      await expect.poll(() => photoStatusLines(page)).toBe(1);
    },
    E2E_TIMEOUT_MS,
  );
});
