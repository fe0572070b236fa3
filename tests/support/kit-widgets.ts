/**
 * How a filer works each UI kit's widgets on the fixtures of extension/fixtures/kits/ (issue 16):
 * the e2e tests and the latency bench drive the pages only through these — the rendered option,
 * the radio's drawn element, the upload button.
 */
import type { Locator, Page } from 'playwright-core';

/** An option's text alone, around it at most spaces and icon glyphs (layui draws its radio icon as a private-use character). */
export const exactly = (text: string): RegExp => new RegExp(`^[^\\p{L}\\p{N}]*${text}[^\\p{L}\\p{N}]*$`, 'u');

/** How a filer works each kit's widgets. */
export interface KitDriver {
  choose(page: Page, item: Locator, key: string, text: string): Promise<void>;
  /** The clickable element of a radio option. */
  readonly radio: string;
  /** What opens the file dialog inside an upload item. */
  readonly uploadTrigger: string;
}

export const KIT_DRIVERS: Readonly<Record<string, KitDriver>> = {
  layui: {
    async choose(_page, item, _key, text) {
      await item.locator('.layui-select-title').click();
      await item
        .locator('dd')
        .filter({ hasText: exactly(text) })
        .click();
    },
    radio: '.layui-form-radio',
    uploadTrigger: 'button.layui-btn',
  },
  'element-plus': {
    async choose(page, item, key, text) {
      await item.locator('.el-select').click();
      await page
        .getByTestId(`dropdown-${key}`)
        .locator('li')
        .filter({ hasText: exactly(text) })
        .click();
    },
    radio: 'label.el-radio',
    uploadTrigger: '.el-upload',
  },
  'ant-design-vue': {
    async choose(page, item, key, text) {
      await item.locator('.ant-select').click();
      await page
        .getByTestId(`dropdown-${key}`)
        .locator('.ant-select-item-option')
        .filter({ hasText: exactly(text) })
        .click();
    },
    radio: 'label.ant-radio-wrapper',
    uploadTrigger: '.ant-upload-select [role=button]',
  },
  'view-ui': {
    async choose(_page, item, _key, text) {
      await item.locator('.ivu-select-selection').click();
      await item
        .locator('.ivu-select-item')
        .filter({ hasText: exactly(text) })
        .click();
    },
    radio: 'label.ivu-radio-wrapper',
    uploadTrigger: '.ivu-upload-select button',
  },
  bootstrap: {
    // A native select by keyboard, as a filer tabbing through the form does (its change event may be stopped).
    async choose(page, item, _key, text) {
      const select = item.locator('select');
      // A select in a branch the page is still showing cannot take focus yet.
      await select.waitFor({ state: 'visible' });
      await select.focus();
      for (let i = 0; i < 10; i += 1) {
        if ((await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? '')) === text) return;
        await page.keyboard.press('ArrowDown');
      }
      throw new Error(`no option ${text}`);
    },
    radio: 'label.form-check-label',
    uploadTrigger: 'input[type=file]',
  },
};
