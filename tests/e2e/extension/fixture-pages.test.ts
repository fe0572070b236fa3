/**
 * The fixture pages say what extension/fixtures/expected-fields.json claims: in each state, the
 * labels a reader finds (by layout, through LabelMatcher, with the visibility rules of
 * extension/fixtures/README.md) are exactly the listed field ids. Runs Chromium without the
 * extension, so the form-adapter tests can trust the JSON. Also: the pages make no request
 * beyond the fixture server.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LabelMatcher } from '../../../shared/model/labels';
import { launchBrowser, type BrowserSession } from '../../support/extension-harness';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../../support/fixture-server';

type ExpectedFields = Record<string, Record<string, string[]>>;
const expected = JSON.parse(readFileSync(`${FIXTURES_DIR}expected-fields.json`, 'utf8')) as ExpectedFields;

/** Labels on the pages that are deliberately not dictionary fields (tab names, 销号 items). */
const NON_FIELD_LABELS = new Set(['图斑信息', '附件管理', '图斑销号', '销号申请类型', '销号申请说明']);

/**
 * Label texts of the rendered page, read the way README.md defines "found": a label counts when it
 * and its value cell are not hidden, where a hidden branch (display:none, v-if) hides but an
 * inactive el-tabs pane does not; same-origin iframes are read when their frame element is shown.
 */
function readLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const isInactiveTabPane = (e: Element) => e.getAttribute('role') === 'tabpanel' && e.parentElement?.classList.contains('el-tabs__content') === true;
    const shown = (element: Element): boolean => {
      for (let e: Element | null = element; e; e = e.parentElement) {
        const view = e.ownerDocument.defaultView;
        if (view?.getComputedStyle(e).display === 'none' && !isInactiveTabPane(e)) return false;
      }
      const frame = element.ownerDocument.defaultView?.frameElement;
      return frame ? shown(frame) : true;
    };
    const labels: string[] = [];
    const read = (doc: Document) => {
      for (const cell of Array.from(doc.querySelectorAll('th.el-descriptions-item__label, td.label'))) {
        const value = cell.nextElementSibling;
        if (value && shown(cell) && shown(value)) labels.push(cell.textContent ?? '');
      }
      for (const label of Array.from(doc.querySelectorAll('.el-form-item__label'))) {
        if ((label.textContent ?? '').trim() !== '' && shown(label)) labels.push(label.textContent ?? '');
      }
      for (const tab of Array.from(doc.querySelectorAll('.el-tabs__item'))) labels.push((tab.textContent ?? '').replace(/\(\d+\)\s*$/u, ''));
      for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
        if (frame.contentDocument && shown(frame)) read(frame.contentDocument);
      }
    };
    read(document);
    return labels;
  });
}

const matcher = new LabelMatcher();

async function fieldsOnPage(page: Page): Promise<{ fields: string[]; unmatched: string[] }> {
  const fields = new Set<string>();
  const unmatched: string[] = [];
  for (const label of await readLabels(page)) {
    const match = matcher.match(label);
    if (match) fields.add(match.field);
    else unmatched.push(label.replace(/\s+/gu, ''));
  }
  return { fields: [...fields].sort(), unmatched };
}

function expectedFor(page: string, state: string): string[] {
  const ids = expected[page]?.[state];
  if (!ids) throw new Error(`expected-fields.json has no ${page} / ${state}`);
  return [...ids].sort();
}

describe('fixture pages match expected-fields.json', () => {
  let server: FixtureServer;
  let session: BrowserSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchBrowser({ allowedOrigin: server.origin, withExtension: false });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  afterEach(() => {
    session.requests.assertNoneLeft();
    expect(session.pageErrors).toEqual([]);
  });

  async function open(path: string): Promise<Page> {
    const page = session.page;
    // A fresh document each time: going from #/patch/2 to #/patch/1 alone would only change the hash.
    await page.goto('about:blank');
    await page.goto(server.url(path));
    await page.waitForLoadState('load');
    return page;
  }

  async function expectState(page: Page, fixture: string, state: string): Promise<void> {
    const { fields, unmatched } = await fieldsOnPage(page);
    expect(fields, `${fixture} / ${state}`).toEqual(expectedFor(fixture, state));
    expect(unmatched.filter((label) => !NON_FIELD_LABELS.has(label)), `labels that match no field on ${fixture} / ${state}`).toEqual([]);
  }

  const ELEMENT = 'element-ui/patch-form.html';
  const LEGACY = 'legacy-table/patch-form.html';

  it('element-ui: initial, 违法, 其他, upload dialog, #/patch/2', async () => {
    let page = await open(`${ELEMENT}#/patch/1`);
    await expectState(page, ELEMENT, 'initial');
    await page.getByTestId('verdict-违法').click();
    await expectState(page, ELEMENT, '违法');
    await page.getByTestId('verdict-其他').click();
    await expectState(page, ELEMENT, '其他');

    page = await open(`${ELEMENT}#/patch/1`);
    await page.getByTestId('tab-attachments').click();
    await page.getByTestId('attachment-open').click();
    await expectState(page, ELEMENT, 'upload-dialog-open');
    await page.getByTestId('attachment-cancel').click();

    await page.getByTestId('nav-patch-2').click();
    await expect.poll(() => page.locator('.current-patch').textContent()).toContain('130403SJBG23210184');
    await expectState(page, ELEMENT, '#/patch/2');
  });

  it('legacy-table: initial, 违法 (with the iframe section), 其他', async () => {
    const page = await open(LEGACY);
    await page.frameLocator('[data-testid=case-frame]').getByTestId('caseNo').waitFor({ state: 'attached' });
    await expectState(page, LEGACY, 'initial');
    await page.getByTestId('verdict').selectOption({ label: '违法' });
    await expectState(page, LEGACY, '违法');
    await page.getByTestId('verdict').selectOption({ label: '其他' });
    await expectState(page, LEGACY, '其他');
  });

  it('element-ui controls behave as README.md says (select, date picker, photo upload, cascade)', async () => {
    const page = await open(`${ELEMENT}#/patch/1`);
    await page.getByTestId('verdict-违法').click();
    await page.getByTestId('violationType1').click();
    await page.getByTestId('dropdown-violationType1').getByText('非法批地').click();
    await expect.poll(() => page.getByTestId('violationType1').inputValue()).toBe('非法批地');
    await page.getByTestId('violationType2').click();
    expect(await page.getByTestId('dropdown-violationType2').locator('li').allTextContents()).toEqual(['越权批地', '违反规划批地']);
    await page.getByTestId('dropdown-violationType2').getByText('越权批地').click();
    await page.getByTestId('caseDate').click();
    await page.getByTestId('picker-date-caseDate').fill('2023-07-02');
    await page.getByTestId('picker-ok-caseDate').click();
    expect(await page.getByTestId('caseDate').inputValue()).toBe('2023-07-02 00:00:00');
    await page.getByTestId('tab-photos').click();
    await page.getByTestId('photo-upload').setInputFiles({ name: 'IMG_1.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff]) });
    await expect.poll(() => page.getByTestId('tab-photos').textContent()).toBe('现场照片(3)');
    expect(await page.locator('.img-row img').count()).toBe(3);
    await page.getByTestId('nav-patch-2').click();
    await expect.poll(() => page.getByTestId('tab-photos').textContent()).toBe('现场照片(0)');
    expect(await page.locator('body > .el-select-dropdown, body > .el-picker-panel').count()).toBe(0);
  });
});
