import type { ContentToPopupStatus } from '../messages';

/**
 * What the popup says about the current tab (issue 11). Never "0 错误 0 警告 0 提示" on a page
 * that is not a patch form — that reads as an all-clear; on a site not enabled, a button that
 * enables it there and then.
 */
export type PopupState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'not-a-form'; readonly hint?: string }
  | { readonly kind: 'not-enabled'; readonly pattern: string }
  | { readonly kind: 'active'; readonly status: ContentToPopupStatus };

/** Fewer fields than this found on a page: it is a list, a map, a login page — not a patch form. */
export const MIN_FORM_FIELDS = 4;

export interface PopupFacts {
  /** The tab's origin as a match pattern; undefined for chrome://, file:// and other pages. */
  readonly pattern: string | undefined;
  /** The extension may run there: granted, or one of the loopback origins it always covers. */
  readonly enabled: boolean;
  /** The top frame's answer, when a content script runs there. */
  readonly status: ContentToPopupStatus | undefined;
}

export function popupState(facts: PopupFacts): PopupState {
  if (facts.pattern === undefined) return { kind: 'not-a-form' };
  if (facts.status) return facts.status.fieldsFound >= MIN_FORM_FIELDS ? { kind: 'active', status: facts.status } : { kind: 'not-a-form' };
  if (!facts.enabled) return { kind: 'not-enabled', pattern: facts.pattern };
  return { kind: 'not-a-form', hint: '若刚启用或刚打开填报页，请刷新本页后再看。' };
}
