import { LabelMatcher } from '../../../shared/model/labels';
import type { AdapterProfile } from '../../site-profiles/site-profile';
import { createVisibilityTest, type VisibilityTest } from './visibility';

/** The extension's own UI root; the adapter never reads inside it (ui-root.ts sets the attribute). */
export const OWN_ROOT_SELECTOR = '[data-tuban-lint-root]';

/** What the adapter reads a page with: the label matcher, the merged site profile, a visibility test. */
export interface AdapterContext {
  readonly matcher: LabelMatcher;
  readonly profile: AdapterProfile;
  readonly isVisible: VisibilityTest;
}

/**
 * The context for one reading of the page: a fresh visibility cache (styles change between
 * readings), the matcher with the rule profile's and the site profile's synonyms.
 */
export function createAdapterContext(profile: AdapterProfile, matcher: LabelMatcher): AdapterContext {
  return { matcher, profile, isVisible: createVisibilityTest(profile.tabPanes) };
}

/** The label matcher for a rule profile's synonyms plus the site profile's. */
export function matcherFor(profile: AdapterProfile, ruleProfileSynonyms: Readonly<Record<string, readonly string[]>>): LabelMatcher {
  const merged: Record<string, string[]> = {};
  for (const [field, labels] of [...Object.entries(ruleProfileSynonyms), ...Object.entries(profile.labelSynonyms)]) {
    merged[field] = [...(merged[field] ?? []), ...(labels ?? [])];
  }
  return new LabelMatcher(merged);
}

/** Controls whose value the adapter reads; buttons and hidden inputs carry no field value. */
export const CONTROL_SELECTOR = 'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=reset]):not([type=image]), select, textarea';

export function isControl(element: Element): element is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  return element.matches(CONTROL_SELECTOR);
}

/** Whether the element lies in a subtree the profile says is not form (dropdown lists, pickers) or in our UI. */
export function isIgnored(element: Element, context: AdapterContext): boolean {
  // One selector list, one walk up the tree: with every kit's profile merged the list is long.
  return element.closest(ignoredSelector(context.profile)) !== null;
}

const IGNORED_SELECTORS = new WeakMap<AdapterProfile, string>();

function ignoredSelector(profile: AdapterProfile): string {
  let selector = IGNORED_SELECTORS.get(profile);
  if (selector === undefined) {
    selector = [OWN_ROOT_SELECTOR, ...profile.ignore].join(', ');
    IGNORED_SELECTORS.set(profile, selector);
  }
  return selector;
}

/** Text of an element as a person reads it: whitespace collapsed, trimmed. */
export function visibleText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/gu, ' ').trim();
}
