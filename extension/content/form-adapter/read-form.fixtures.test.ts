import { describe, expect, it } from 'vitest';
import expected from '../../fixtures/expected-fields.json';
import { readForm } from './read-form';
import { byTestId, checkRadio, defaultAdapterContext, loadElementPage, loadLegacyPage, selectByText, type LoadedPage } from './testing/load-fixture';

/**
 * The adapter on the saved replicas of the platform's pages: in every state listed in
 * extension/fixtures/expected-fields.json it finds exactly those fields (house style: "each saved
 * fixture markup has a test that states how many fields the adapter must find on it").
 */
type Expected = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
const EXPECTED = expected as Expected;

function fieldsFound(page: LoadedPage): string[] {
  return [...readForm(page.document, defaultAdapterContext()).fields.keys()].sort();
}

function expectedFields(page: string, state: string): string[] {
  const fields = EXPECTED[page]?.[state];
  if (!fields) throw new Error(`expected-fields.json has no ${page} › ${state}`);
  return [...fields].sort();
}

function radio(page: LoadedPage, testId: string): HTMLInputElement {
  const input = byTestId(page.document, testId).querySelector('input[type=radio]') ?? byTestId(page.document, testId);
  return input as HTMLInputElement;
}

const ELEMENT = 'element-ui/patch-form.html';
const LEGACY = 'legacy-table/patch-form.html';

describe(`form adapter on ${ELEMENT}`, () => {
  const states: Record<string, (page: LoadedPage) => void | Promise<void>> = {
    initial: () => undefined,
    违法: (page) => checkRadio(radio(page, 'verdict-违法')),
    其他: (page) => checkRadio(radio(page, 'verdict-其他')),
    'upload-dialog-open': (page) => {
      byTestId(page.document, 'tab-attachments').click();
      byTestId(page.document, 'attachment-open').click();
    },
  };

  it('covers every state of expected-fields.json', () => {
    expect(Object.keys(EXPECTED[ELEMENT] ?? {}).sort()).toEqual([...Object.keys(states), '#/patch/2'].sort());
  });

  for (const [state, reach] of Object.entries(states)) {
    it(`finds the fields of state ${state}`, async () => {
      const page = await loadElementPage();
      await reach(page);
      expect(fieldsFound(page)).toEqual(expectedFields(ELEMENT, state));
    });
  }

  it('finds the fields of state #/patch/2', async () => {
    const page = await loadElementPage('#/patch/2');
    expect(fieldsFound(page)).toEqual(expectedFields(ELEMENT, '#/patch/2'));
  });

  it('reads values as shown: descriptions text, units, radios, selects, dates, tab counts', async () => {
    const page = await loadElementPage();
    const fields = readForm(page.document, defaultAdapterContext()).fields;
    expect(fields.get('patchId')?.text).toBe('130403SJBG23210183');
    expect(fields.get('areaMonitored')).toMatchObject({ text: '3.2500 亩', unit: 'mu' });
    expect(fields.get('verdict')?.text).toBe('合法');
    expect(fields.get('verdictDetail')?.text).toBe('农转用已批');
    expect(fields.get('approvalDate')?.text).toBe('2022-08-01 00:00:00');
    expect(fields.get('approvalArea')).toMatchObject({ text: '3.2500', unit: 'mu' });
    expect(fields.get('photoCount')?.text).toBe('2');
    expect(fields.get('verdictBasis')?.text).toBe('该地块已办理农用地转用审批手续');
  });

  it('joins the cascading 违法类型 levels and reads the 违法 branch once shown', async () => {
    const page = await loadElementPage('#/patch/2');
    const fields = readForm(page.document, defaultAdapterContext()).fields;
    expect(fields.get('violationType')?.text).toBe('非法占地/未经批准占用土地');
    expect(fields.get('flagGreenhouse')?.text).toBe('否');
    expect(fields.get('caseFiled')?.text).toBe('是');
    expect(fields.get('fineAmount')?.text).toBe('20000');
    expect(fields.get('verdictBasis')?.text).toBe('未办理任何用地手续');
    expect(fields.get('actualUse')?.text).toBe('仓储用房');
    expect(fields.get('photoCount')?.text).toBe('0');
  });
});

describe(`form adapter on ${LEGACY} (with its same-origin iframe)`, () => {
  const states: Record<string, (page: LoadedPage) => void> = {
    initial: () => undefined,
    违法: (page) => selectByText(byTestId(page.document, 'verdict') as HTMLSelectElement, '违法'),
    其他: (page) => selectByText(byTestId(page.document, 'verdict') as HTMLSelectElement, '其他'),
  };

  it('covers every state of expected-fields.json', () => {
    expect(Object.keys(EXPECTED[LEGACY] ?? {}).sort()).toEqual(Object.keys(states).sort());
  });

  for (const [state, reach] of Object.entries(states)) {
    it(`finds the fields of state ${state}`, async () => {
      const page = await loadLegacyPage();
      reach(page);
      expect(fieldsFound(page)).toEqual(expectedFields(LEGACY, state));
    });
  }

  it('reads a select by its shown text, units from labels, photos from the list, fields inside the iframe', async () => {
    const page = await loadLegacyPage();
    selectByText(byTestId(page.document, 'verdict') as HTMLSelectElement, '违法');
    const frame = page.document.querySelector('iframe') as HTMLIFrameElement;
    const caseNo = frame.contentDocument?.querySelector('[data-testid=caseNo]') as HTMLInputElement;
    caseNo.value = '林自然资立〔2023〕3号';
    const reading = readForm(page.document, defaultAdapterContext());
    expect(reading.documents).toBe(2);
    expect(reading.fields.get('verdict')?.text).toBe('违法');
    expect(reading.fields.get('areaCultivated')).toMatchObject({ text: '1.50', unit: 'mu' });
    expect(reading.fields.get('photoCount')?.text).toBe('1');
    expect(reading.fields.get('caseNo')?.text).toBe('林自然资立〔2023〕3号');
    expect(reading.fields.get('vectorFile')?.text).toBe('');
    expect(reading.fields.get('flagGreenhouse')?.text).toBe('');
  });
});
