import { describe, expect, it } from 'vitest';
import { loadPage } from './testing/load-fixture';
import { watchForm } from './watch-form';

const settle = (ms = 30): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchForm', () => {
  it('calls back once after a burst of changes, ignores the extension\'s own layer, stops on abort', async () => {
    const { document } = await loadPage('<body><form><input id="a"></form><div data-tuban-lint-root></div></body>');
    const controller = new AbortController();
    let calls = 0;
    const events: string[] = [];
    watchForm(document, () => (calls += 1), controller.signal, { debounceMs: 5, onEvent: (event) => events.push(event.type) });

    const input = document.getElementById('a') as HTMLInputElement;
    for (let i = 0; i < 5; i += 1) {
      input.value = String(i);
      input.dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event('input', { bubbles: true }));
    }
    document.querySelector('form')?.append(document.createElement('span'));
    await settle();
    expect(calls).toBe(1);
    expect(events).toEqual(['input', 'input', 'input', 'input', 'input']);

    document.querySelector('[data-tuban-lint-root]')?.append(document.createElement('span'));
    await settle();
    expect(calls).toBe(1);

    controller.abort();
    document.querySelector('form')?.append(document.createElement('span'));
    await settle();
    expect(calls).toBe(1);
  });

  it('hands edits to onEdit right after the event, without the debounce; falls back to onChange when onEdit cannot place them', async () => {
    const { document } = await loadPage('<body><form><input id="a"><label><input id="r" type="radio" name="g">是</label></form></body>');
    const controller = new AbortController();
    let calls = 0;
    let handles = true;
    const edits: string[][] = [];
    watchForm(document, () => (calls += 1), controller.signal, {
      debounceMs: 5,
      onEdit: (targets) => {
        edits.push(targets.map((t) => t.id));
        return handles;
      },
    });
    const Event = (document.defaultView as unknown as typeof globalThis).Event;
    const input = document.getElementById('a') as HTMLInputElement;
    input.value = 'x';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(edits).toEqual([]); // after the page's handlers, in a microtask
    await Promise.resolve();
    expect(edits).toEqual([['a']]);
    await settle();
    expect(calls).toBe(0);

    // A radio's input waits for its change (same activation): one hand-over.
    const radio = document.getElementById('r') as HTMLInputElement;
    radio.checked = true;
    radio.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve();
    expect(edits).toHaveLength(1);
    radio.dispatchEvent(new Event('change', { bubbles: true }));
    await Promise.resolve();
    expect(edits).toEqual([['a'], ['r']]);

    handles = false;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(edits).toHaveLength(3);
    expect(calls).toBe(1);
    controller.abort();
  });
});
