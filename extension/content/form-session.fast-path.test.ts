import { afterEach, describe, expect, it, vi } from 'vitest';
import { RuleFieldIndex } from '../../shared/engine/rule-field-index';
import { RECORD_RULES } from '../../shared/rules';
import { DEFAULT_SETTINGS } from '../settings/settings-schema';
import expectedFields from '../fixtures/expected-fields.json';
import { createAdapterContext } from './form-adapter/adapter-context';
import { readForm, rereadEditedFields } from './form-adapter/read-form';
import { byTestId, defaultAdapterContext, loadElementPage, loadKitPage, type LoadedPage } from './form-adapter/testing/load-fixture';
import { FormSession } from './form-session';
import { LiveCheck, type LiveCheckResult } from './live-check';

/**
 * The fast path (issue 4 item 10): an `input`/`change` on a control the last reading found
 * re-reads only that control's field and updates panel and markers before the next frame — no
 * debounce, no full reading of the page; DOM changes the page makes in response are still
 * followed by the debounced full reading. Sessions here run with a debounce far longer than the
 * tests wait, so anything shown right after an edit came from the fast path.
 */
const ELEMENT_FIELDS = expectedFields['element-ui/patch-form.html'];
const LONG_DEBOUNCE_MS = 60_000;
/** Lets the microtask that hands the edit to the session run (the event has reached the window). */
const microtasks = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
/**
 * The next animation frame of the page: markers are placed in one (the panel entry is there
 * before). happy-dom runs frames on setImmediate, whose order against setTimeout(0) varies under
 * load, so waiting for the frame itself is the only ordering that holds.
 */
const nextFrame = (page: LoadedPage): Promise<void> => new Promise((resolve) => page.window.requestAnimationFrame(() => resolve()));
const settle = (ms = 60): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Harness {
  readonly session: FormSession;
  readonly controller: AbortController;
  readonly fullReads: () => number;
  shown(): { ruleId: string; field: string; marker: boolean }[];
  has(ruleId: string): boolean;
}

function start(page: LoadedPage, debounceMs = LONG_DEBOUNCE_MS): Harness {
  const view = page.window as unknown as Window & typeof globalThis;
  view.Element.prototype.getBoundingClientRect = function box() {
    return new view.DOMRect(100, 200, 120, 30);
  };
  const controller = new AbortController();
  const session = new FormSession(
    {
      doc: page.document,
      signal: controller.signal,
      css: '',
      now: () => new Date('2024-06-30T10:00:00+08:00'),
      loadDismissals: () => Promise.resolve({}),
      saveDismissals: () => Promise.resolve(),
      sendBoundaryCheck: () => Promise.resolve(undefined),
      debounceMs,
    },
    DEFAULT_SETTINGS,
  );
  const refresh = vi.spyOn(session, 'refresh');
  session.start();
  const shown = (): { ruleId: string; field: string; marker: boolean }[] => {
    const root = page.document.querySelector('[data-tuban-lint-root]')?.shadowRoot;
    if (!root) throw new Error('no UI root with an open shadow root');
    return [...root.querySelectorAll('[data-rule-id]')].map((e) => ({
      ruleId: e.getAttribute('data-rule-id') ?? '',
      field: e.getAttribute('data-field') ?? '',
      marker: e.classList.contains('tuban-lint-marker'),
    }));
  };
  return {
    session,
    controller,
    // The first reading is start() itself.
    fullReads: () => refresh.mock.calls.length - 1,
    shown,
    has: (ruleId) => shown().some((f) => f.ruleId === ruleId),
  };
}

/** What a filer's typing does: the value changes, then `input` bubbles from the control. */
function type(control: HTMLElement, value: string): void {
  (control as HTMLTextAreaElement).value = value;
  control.dispatchEvent(new (control.ownerDocument.defaultView as unknown as typeof globalThis).Event('input', { bubbles: true }));
}

/** Every control's value or checkedness (the extension must never change one). */
function formValues(doc: Document): string[] {
  return [...doc.querySelectorAll('input, select, textarea')].map((e) => {
    const control = e as HTMLInputElement;
    return `${control.name}=${control.type === 'radio' || control.type === 'checkbox' ? String(control.checked) : control.value}`;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('FormSession fast path', () => {
  it('typing into 批准文号 shows and clears legal-approval-required at once, without a full reading, re-running only the rules reading it', async () => {
    const page = await loadElementPage('#/patch/1');
    const h = start(page);
    expect(h.has('legal-approval-required')).toBe(false);
    const update = vi.spyOn(LiveCheck.prototype, 'update');

    const approvalNo = byTestId(page.document, 'approvalNo');
    type(approvalNo, '');
    await microtasks();
    expect(h.shown()).toContainEqual({ ruleId: 'legal-approval-required', field: 'approvalNo', marker: false });
    await nextFrame(page);
    expect(h.shown()).toContainEqual({ ruleId: 'legal-approval-required', field: 'approvalNo', marker: true });
    expect(h.fullReads()).toBe(0);

    // Only the rules reading 批准文号 ran again.
    const rerun = (update.mock.results.at(-1)?.value as LiveCheckResult).rerun;
    const reading = new RuleFieldIndex(RECORD_RULES).rulesAffectedBy(['approvalNo']).map((rule) => rule.id);
    expect(rerun.length).toBeGreaterThan(0);
    expect([...rerun].sort()).toEqual([...reading].sort());
    expect(rerun.length).toBeLessThan(RECORD_RULES.length);

    type(approvalNo, '冀政转征〔2022〕15号');
    await microtasks();
    expect(h.has('legal-approval-required')).toBe(false);
    expect(h.fullReads()).toBe(0);
    h.controller.abort();
  });

  it('gives the same findings as a full reading after a run of edits', async () => {
    const page = await loadElementPage('#/patch/1');
    const h = start(page);
    type(byTestId(page.document, 'approvalNo'), '');
    type(byTestId(page.document, 'approvalArea'), '-1');
    await microtasks();
    const fast = h.shown();
    expect(fast.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['legal-approval-required', 'area-negative']));
    expect(h.fullReads()).toBe(0);
    h.session.refresh();
    expect(h.shown()).toEqual(fast);
    h.controller.abort();
  });

  it('reads a clicked radio group after the page has moved its checked class (是否消除违法状态)', async () => {
    const page = await loadElementPage('#/patch/2');
    const h = start(page);
    expect(h.has('photo-required-for-demolition')).toBe(false);
    const update = vi.spyOn(LiveCheck.prototype, 'update');
    byTestId(page.document, 'rectResolved-是').click();
    await microtasks();
    // The panel shows it at once; its marker is placed in the next animation frame.
    expect(h.shown()).toContainEqual({ ruleId: 'photo-required-for-demolition', field: 'photoCount', marker: false });
    // One update for the click's input + change, with the group's one checked option (not 是、否).
    expect(update).toHaveBeenCalledTimes(1);
    await settle();
    expect(h.shown()).toContainEqual({ ruleId: 'photo-required-for-demolition', field: 'photoCount', marker: true });
    byTestId(page.document, 'rectResolved-否').click();
    await microtasks();
    expect(h.has('photo-required-for-demolition')).toBe(false);
    expect(h.fullReads()).toBe(0);
    h.controller.abort();
  });

  it('a verdict change updates at once and is still followed by the full reading of the branches it shows', async () => {
    const page = await loadElementPage('#/patch/1');
    const h = start(page, 20);
    byTestId(page.document, 'verdict-违法').click();
    await microtasks();
    // The fast path has read the new verdict; the 违法 branch's fields are not read yet.
    expect(h.fullReads()).toBe(0);
    // Wait for the debounced full reading (not timed: happy-dom reads slowly on a loaded machine).
    await expect.poll(() => h.session.status().fieldsFound, { timeout: 5_000 }).toBe(ELEMENT_FIELDS['违法'].length);
    expect(h.fullReads()).toBeGreaterThan(0);
    expect(h.has('cultivated-flags-required')).toBe(true);
    // Back to 合法: the 合法 branch is created anew (v-if); typing into its new 批准文号 is fast again.
    byTestId(page.document, 'verdict-合法').click();
    await expect.poll(() => h.session.status().fieldsFound, { timeout: 5_000 }).toBe(ELEMENT_FIELDS.initial.length);
    await settle();
    const reads = h.fullReads();
    type(byTestId(page.document, 'approvalNo'), '');
    await microtasks();
    expect(h.has('legal-approval-required')).toBe(true);
    expect(h.fullReads()).toBe(reads);
    h.controller.abort();
  });

  it('leaves an edit it cannot place (a control the last reading did not find) to the debounced full reading', async () => {
    const page = await loadElementPage('#/patch/1');
    const h = start(page, 20);
    // Created without a DOM mutation the observer could report before the edit: attach, read, then edit.
    const approvalNo = byTestId(page.document, 'approvalNo');
    const cell = approvalNo.closest('td');
    const fresh = page.document.createElement('textarea');
    cell?.querySelector('.el-textarea')?.replaceChildren(fresh);
    h.session.refresh();
    await settle();
    const reads = h.fullReads();
    // The reading now knows `fresh`; replace it once more and edit the new one at once.
    const newer = page.document.createElement('textarea');
    fresh.replaceWith(newer);
    type(newer, '');
    await microtasks();
    expect(h.fullReads()).toBe(reads);
    await settle();
    expect(h.fullReads()).toBeGreaterThan(reads);
    expect(h.has('legal-approval-required')).toBe(true);
    h.controller.abort();
  });

  it("never writes into the page's form", async () => {
    const page = await loadElementPage('#/patch/2');
    const h = start(page);
    type(byTestId(page.document, 'violationArea'), '-1');
    byTestId(page.document, 'rectResolved-是').click();
    await microtasks();
    const after = formValues(page.document);
    expect(h.has('area-negative')).toBe(true);
    h.session.refresh();
    expect(formValues(page.document)).toEqual(after);
    h.controller.abort();
  });
});

describe('FormSession fast path on a widget that fires no event (issue 16)', () => {
  it('a layui radio div click, with the page stopping every event of the hidden radio, updates the finding at once without a full reading', async () => {
    const page = await loadKitPage('layui', '?events=off');
    const doc = page.document;
    // 违法 and 拆除 first (through the drawn selects), then let the debounced full reading pick up the 违法 branch.
    const h = start(page, 20);
    const choose = (key: string, code: string): void => {
      (byTestId(doc, `item-${key}`).querySelector('.layui-select-title') as HTMLElement).click();
      (byTestId(doc, `item-${key}`).querySelector(`dd[lay-value="${code}"]`) as HTMLElement).click();
    };
    choose('verdict', '2');
    choose('rectMeasure', '01');
    await expect.poll(() => h.session.status().fieldsFound, { timeout: 5_000 }).toBe(19);
    h.controller.abort();

    const fast = start(page);
    expect(fast.has('photo-required-for-demolition')).toBe(false);
    (byTestId(doc, 'item-rectResolved').querySelector('input[title="是"] + .layui-form-radio') as HTMLElement).click();
    await microtasks();
    expect(fast.has('photo-required-for-demolition')).toBe(true);
    (byTestId(doc, 'item-rectResolved').querySelector('input[title="否"] + .layui-form-radio') as HTMLElement).click();
    await microtasks();
    expect(fast.has('photo-required-for-demolition')).toBe(false);
    expect(fast.fullReads()).toBe(0);
    fast.controller.abort();
  });
});

describe('rereadEditedFields', () => {
  it('re-reads the edited field alone, and refuses targets it cannot place', async () => {
    const page = await loadElementPage('#/patch/1');
    const context = defaultAdapterContext();
    const reading = readForm(page.document, context);
    const approvalNo = byTestId(page.document, 'approvalNo') as HTMLTextAreaElement;
    approvalNo.value = '冀政转征〔2023〕1号';
    const fresh = createAdapterContext(context.profile, context.matcher);
    expect(rereadEditedFields(reading, [approvalNo], fresh)).toEqual([expect.objectContaining({ field: 'approvalNo', text: '冀政转征〔2023〕1号' })]);
    // The same as a full reading of the page.
    expect(rereadEditedFields(reading, [approvalNo], fresh)?.[0]).toEqual(readForm(page.document, createAdapterContext(context.profile, context.matcher)).fields.get('approvalNo'));

    // Not a field's control (the page's header), a control created since, a detached one.
    expect(rereadEditedFields(reading, [page.document.body], fresh)).toBeUndefined();
    const created = page.document.createElement('textarea');
    page.document.body.append(created);
    expect(rereadEditedFields(reading, [created], fresh)).toBeUndefined();
    approvalNo.remove();
    expect(rereadEditedFields(reading, [approvalNo], fresh)).toBeUndefined();
  });
});
