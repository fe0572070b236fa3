import { parseAreaUnit, type AreaUnit } from '../../../shared/model/areas';
import type { FieldId } from '../../../shared/model/field-dictionary';
import { CONTROL_SELECTOR, isControl, isIgnored, type AdapterContext } from './adapter-context';
import { isOptionInput } from './field-candidates';

/** A value as the page shows it, where to mark it and what to focus. */
export interface ValueReading {
  /** The text as shown (a select's chosen option, a radio's checked label, a cell's text, a photo count). */
  readonly text: string;
  /** A unit written beside the value (`亩` after the input). */
  readonly unit?: AreaUnit;
  /** The control the filer edits, when there is one (click-to-focus goes there). */
  readonly control?: HTMLElement;
  /** Where a marker goes when not the control: after the last option of a radio group (Element hides the native inputs). */
  readonly anchor?: Element;
}

type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Chosen text of a native select; a placeholder option (value '') reads as empty. */
function selectText(select: HTMLSelectElement): string {
  const option = select.selectedOptions[0] ?? select.options[select.selectedIndex];
  if (!option || option.value === '') return '';
  return (option.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

function controlText(control: FormControl): string {
  if (control.tagName === 'SELECT') return selectText(control as HTMLSelectElement);
  // An Element select or date picker shows its choice in a readonly input: its value is the shown text.
  return control.value.trim();
}

/** The text of an option: its label, the profile's option text element, the text right after it, its value. */
function optionText(input: HTMLInputElement, context: AdapterContext): string {
  const byFor = input.id ? [...input.ownerDocument.querySelectorAll('label[for]')].find((l) => (l as HTMLLabelElement).htmlFor === input.id) : undefined;
  const wrapper = byFor ?? input.closest('label');
  if (wrapper) {
    for (const selector of context.profile.optionText) {
      const inner = wrapper.querySelector(selector);
      if (inner) return (inner.textContent ?? '').trim();
    }
    const text = (wrapper.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (text !== '') return text;
  }
  // <input type=radio> 是 — the option's text is the text node after it.
  const after = input.nextSibling;
  if (after && after.nodeType === 3) {
    const text = (after.textContent ?? '').trim();
    if (text !== '') return text;
  }
  // layui draws the option after its hidden input from the input's title (`title="是"` + `div.layui-form-radio`).
  const title = input.getAttribute('title')?.trim();
  if (title) return title;
  const drawn = input.nextElementSibling;
  if (drawn && !isControl(drawn) && drawn.querySelector(CONTROL_SELECTOR) === null) {
    const text = (drawn.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (text !== '' && text.length <= OPTION_TEXT_MAX) return text;
  }
  return input.value === 'on' ? '' : input.value.trim();
}

/** A hidden option input's drawn copy right after it (layui's `div.layui-form-radio`): where the filer clicks and the marker goes. */
function drawnOption(input: HTMLInputElement, context: AdapterContext): HTMLElement | undefined {
  const drawn = input.nextElementSibling;
  if (!drawn || isControl(drawn) || context.isVisible(input)) return undefined;
  return drawn as HTMLElement;
}

/** An option's text is short; a longer neighbour is a note, not the option. */
const OPTION_TEXT_MAX = 20;

function isChecked(input: HTMLInputElement, context: AdapterContext): boolean {
  // Element marks the chosen option with `is-checked` on its wrapper; a saved page keeps only that.
  return input.checked || context.profile.checkedOptions.some((selector) => input.closest(selector) !== null);
}

/** Radio groups: the checked option's text. Checkboxes: the checked options' texts, or 是/否 for a lone box without text. */
function optionGroupText(inputs: readonly HTMLInputElement[], context: AdapterContext): string {
  const checked = inputs.filter((input) => isChecked(input, context));
  const lone = inputs.length === 1 && inputs[0]?.type === 'checkbox' ? inputs[0] : undefined;
  if (lone && optionText(lone, context) === '') return checked.length > 0 ? '是' : '否';
  return checked.map((input) => optionText(input, context)).join('、');
}

/**
 * 违法类型 in cascading cells: `一级/二级/…`, trailing empty levels dropped, an empty level before
 * a filled one kept, so a missing level 1 stays visible (as the sheet reader joins levels).
 */
export function joinLevels(texts: readonly string[]): string {
  let end = texts.length;
  while (end > 0 && texts[end - 1] === '') end -= 1;
  return texts.slice(0, end).join('/');
}

/** A unit written as text beside a value (`<span>亩</span>`, an input group's append). */
function neighbourUnit(container: Element, context: AdapterContext): AreaUnit | undefined {
  const walker = container.ownerDocument.createTreeWalker(container, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || isControl(parent) || isIgnored(parent, context)) continue;
    const unit = parseAreaUnit((node.textContent ?? '').replace(/[()（）]/gu, ''));
    if (unit) return unit;
  }
  return undefined;
}

/** Visible text of a value cell without its controls, unit words or ignored parts (validation messages). */
function readableText(container: Element, context: AdapterContext): string {
  const parts: string[] = [];
  const walker = container.ownerDocument.createTreeWalker(container, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(CONTROL_SELECTOR) || parent.closest('script, style, template') || isIgnored(parent, context)) continue;
    if (!context.isVisible(parent)) continue;
    const text = (node.textContent ?? '').trim();
    if (text !== '') parts.push(text);
  }
  const text = parts.join(' ').replace(/\s+/gu, ' ').trim();
  // A unit on its own (`亩`) beside an empty value is not the value.
  return parseAreaUnit(text) ? '' : text;
}

/**
 * Count of uploaded photos in a value cell: the profile's photo items (thumbnails, file names;
 * outermost only), else its images, else 0 when an upload preview list is there but empty.
 * Undefined when nothing says how many (the caller reads the cell's text, or reports unknown).
 */
function photoCount(container: Element, context: AdapterContext): number | undefined {
  const items = new Set<Element>();
  for (const selector of context.profile.photoItems) for (const item of container.querySelectorAll(selector)) items.add(item);
  const outermost = [...items].filter((item) => ![...items].some((other) => other !== item && other.contains(item)));
  if (outermost.length > 0) return outermost.length;
  const images = container.querySelectorAll('img').length;
  if (images > 0) return images;
  const lists = context.profile.uploadLists.some((selector) => container.matches(selector) || container.querySelector(selector) !== null);
  return lists ? 0 : undefined;
}

/**
 * What the photo field reads when the page shows no count, no thumbnail and no preview list: not
 * a number, so the photo rule reports that it cannot confirm the photos (never "present").
 */
export const PHOTO_COUNT_UNKNOWN = '无法确认';

/** A count written as text (`2`, `2 张`, `共2张`). */
const COUNT_TEXT = /^(?:共\s*)?(\d+)\s*(?:张|个|份)?$/u;

/**
 * A rendered select holding the element, and the text it shows: its chosen-text element's text,
 * else the value of its readable input (Element UI 2 shows the choice in a readonly input; a
 * placeholder element does not match the profile's text selector), else ''.
 */
function renderedSelectOf(element: Element, context: AdapterContext): { root: Element; text: string } | undefined {
  for (const { root, text } of context.profile.renderedSelects) {
    const rootElement = element.matches(root) ? element : element.closest(root);
    if (!rootElement) continue;
    const shown = rootElement.querySelector(text);
    if (shown) return { root: rootElement, text: (shown.textContent ?? '').replace(/\s+/gu, ' ').trim() };
    const input = rootElement.querySelector(CONTROL_SELECTOR);
    return { root: rootElement, text: input && !isOptionInput(input) ? controlText(input as FormControl) : '' };
  }
  return undefined;
}

/**
 * The value-carrying elements of a container in document order: native controls, and rendered
 * selects (their readable inputs are search boxes, not values). A native select hidden by its kit
 * (layui hides it with CSS and draws `div.layui-form-select` after it) is the truth — its value is
 * mapped to the option text — and the drawn copy's readonly input is left out. Radios and
 * checkboxes are hidden by most kits: they count when their option or parent is shown.
 */
function valueElements(container: Element, context: AdapterContext): { options: HTMLInputElement[]; fields: Element[] } {
  const all = (isControl(container) ? [container] : [...container.querySelectorAll(CONTROL_SELECTOR)]).filter((c): c is FormControl => !isIgnored(c, context));
  const shownOrParentShown = (c: Element): boolean => context.isVisible(c) || (c.parentElement !== null && context.isVisible(c.parentElement));
  const options = all.filter((c): c is HTMLInputElement => isOptionInput(c) && shownOrParentShown(c.closest('label') ?? c));
  const hiddenSelects = all.filter((c) => c.tagName === 'SELECT' && !context.isVisible(c) && shownOrParentShown(c));
  const drawnCopies = hiddenSelects.map((select) => select.nextElementSibling).filter((e): e is Element => e !== null && !isControl(e));
  const fields: Element[] = [];
  const roots = new Set<Element>();
  for (const c of all) {
    if (isOptionInput(c) || (c as HTMLInputElement).type === 'file') continue;
    if (drawnCopies.some((copy) => copy.contains(c))) continue;
    const rendered = renderedSelectOf(c, context);
    if (rendered) {
      if (!roots.has(rendered.root) && context.isVisible(rendered.root)) fields.push(rendered.root);
      roots.add(rendered.root);
      continue;
    }
    if (context.isVisible(c) || hiddenSelects.includes(c)) fields.push(c);
  }
  // Rendered selects with no readable input at all (View UI: a hidden input and a span).
  for (const { root } of context.profile.renderedSelects) {
    const found = container.matches(root) ? [container] : [...container.querySelectorAll(root)];
    for (const r of found) {
      if (roots.has(r) || isIgnored(r, context) || !context.isVisible(r) || [...roots].some((known) => known.contains(r))) continue;
      roots.add(r);
      fields.push(r);
    }
  }
  fields.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
  return { options, fields };
}

function fieldText(element: Element, context: AdapterContext): string {
  const rendered = isControl(element) ? undefined : renderedSelectOf(element, context);
  if (rendered) return rendered.text;
  return controlText(element as FormControl);
}

/** What click-to-focus focuses in a value element: the control, or a rendered select's focusable part. */
function focusableOf(element: Element): HTMLElement {
  if (isControl(element)) {
    // A hidden native select cannot take focus: its drawn copy's input can.
    const drawn = element.tagName === 'SELECT' ? element.nextElementSibling?.querySelector('input, [tabindex]') : null;
    return (drawn ?? element) as HTMLElement;
  }
  return (element.querySelector('input:not([type=hidden]), [tabindex]') ?? element) as HTMLElement;
}

/** File names chosen in a file input, or listed by an upload component. */
function fileNames(container: Element): string {
  const inputs = [...(isControl(container) ? [container] : container.querySelectorAll('input[type=file]'))].filter(
    (e): e is HTMLInputElement => e.tagName === 'INPUT' && (e as HTMLInputElement).type === 'file',
  );
  const chosen = inputs.flatMap((input) => [...(input.files ?? [])].map((file) => file.name));
  if (chosen.length > 0) return chosen.join('、');
  const listed = [...container.querySelectorAll('.el-upload-list__item-name, a[download], a[href]')].map((e) => (e.textContent ?? '').trim()).filter((t) => t !== '');
  return listed.join('、');
}

function focusTarget(container: Element): HTMLElement | undefined {
  const target = isControl(container) ? container : (container.querySelector(`${CONTROL_SELECTOR}, button, [tabindex], a[href]`) ?? undefined);
  return target as HTMLElement | undefined;
}

/**
 * Reads the value of one field from its value element: a value cell, a form item's content, a
 * control, or a tab title (whose count is passed in). Only visible controls are read; radios and
 * checkboxes count as visible when their option is (Element hides the native input itself).
 */
export function readValue(field: FieldId, container: Element, context: AdapterContext, tabCount?: number): ValueReading {
  if (tabCount !== undefined) return { text: String(tabCount) };

  const unit = neighbourUnit(container, context);
  const withUnit = (reading: { text: string; control?: HTMLElement | undefined; anchor?: Element | undefined }): ValueReading => ({
    text: reading.text,
    ...(unit ? { unit } : {}),
    ...(reading.control ? { control: reading.control } : {}),
    ...(reading.anchor ? { anchor: reading.anchor } : {}),
  });

  if (field === 'vectorFile') {
    // With an upload control, only chosen or listed files count (not the dragger's instructions).
    const names = fileNames(container);
    const hasUpload = (container.tagName === 'INPUT' && (container as HTMLInputElement).type === 'file') || container.querySelector('input[type=file]') !== null;
    return withUnit({ text: names !== '' || hasUpload ? names : readableText(container, context), control: focusTarget(container) });
  }

  const { options, fields } = valueElements(container, context);

  if (field === 'photoCount' && fields.length === 0) {
    // A photo input paired by `<label for>`: its list of chosen photos sits beside it.
    const scope = isControl(container) ? (container.parentElement ?? container) : container;
    const count = photoCount(scope, context);
    if (count !== undefined) return withUnit({ text: String(count), control: focusTarget(container) });
    // An upload button's text (上传图片) is not a count: only a written number is; anything else is unknown.
    const text = readableText(container, context);
    const written = COUNT_TEXT.exec(text);
    return withUnit({ text: text === '' ? '' : (written?.[1] ?? PHOTO_COUNT_UNKNOWN), control: focusTarget(container) });
  }
  if (options.length > 0 && fields.length === 0) {
    // The option's wrapper is what the filer sees and focuses (Element's label has tabindex=0; its input is 0×0).
    const wrapperOf = (input: HTMLInputElement | undefined): HTMLElement | undefined => (input ? ((input.closest('label') as HTMLElement | null) ?? drawnOption(input, context) ?? input) : undefined);
    const first = wrapperOf(options[0]);
    const focusable = first && (first.tabIndex >= 0 || first === options[0]) ? first : options[0];
    return withUnit({ text: optionGroupText(options, context), control: focusable, anchor: wrapperOf(options[options.length - 1]) });
  }
  const first = fields[0];
  if (first) return withUnit({ text: joinLevels(fields.map((f) => fieldText(f, context))), control: focusableOf(first) });
  return withUnit({ text: readableText(container, context) });
}
