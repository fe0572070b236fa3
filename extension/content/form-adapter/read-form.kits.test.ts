import { describe, expect, it } from 'vitest';
import expected from '../../fixtures/expected-fields.json';
import { looksUnderstoodPoorly, readForm } from './read-form';
import { byTestId, defaultAdapterContext, fixtureText, KIT_PAGES, loadKitPage, loadPage, type LoadedPage } from './testing/load-fixture';

/**
 * The adapter on the UI-kit fixtures (extension/fixtures/kits/, issue 16): on every kit it finds
 * the fields expected-fields.json lists, reads hidden native controls and drawn widgets as the
 * filer sees them, and reads an empty photo preview in a hidden tab as 0 photos.
 */
type Expected = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
const EXPECTED = expected as Expected;

function read(page: LoadedPage): Record<string, string> {
  return Object.fromEntries([...readForm(page.document, defaultAdapterContext()).fields].map(([field, r]) => [field, r.text]));
}

function click(element: Element | null): void {
  if (!element) throw new Error('nothing to click');
  (element as HTMLElement).click();
}

describe.each(KIT_PAGES)('form adapter on kits/%s.html', (kit) => {
  it('finds the expected fields and reads them as shown', async () => {
    const page = await loadKitPage(kit);
    const values = read(page);
    const fields = EXPECTED[`kits/${kit}.html`]?.['initial'];
    expect(Object.keys(values).sort()).toEqual([...(fields ?? ['(missing in expected-fields.json)'])].sort());
    expect(values).toMatchObject({ patchId: '370683SJBG23000123', verdict: '合法', approvalDate: '2022-09-01', photoCount: '0', areaCultivated: '1.50' });
  });

  it('reads each field in its section', async () => {
    const page = await loadKitPage(kit);
    const reading = readForm(page.document, defaultAdapterContext());
    expect(reading.fields.get('patchId')?.section).toBe('图斑基本信息');
    expect(reading.fields.get('approvalNo')?.section).toBe('合法用地信息');
  });
});

describe('layui widgets that fire no event', () => {
  it('a dd click sets the hidden select (code 2) and the reading maps it to 违法; a radio div sets the hidden radio', async () => {
    const page = await loadKitPage('layui', '?events=off');
    const doc = page.document;
    click(byTestId(doc, 'item-verdict').querySelector('.layui-select-title'));
    click(byTestId(doc, 'item-verdict').querySelector('dd[lay-value="2"]'));
    expect((byTestId(doc, 'item-verdict').querySelector('select') as HTMLSelectElement).value).toBe('2');
    let values = read(page);
    expect(values['verdict']).toBe('违法');
    expect(values['flagGreenhouse']).toBe('');
    expect(values['rectResolved']).toBe('否');
    expect(Object.keys(values).sort()).toEqual([...(EXPECTED['kits/layui.html']?.['违法'] ?? [])].sort());
    click(byTestId(doc, 'item-flagGreenhouse').querySelector('input[title="否"] + .layui-form-radio'));
    values = read(page);
    expect(values['flagGreenhouse']).toBe('否');
  });
});

describe('a patch form the adapter does not understand', () => {
  it('is told apart from a page without a form: known labels, few fields, the unmatched labels listed', async () => {
    const page = await loadPage(fixtureText('kits/unrecognised-layout.html'), 'http://localhost/kits/unrecognised-layout.html');
    const context = defaultAdapterContext();
    const reading = readForm(page.document, context);
    expect(reading.fields.size).toBeLessThan(context.profile.minFields);
    expect(reading.census?.known).toBe(6);
    expect(reading.census?.unmatched).toEqual(['审核状态']);
    expect(looksUnderstoodPoorly(reading, context.profile.minFields)).toBe(true);
  });

  it('a recognised kit page is not flagged, nor is a page with no patch labels', async () => {
    const context = defaultAdapterContext();
    expect(looksUnderstoodPoorly(readForm((await loadKitPage('layui')).document, context), context.profile.minFields)).toBe(false);
    const blank = await loadPage('<!doctype html><html><body><label>搜索</label><input><label>用户名</label><input></body></html>');
    expect(looksUnderstoodPoorly(readForm(blank.document, context), context.profile.minFields)).toBe(false);
  });
});
