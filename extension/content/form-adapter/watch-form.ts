import { OWN_ROOT_SELECTOR } from './adapter-context';
import { isOptionInput } from './field-candidates';
import { sameOriginFrames } from './read-form';

export interface WatchOptions {
  /** Quiet time after the last change before `onChange` runs (a re-render mutates many nodes). */
  readonly debounceMs?: number;
  /** Sees every watched event first (the boundary-file check listens for file inputs' `change`). */
  readonly onEvent?: (event: Event) => void;
  /** A scroll in the page or a frame: positions change, the form does not. */
  readonly onScroll?: () => void;
  /**
   * The fast path: the targets of `input`/`change` events, handed over once the page's own
   * handlers have run (see watchForm). Returns whether it brought the check up to date; when it
   * did not (a control it does not know), the debounced `onChange` is scheduled instead. DOM
   * mutations still schedule `onChange` either way.
   */
  readonly onEdit?: (targets: readonly Element[]) => boolean;
  /**
   * The elements a DOM mutation touched (attributes, text, children), right when the
   * MutationObserver reports them: a kit widget that changes state without any event (layui's
   * radio `div` and select `dd`) still restyles itself, and the field holding it can be re-read at
   * once. The debounced `onChange` follows anyway.
   */
  readonly onMutated?: (targets: readonly Element[]) => void;
}

/** Attributes whose change can show, hide or restyle a field (v-show, is-checked, tabs). */
const WATCHED_ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden', 'aria-checked', 'checked', 'selected', 'value', 'open', 'disabled', 'readonly'];

/** Events after which the form may read differently; click covers Element selects that set values without events. */
const WATCHED_EVENTS = ['input', 'change', 'click', 'keyup', 'transitionend'] as const;

/** Events that carry an edit of one control: the fast path's input. */
const EDIT_EVENTS: ReadonlySet<string> = new Set(['input', 'change']);

/**
 * Events handed to the fast path once they have reached the window: edits, and clicks — a kit
 * widget clicked (a layui radio `div`, a select's `dd`) may change a hidden control's state and
 * fire no event at all. A click is also followed by the debounced full reading.
 */
const FAST_PATH_EVENTS = ['input', 'change', 'click'] as const;

function isLabelOfControl(element: Element): boolean {
  if (element.matches('input, select, textarea')) return false;
  const label = element.closest('label');
  return label !== null && (label as HTMLLabelElement).control != null;
}

function isOwnNode(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element?.closest(OWN_ROOT_SELECTOR) != null;
}

/**
 * Calls `onChange` (debounced) whenever the form may have changed: a DOM mutation (SPA navigation
 * and re-rendering, a branch shown or hidden), an edit (input/change), a click, a hash or history
 * navigation — in the page and in every same-origin frame, including frames that appear or load
 * later. Everything is removed when `signal` aborts.
 *
 * With `onEdit`, an `input`/`change` event is not debounced: its target is handed to `onEdit`
 * right after the event has reached the window (bubbling; the page's own handlers on the control
 * and its ancestors have run and a framework's microtask re-render is queued before ours), in a
 * microtask — and on the next animation frame at the latest, should the page stop the event's
 * propagation. A radio's or checkbox's `input` waits for its `change`, which follows in the same
 * activation (a framework moves its checked class in the `change` handler). Whatever the page
 * changes in the DOM in response (a verdict branch shown or hidden) is seen by the
 * MutationObserver and still followed by the debounced full `onChange`.
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

  // ---- The fast path: edits handed to onEdit without the debounce.
  const onEdit = options.onEdit;
  const pending = new Set<Element>();
  let flushQueued = false;
  let frameQueued = false;
  const flush = (): void => {
    flushQueued = false;
    if (pending.size === 0 || signal.aborted) return;
    const targets = [...pending];
    pending.clear();
    if (!onEdit?.(targets)) schedule();
  };
  const queueFlush = (): void => {
    if (flushQueued) return;
    flushQueued = true;
    queueMicrotask(flush);
  };
  const edited = (target: Element): void => {
    pending.add(target);
    const frameView = target.ownerDocument.defaultView ?? view;
    if (!frameQueued && frameView) {
      frameQueued = true;
      frameView.requestAnimationFrame(() => {
        frameQueued = false;
        flush();
      });
    }
  };
  /** Bubbling listener on a window: the event has passed the page's handlers on its way up. */
  const reachedWindow = (event: Event): void => {
    if (pending.size === 0) return;
    const target = event.target as Element | null;
    if (event.type === 'input' && target && isOptionInput(target)) return;
    queueFlush();
  };

  // Mutated elements, handed over once per task however many observer callbacks report them.
  const mutated = new Set<Element>();
  let mutatedQueued = false;
  const queueMutated = (): void => {
    if (mutatedQueued) return;
    mutatedQueued = true;
    queueMicrotask(() => {
      mutatedQueued = false;
      const targets = [...mutated];
      mutated.clear();
      if (!signal.aborted && targets.length > 0) options.onMutated?.(targets);
    });
  };

  const watched = new WeakSet<Document>();
  const observers: MutationObserver[] = [];
  const attach = (d: Document): void => {
    if (watched.has(d) || !d.defaultView) return;
    watched.add(d);
    const observer = new d.defaultView.MutationObserver((records) => {
      // The extension's own layer changes on every render: never a reason to read the form again.
      const pageRecords = records.filter((r) => !isOwnNode(r.target) && ![...r.addedNodes, ...r.removedNodes].some(isOwnNode));
      if (pageRecords.length === 0) return;
      if (options.onMutated && !signal.aborted) {
        for (const r of pageRecords) {
          const element = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
          if (element) mutated.add(element);
        }
        queueMutated();
      }
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
          const target = event.target as Node | null;
          // A click on a label tied to a control is re-dispatched by the browser on that control: read once, then.
          if (event.type === 'click' && target?.nodeType === 1 && isLabelOfControl(target as Element)) return;
          const fast = onEdit && target?.nodeType === 1 && (EDIT_EVENTS.has(event.type) || event.type === 'click');
          // A click the fast path cannot place (a drop-down in <body>) falls back to the full reading in flush().
          if (fast) edited(target as Element);
          else schedule();
        },
        { capture: true, passive: true, signal },
      );
    }
    if (onEdit) for (const type of FAST_PATH_EVENTS) d.defaultView.addEventListener(type, reachedWindow, { passive: true, signal });
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
