import * as v from 'valibot';
import { isFieldId, type FieldId } from '../../shared/model/field-dictionary';
import antDesignVue from './ant-design-vue.json';
import bootstrap from './bootstrap.json';
import elementPlus from './element-plus.json';
import elementUi from './element-ui.json';
import layui from './layui.json';
import legacyTable from './legacy-table.json';
import viewUi from './view-ui.json';

/**
 * A site profile: what the form adapter needs to know about one platform variant, as data
 * (house style: "driven by labels from the dictionary plus per-site profiles"). Everything here
 * adds to the adapter's generic pairing (table rows, descriptions cells, <label>), never replaces it.
 */
const selector = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
const selectors = v.pipe(v.array(selector), v.maxLength(50));

export const SiteProfileSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/u)),
  name: v.pipe(v.string(), v.maxLength(200)),
  description: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
  /** Extra labels per field id (merged into the LabelMatcher with the rule profile's synonyms). */
  labelSynonyms: v.record(v.string(), v.array(v.pipe(v.string(), v.maxLength(100)))),
  /** A form item holding its own label element beside a value element (`.el-form-item`). Empty labels are skipped. */
  itemLabels: v.pipe(v.array(v.strictObject({ item: selector, label: selector, value: selector })), v.maxLength(20)),
  /** Option wrappers marked checked by a class rather than by the input's `checked` (Element's `is-checked`). */
  checkedOptions: selectors,
  /** Where an option wrapper keeps its visible text. */
  optionText: selectors,
  /** Tab titles that carry a field and a count: `现场照片(3)`. */
  tabTitles: selectors,
  /** One element per uploaded photo inside a photo field's value cell. */
  photoItems: selectors,
  /** Titles of dialogs and fieldsets, for controls (a file upload) that have no label of their own. */
  dialogTitles: selectors,
  /** Tab panes: hidden while inactive, their fields still part of the record. */
  tabPanes: selectors,
  /** Subtrees never read as form: dropdown option lists, pickers, image viewers, validation messages. */
  ignore: selectors,
  /** Fields found by selector (the value element) where no label can be paired. */
  fieldSelectors: v.record(v.string(), selector),
  /** Label elements besides `<label>` (`.layui-form-label`, `.ant-form-item-label`), paired with the controls after them in their item. */
  labels: v.optional(selectors, []),
  /** Selects drawn without a readable control: the widget's root and the element showing the chosen text (never its placeholder). */
  renderedSelects: v.optional(v.pipe(v.array(v.strictObject({ root: selector, text: selector })), v.maxLength(20)), []),
  /** Upload preview lists: present but empty means 0 photos (never the button's text). */
  uploadLists: v.optional(selectors, []),
  /** Section containers and their titles (a card and its header, a fieldset and its legend). */
  sections: v.optional(v.pipe(v.array(v.strictObject({ container: selector, title: selector })), v.maxLength(20)), []),
  /** Headings that title the items after them, not around them (layui's `fieldset.layui-field-title`). */
  sectionHeadings: v.optional(selectors, []),
  /** On a page that looks like a patch form, fewer recognised fields than this: the panel says the check may be incomplete. */
  minFields: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200)), 8),
});

export type SiteProfile = v.InferOutput<typeof SiteProfileSchema>;

/** The plain selector lists of a profile (merged by concatenation). */
const LIST_KEYS = ['checkedOptions', 'optionText', 'tabTitles', 'tabPanes', 'photoItems', 'dialogTitles', 'ignore', 'labels', 'uploadLists', 'sectionHeadings'] as const;
type ListKey = (typeof LIST_KEYS)[number];

export interface SiteProfileProblem {
  readonly path: string;
  readonly message: string;
}

export type SiteProfileValidation = { readonly ok: true; readonly profile: SiteProfile } | { readonly ok: false; readonly problems: readonly SiteProfileProblem[] };

/**
 * Validates a site profile: its shape, that every field id it names is in the dictionary, and —
 * when `isValidSelector` is given (a DOM is at hand) — that every selector parses.
 */
export function validateSiteProfile(data: unknown, isValidSelector?: (selector: string) => boolean): SiteProfileValidation {
  const result = v.safeParse(SiteProfileSchema, data);
  if (!result.success) return { ok: false, problems: result.issues.map((issue) => ({ path: v.getDotPath(issue) ?? '(根)', message: issue.message })) };
  const profile = result.output;
  const problems: SiteProfileProblem[] = [];
  for (const field of [...Object.keys(profile.labelSynonyms), ...Object.keys(profile.fieldSelectors)]) {
    if (!isFieldId(field)) problems.push({ path: field, message: `未知的字段 id“${field}”` });
  }
  if (isValidSelector) {
    const all: [string, string][] = [
      ...profile.itemLabels.flatMap((item, i): [string, string][] => [
        [`itemLabels.${i}.item`, item.item],
        [`itemLabels.${i}.label`, item.label],
        [`itemLabels.${i}.value`, item.value],
      ]),
      ...profile.renderedSelects.flatMap((item, i): [string, string][] => [
        [`renderedSelects.${i}.root`, item.root],
        [`renderedSelects.${i}.text`, item.text],
      ]),
      ...profile.sections.flatMap((item, i): [string, string][] => [
        [`sections.${i}.container`, item.container],
        [`sections.${i}.title`, item.title],
      ]),
      ...LIST_KEYS.flatMap((key) => profile[key].map((s, i): [string, string] => [`${key}.${i}`, s])),
      ...Object.entries(profile.fieldSelectors).map(([field, s]): [string, string] => [`fieldSelectors.${field}`, s]),
    ];
    for (const [path, s] of all) if (!isValidSelector(s)) problems.push({ path, message: `选择器无法解析：${s}` });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, profile };
}

/** The built-in site profiles as shipped (validated by site-profile.test.ts and again on load). */
export const BUILT_IN_SITE_PROFILES: readonly unknown[] = [elementUi, legacyTable, layui, elementPlus, antDesignVue, viewUi, bootstrap];

/** The profile the adapter runs with: one or more site profiles merged. */
export interface AdapterProfile {
  readonly names: readonly string[];
  readonly labelSynonyms: Readonly<Partial<Record<FieldId, readonly string[]>>>;
  readonly itemLabels: SiteProfile['itemLabels'];
  readonly checkedOptions: readonly string[];
  readonly optionText: readonly string[];
  readonly tabTitles: readonly string[];
  readonly tabPanes: readonly string[];
  readonly photoItems: readonly string[];
  readonly dialogTitles: readonly string[];
  readonly ignore: readonly string[];
  readonly fieldSelectors: Readonly<Partial<Record<FieldId, string>>>;
  readonly labels: readonly string[];
  readonly renderedSelects: SiteProfile['renderedSelects'];
  readonly uploadLists: readonly string[];
  readonly sections: SiteProfile['sections'];
  readonly sectionHeadings: readonly string[];
  readonly minFields: number;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** Merges site profiles: lists concatenate (without repeats), synonyms join per field. */
export function mergeSiteProfiles(profiles: readonly SiteProfile[]): AdapterProfile {
  const labelSynonyms: Partial<Record<FieldId, string[]>> = {};
  const fieldSelectors: Partial<Record<FieldId, string>> = {};
  for (const profile of profiles) {
    for (const [field, labels] of Object.entries(profile.labelSynonyms)) {
      if (isFieldId(field)) labelSynonyms[field] = unique([...(labelSynonyms[field] ?? []), ...labels]);
    }
    for (const [field, s] of Object.entries(profile.fieldSelectors)) {
      if (isFieldId(field)) fieldSelectors[field] = fieldSelectors[field] ? `${fieldSelectors[field]}, ${s}` : s;
    }
  }
  const list = (key: ListKey): string[] => unique(profiles.flatMap((p) => p[key]));
  return {
    names: profiles.map((p) => p.name),
    labelSynonyms,
    itemLabels: profiles.flatMap((p) => p.itemLabels),
    checkedOptions: list('checkedOptions'),
    optionText: list('optionText'),
    tabTitles: list('tabTitles'),
    tabPanes: list('tabPanes'),
    photoItems: list('photoItems'),
    dialogTitles: list('dialogTitles'),
    ignore: list('ignore'),
    fieldSelectors,
    labels: list('labels'),
    renderedSelects: profiles.flatMap((p) => p.renderedSelects),
    uploadLists: list('uploadLists'),
    sections: profiles.flatMap((p) => p.sections),
    sectionHeadings: list('sectionHeadings'),
    // Merged profiles: the strictest minimum wins (a page of any of them is held to it).
    minFields: Math.max(1, ...profiles.map((p) => p.minFields)),
  };
}

/**
 * The adapter profile for a settings choice: 'auto' merges every built-in profile, an id picks
 * one. Profiles that fail validation are left out and reported, never half-applied.
 */
export function adapterProfileFor(choice: string, isValidSelector?: (selector: string) => boolean): { profile: AdapterProfile; problems: SiteProfileProblem[] } {
  const problems: SiteProfileProblem[] = [];
  const valid: SiteProfile[] = [];
  for (const data of BUILT_IN_SITE_PROFILES) {
    const result = validateSiteProfile(data, isValidSelector);
    if (result.ok) valid.push(result.profile);
    else problems.push(...result.problems);
  }
  const chosen = choice === 'auto' ? valid : valid.filter((p) => p.id === choice);
  return { profile: mergeSiteProfiles(chosen.length > 0 ? chosen : valid), problems };
}

/** Built-in site profiles for the options page: id and name. */
export function siteProfileChoices(): { id: string; name: string }[] {
  return BUILT_IN_SITE_PROFILES.flatMap((data) => {
    const result = validateSiteProfile(data);
    return result.ok ? [{ id: result.profile.id, name: result.profile.name }] : [];
  });
}

/** Whether a CSS selector parses, using a DOM (content script, tests with happy-dom). */
export function selectorParses(doc: Document): (selector: string) => boolean {
  const fragment = doc.createDocumentFragment();
  return (s) => {
    try {
      fragment.querySelector(s);
      return true;
    } catch {
      return false;
    }
  };
}
