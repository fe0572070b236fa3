import { OWN_ROOT_SELECTOR } from './adapter-context';
import { sameOriginFrames } from './read-form';

export interface WatchOptions {
  /** Quiet time after the last change before `onChange` runs (a re-render mutates many nodes). */
  readonly debounceMs?: number;
  /** Sees every watched event first (the boundary-file check listens for file inputs' `change`). */
  readonly onEvent?: (event: Event) => void;
  /** A scroll in the page or a frame: positions change, the form does not. */
  readonly onScroll?: () => void;
}

/** Attributes whose change can show, hide or restyle a field (v-show, is-checked, tabs). */
const WATCHED_ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden', 'aria-checked', 'checked', 'selected', 'value', 'open', 'disabled', 'readonly'];

/** Events after which the form may read differently; click covers Element selects that set values without events. */
const WATCHED_EVENTS = ['input', 'change', 'click', 'keyup', 'transitionend'] as const;

function isOwnNode(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element?.closest(OWN_ROOT_SELECTOR) != null;
}

/**
 * Calls `onChange` (debounced) whenever the form may have changed: a DOM mutation (SPA navigation
 * and re-rendering, a branch shown or hidden), an edit (input/change), a click, a hash or history
 * navigation — in the page and in every same-origin frame, including frames that appear or load
 * later. Everything is removed when `signal` aborts.
 */
export function watchForm(doc: Document, onChange: () => void, signal: AbortSignal, options: WatchOptions = {}): { attachFrames(): void } {
  const debounceMs = options.debounceMs ?? 150;
  const view = doc.defaultView;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    if (signal.aborted) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!signal.aborted) onChange();
    }, debounceMs);
  };
  signal.addEventListener('abort', () => {
    if (timer !== undefined) clearTimeout(timer);
  });

  const watched = new WeakSet<Document>();
  const observers: MutationObserver[] = [];
  const attach = (d: Document): void => {
    if (watched.has(d) || !d.defaultView) return;
    watched.add(d);
    const observer = new d.defaultView.MutationObserver((records) => {
      // The extension's own layer changes on every render: never a reason to read the form again.
      if (records.every((r) => isOwnNode(r.target) || [...r.addedNodes, ...r.removedNodes].some(isOwnNode))) return;
      schedule();
      attachFrames();
    });
    observer.observe(d.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
    observers.push(observer);
    for (const type of WATCHED_EVENTS) {
      d.addEventListener(
        type,
        (event) => {
          if (event.target && isOwnNode(event.target as Node)) return;
          options.onEvent?.(event);
          schedule();
        },
        { capture: true, passive: true, signal },
      );
    }
    if (options.onScroll) d.addEventListener('scroll', options.onScroll, { capture: true, passive: true, signal });
    // A frame's load event does not bubble, but capture listeners on its parent document see it.
    d.addEventListener(
      'load',
      (event) => {
        const target = event.target as Element | null;
        if (target?.tagName !== 'IFRAME' && target?.tagName !== 'FRAME') return;
        attachFrames();
        schedule();
      },
      { capture: true, signal },
    );
  };
  const attachFrames = (): void => {
    const visit = (d: Document): void => {
      for (const { document } of sameOriginFrames(d)) {
        attach(document);
        visit(document);
      }
    };
    visit(doc);
  };

  attach(doc);
  attachFrames();
  if (view) {
    view.addEventListener('hashchange', schedule, { signal });
    view.addEventListener('popstate', schedule, { signal });
  }
  signal.addEventListener('abort', () => {
    for (const observer of observers) observer.disconnect();
  });
  return { attachFrames };
}
