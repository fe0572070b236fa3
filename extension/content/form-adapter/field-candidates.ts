import type { LabelMatch } from '../../../shared/model/labels';
import { CONTROL_SELECTOR, isControl, isIgnored, visibleText, type AdapterContext } from './adapter-context';

/**
 * Where a field sits on the page: its label paired with the element holding its value. Pairing
 * follows layout (platform-markup.md), because the platform's editable items have no label of
 * their own: the label cell before the value cell in a table row (legacy tables and Element's
 * bordered descriptions, `th.el-descriptions-item__label` + `td.el-descriptions-item__content`),
 * a form item's own non-empty label (`.el-form-item__label`), `<label for>`, a wrapping `<label>`,
 * a profile selector, and a tab title carrying a count (`现场照片(3)`).
 */
export interface FieldCandidate {
  readonly match: LabelMatch;
  /** The element holding the value: a value cell, a form item's content, a control, a tab title. */
  readonly value: Element;
  /** The element carrying the label text (absent for profile selectors). */
  readonly label?: Element;
  readonly via: 'table' | 'item' | 'label' | 'selector' | 'tab' | 'aria' | 'placeholder';
  /** From a tab title: the count in brackets. */
  readonly count?: number;
}

/** A label is short; longer texts are paragraphs, notes or values. */
const MAX_LABEL_LENGTH = 40;

/**
 * A label's field. A group header in the same row (拆除复耕 › 面积) is read first: it is the
 * closest context. A section title (fieldset legend, descriptions title) only rescues a label that
 * means nothing alone (面积): `耕地面积` in a 违法用地信息 section stays the issued 耕地面积.
 */
function labelMatch(raw: string, context: AdapterContext, groups: { row?: string | undefined; section?: string | undefined } = {}): LabelMatch | undefined {
  // A required mark after the label (`核查人 *`, Bootstrap's `<span class="text-danger">*</span>`).
  const text = raw.replace(/\s*[*＊]+\s*$/u, '');
  if (text === '' || text.length > MAX_LABEL_LENGTH) return undefined;
  if (groups.row !== undefined) {
    const grouped = context.matcher.match(text, groups.row);
    if (grouped) return grouped;
  }
  return context.matcher.match(text) ?? (groups.section !== undefined ? context.matcher.match(text, groups.section) : undefined);
}

function hasControl(element: Element): boolean {
  return isControl(element) || element.querySelector(CONTROL_SELECTOR) !== null;
}

function isCell(element: Element): element is HTMLTableCellElement {
  return element.tagName === 'TD' || element.tagName === 'TH';
}

/**
 * Table rows: walking the cells left to right, a control-free cell whose text is a known label
 * pairs with the next cell, and the pair is consumed — so a value that happens to read like a
 * label (a village called 村) is never taken for one. A control-free cell that is not a label
 * (拆除复耕 spanning rows) becomes the group for the sub-labels after it in the row.
 */
function fromTableRows(root: Document, context: AdapterContext, out: FieldCandidate[]): void {
  for (const row of root.querySelectorAll('tr')) {
    // Column headers of a list (图斑编号 | 行政区代码 | …) label columns, not the cell beside them.
    if (isIgnored(row, context) || row.closest('thead') !== null) continue;
    const cells = [...row.children].filter(isCell);
    const section = groupOf(row, context);
    let group: string | undefined;
    for (let i = 0; i < cells.length; i += 1) {
      const cell = cells[i];
      const next = cells[i + 1];
      if (!cell || hasControl(cell)) continue;
      const text = visibleText(cell);
      // A value sits in a data cell; a header cell next to a label is another header.
      const match = next && next.tagName === 'TD' ? labelMatch(text, context, { row: group, section }) : undefined;
      if (match && next) {
        out.push({ match, value: next, label: cell, via: 'table' });
        i += 1;
      } else if (text !== '' && text.length <= MAX_LABEL_LENGTH) {
        group = text;
      }
    }
  }
}

/** Form items with a label element of their own (`.el-form-item__label` when not empty). */
function fromItemLabels(root: Document, context: AdapterContext, out: FieldCandidate[]): void {
  for (const { item, label, value } of context.profile.itemLabels) {
    for (const itemElement of root.querySelectorAll(item)) {
      if (isIgnored(itemElement, context)) continue;
      const labelElement = [...itemElement.querySelectorAll(label)].find((l) => l.closest(item) === itemElement);
      const valueElement = [...itemElement.querySelectorAll(value)].find((v) => v.closest(item) === itemElement);
      if (!labelElement || !valueElement) continue;
      const match = labelMatch(visibleText(labelElement), context, { section: groupOf(itemElement, context) });
      if (match) out.push({ match, value: valueElement, label: labelElement, via: 'item' });
    }
  }
}

/** `<label for>` and wrapping `<label>`; option labels (是 / 否 beside a radio) are not field labels. */
function fromLabelElements(root: Document, context: AdapterContext, claimed: Claims, out: FieldCandidate[]): void {
  for (const label of root.querySelectorAll('label')) {
    if (isIgnored(label, context) || claimed.has(label)) continue;
    const target = label.htmlFor ? root.getElementById(label.htmlFor) : label.querySelector(CONTROL_SELECTOR);
    if (!target || !isControl(target)) continue;
    if (isOptionInput(target) || claimed.overlaps(target)) continue;
    const text = label.htmlFor ? visibleText(label) : ownText(label);
    const match = labelMatch(text, context, { section: groupOf(label, context) });
    if (!match) continue;
    out.push({ match, value: target, label, via: 'label' });
    claimed.add(label, target);
  }
}

/** Text of a wrapping label without its control's text (a select's options). */
function ownText(label: Element): string {
  const clone = label.cloneNode(true) as Element;
  for (const control of clone.querySelectorAll(CONTROL_SELECTOR)) control.remove();
  return visibleText(clone);
}

/** A radio or checkbox: its label names an option, not a field. (tagName, not instanceof: iframes have their own classes.) */
export function isOptionInput(element: Element): boolean {
  if (element.tagName !== 'INPUT') return false;
  const type = (element as HTMLInputElement).type;
  return type === 'radio' || type === 'checkbox';
}

/** Fields a profile locates by selector (the value element), for layouts no pairing reads. */
function fromSelectors(root: Document, context: AdapterContext, out: FieldCandidate[]): void {
  for (const [field, selector] of Object.entries(context.profile.fieldSelectors)) {
    if (selector === undefined) continue;
    for (const element of root.querySelectorAll(selector)) {
      if (!isIgnored(element, context)) out.push({ match: { field: field as LabelMatch['field'] }, value: element, via: 'selector' });
    }
  }
}

const TAB_WITH_COUNT = /^(.+?)\s*[（(]\s*(\d+)\s*[)）]$/u;

/** Tab titles with a count, `现场照片(3)`: the count is the field's value (photos). */
function fromTabTitles(root: Document, context: AdapterContext, out: FieldCandidate[]): void {
  for (const selector of context.profile.tabTitles) {
    for (const tab of root.querySelectorAll(selector)) {
      if (isIgnored(tab, context)) continue;
      const m = TAB_WITH_COUNT.exec(visibleText(tab));
      if (m?.[1] === undefined || m[2] === undefined) continue;
      const match = labelMatch(m[1], context);
      if (match?.field === 'photoCount') out.push({ match, value: tab, label: tab, via: 'tab', count: Number(m[2]) });
    }
  }
}

/**
 * The section a label sits in: its fieldset's legend, the title of its descriptions block, or a
 * profile's section container (a card and its header). Used to read labels that mean nothing alone
 * (面积) and to tell the filer where a field was found.
 */
export function groupOf(element: Element, context?: AdapterContext): string | undefined {
  const legend = element.closest('fieldset')?.querySelector('legend');
  if (legend) return visibleText(legend) || undefined;
  const title = element.closest('.el-descriptions')?.querySelector('.el-descriptions__title');
  if (title) return visibleText(title) || undefined;
  for (const { container, title: titleSelector } of context?.profile.sections ?? []) {
    const header = element.closest(container)?.querySelector(titleSelector);
    const text = header && !header.contains(element) ? visibleText(header) : '';
    if (text !== '') return text;
  }
  return headingBefore(element, context?.profile.sectionHeadings ?? []);
}

/** The nearest heading before the element (or before one of its ancestors) that titles what follows it. */
function headingBefore(element: Element, headings: readonly string[]): string | undefined {
  if (headings.length === 0) return undefined;
  const selector = headings.join(', ');
  for (let e: Element | null = element; e && e.tagName !== 'BODY'; e = e.parentElement) {
    for (let sibling = e.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (sibling.matches(selector)) return visibleText(sibling) || undefined;
    }
  }
  return undefined;
}

/** A label that names an option (是 beside a radio), not a field. */
function isOptionLabel(label: Element): boolean {
  const doc = label.ownerDocument;
  const target = label.tagName === 'LABEL' && (label as HTMLLabelElement).htmlFor ? doc.getElementById((label as HTMLLabelElement).htmlFor) : null;
  if (target) return isOptionInput(target);
  const inner = label.querySelectorAll(CONTROL_SELECTOR);
  return inner.length > 0 && [...inner].every(isOptionInput);
}

/** Label-like elements of a document: `<label>` and the profile's label selectors, outermost only, option labels left out. */
function labelElements(root: ParentNode, context: AdapterContext): Element[] {
  const selector = ['label', ...context.profile.labels].join(', ');
  const all = [...root.querySelectorAll(selector)].filter((l) => !isOptionLabel(l));
  return all.filter((l) => !all.some((other) => other !== l && other.contains(l)));
}

/** A rendered select without a readable control (View UI keeps only a hidden input). */
function isRenderedSelect(element: Element, context: AdapterContext): boolean {
  return context.profile.renderedSelects.some(({ root }) => element.matches(root) || element.querySelector(root) !== null);
}

function holdsValue(element: Element, context: AdapterContext): boolean {
  return hasControl(element) || element.querySelector('input[type=hidden]') !== null || isRenderedSelect(element, context);
}

/** How far up from a label the generic pairing looks for its item (label → wrapper → item → row). */
const MAX_ITEM_DEPTH = 4;

/**
 * Generic pairing, for kits the routes above do not know (layui's `label.layui-form-label` +
 * sibling `div.layui-input-block`, Ant Design's label and control columns, View UI, Bootstrap):
 * a label with no control of its own pairs with what follows it in its item container — the
 * nearest ancestor holding exactly one label. The value element is the single following sibling
 * holding a control, else the whole container (its controls are read in document order); a
 * control-free value (issued text) is the single following sibling with text.
 */
function fromItemContainers(root: Document, context: AdapterContext, claimed: Claims, out: FieldCandidate[]): void {
  const labels = labelElements(root, context);
  for (const label of labels) {
    if (claimed.has(label) || isIgnored(label, context) || hasControl(label)) continue;
    if (label.tagName === 'LABEL' && (label as HTMLLabelElement).htmlFor) {
      const target = root.getElementById((label as HTMLLabelElement).htmlFor);
      if (target && isControl(target)) continue;
    }
    const match = labelMatch(visibleText(label), context, { section: groupOf(label, context) });
    if (!match) continue;
    let node: Element = label;
    for (let depth = 0; depth < MAX_ITEM_DEPTH; depth += 1) {
      const parent = node.parentElement;
      if (!parent || parent.tagName === 'FORM' || parent.tagName === 'BODY') break;
      if (labels.filter((l) => parent.contains(l)).length > 1) break;
      const following: Element[] = [];
      for (let e = node.nextElementSibling; e; e = e.nextElementSibling) following.push(e);
      const withValue = following.filter((e) => holdsValue(e, context));
      const withText = following.filter((e) => visibleText(e) !== '');
      const value = withValue.length === 1 ? withValue[0] : withValue.length > 1 ? parent : withText.length === 1 ? withText[0] : undefined;
      if (value) {
        if (!claimed.overlaps(value)) {
          out.push({ match, value, label, via: 'item' });
          claimed.add(label, value);
        }
        break;
      }
      node = parent;
    }
  }
}

/** `aria-labelledby` and `aria-label` on controls and widgets (combobox, radiogroup). */
function fromAriaLabels(root: Document, context: AdapterContext, claimed: Claims, out: FieldCandidate[]): void {
  for (const element of root.querySelectorAll('[aria-labelledby], [aria-label]')) {
    if (isIgnored(element, context) || claimed.overlaps(element)) continue;
    if (!isControl(element) && !['combobox', 'radiogroup', 'listbox', 'group'].includes(element.getAttribute('role') ?? '')) continue;
    if (isOptionInput(element)) continue;
    const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/u).filter((id) => id !== '');
    const labelElement = ids.map((id) => root.getElementById(id)).find((e): e is HTMLElement => e !== null);
    const text = labelElement ? visibleText(labelElement) : (element.getAttribute('aria-label') ?? '').trim();
    const match = labelMatch(text, context, { section: groupOf(element, context) });
    if (!match) continue;
    out.push({ match, value: element, ...(labelElement ? { label: labelElement } : {}), via: 'aria' });
    claimed.add(labelElement, element);
  }
}

/** What a placeholder says before the label (`请输入批准文号`). */
const PLACEHOLDER_PROMPT = /^(?:请(?:输入|选择|填写|上传)|输入|选择)/u;

/** Last resort: an unlabelled text control whose placeholder names a field (`请输入批准文号`). */
function fromPlaceholders(root: Document, context: AdapterContext, claimed: Claims, out: FieldCandidate[]): void {
  for (const control of root.querySelectorAll('input[placeholder], textarea[placeholder]')) {
    if (!isControl(control) || isOptionInput(control) || isIgnored(control, context) || claimed.overlaps(control)) continue;
    const text = (control.getAttribute('placeholder') ?? '').trim().replace(PLACEHOLDER_PROMPT, '');
    const match = labelMatch(text, context);
    if (!match) continue;
    out.push({ match, value: control, via: 'placeholder' });
    claimed.add(undefined, control);
  }
}

/** Labels and value elements already paired: later routes never pair them again (one source per field keeps the fast path). */
class Claims {
  private readonly labels = new Set<Element>();
  private readonly values: Element[] = [];

  constructor(candidates: readonly FieldCandidate[]) {
    for (const c of candidates) if (c.via !== 'tab') this.add(c.label, c.value);
  }

  add(label: Element | undefined, value: Element): void {
    if (label) this.labels.add(label);
    this.values.push(value);
  }

  has(label: Element): boolean {
    return this.labels.has(label);
  }

  /** Whether the element holds, or lies in, a value element already paired. */
  overlaps(element: Element): boolean {
    return this.values.some((v) => v === element || v.contains(element) || element.contains(v));
  }
}

/** Labels a page shows: how many name a dictionary field, and the texts that name none (for the 识别情况 view). */
export interface LabelCensus {
  readonly known: number;
  readonly unmatched: readonly string[];
}

/** Texts that read as labels: label elements, the profile's label selectors, header cells and cells ending in a colon. */
export function labelCensus(root: Document, context: AdapterContext): LabelCensus {
  const texts: string[] = [];
  for (const label of labelElements(root, context)) if (!isIgnored(label, context)) texts.push(visibleText(label));
  for (const cell of root.querySelectorAll('th, td')) {
    if (isIgnored(cell, context) || hasControl(cell) || cell.closest('thead') !== null) continue;
    const text = visibleText(cell);
    if (cell.tagName === 'TH' || /[:：]$/u.test(text)) texts.push(text);
  }
  let known = 0;
  const unmatched: string[] = [];
  for (const raw of texts) {
    const text = raw.replace(/\s*[*＊]+\s*$/u, '');
    if (text === '' || text.length > MAX_LABEL_LENGTH) continue;
    if (labelMatch(text, context)) known += 1;
    else if (!unmatched.includes(text)) unmatched.push(text);
  }
  return { known, unmatched };
}

/** Every field candidate of one document, in the order the routes find them (not filtered by visibility). */
export function fieldCandidates(root: Document, context: AdapterContext): FieldCandidate[] {
  const out: FieldCandidate[] = [];
  fromTableRows(root, context, out);
  fromItemLabels(root, context, out);
  // A form item's label that also points at its control (`<label for>`) is one pairing, not two.
  const claimed = new Claims(out);
  fromLabelElements(root, context, claimed, out);
  fromSelectors(root, context, out);
  for (const c of out) if (c.via === 'selector') claimed.add(undefined, c.value);
  fromItemContainers(root, context, claimed, out);
  fromAriaLabels(root, context, claimed, out);
  fromPlaceholders(root, context, claimed, out);
  fromTabTitles(root, context, out);
  return out;
}
