/**
 * Layout and text checks of the extension's UI on a page (issue 11): boxes of the page's controls
 * and of the extension's markers, tab and panel, in the top viewport (frames offset), and the
 * extension's visible text.
 */
import type { Page } from 'playwright-core';
import { framesWithOffsets } from './extension-harness';
import { englishWords, ruleIdsIn } from './visible-text';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly what: string;
}

/** Inputs, labels, selects, textareas and buttons the user can see, in every frame. */
export async function controlBoxes(page: Page): Promise<Box[]> {
  const out: Box[] = [];
  for (const { frame, offset } of await framesWithOffsets(page)) {
    const boxes = await frame
      .evaluate(() =>
        Array.from(document.querySelectorAll('input:not([type="hidden"]), select, textarea, button, label'))
          .filter((e) => !e.closest('[data-tuban-lint-root]'))
          .map((e) => {
            const r = e.getBoundingClientRect();
            const style = getComputedStyle(e);
            const shown = r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
            const name = `${e.tagName.toLowerCase()}${e.getAttribute('data-testid') ? `[${e.getAttribute('data-testid') ?? ''}]` : ''} “${(e.textContent ?? '').trim().slice(0, 12)}”`;
            return shown ? { x: r.x, y: r.y, width: r.width, height: r.height, what: name } : undefined;
          })
          .filter((b) => b !== undefined),
      )
      .catch(() => []);
    for (const b of boxes) out.push({ ...b, x: b.x + offset.x, y: b.y + offset.y });
  }
  return out;
}

/** The extension's drawn markers, the collapsed tab and the open panel (top frame). */
export async function extensionBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-tuban-lint-root]')?.shadowRoot;
    if (!root) return [];
    return Array.from(root.querySelectorAll('.tuban-lint-marker, [data-tuban-lint-tab], [data-tuban-lint-panel]'))
      .map((e) => {
        const r = e.getBoundingClientRect();
        const what = e.classList.contains('tuban-lint-marker') ? `marker ${e.getAttribute('data-rule-id') ?? ''}@${e.getAttribute('data-field') ?? ''}` : e.hasAttribute('data-tuban-lint-tab') ? 'tab' : 'panel';
        return r.width > 0 && r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height, what } : undefined;
      })
      .filter((b) => b !== undefined);
  });
}

function intersect(a: Box, b: Box): boolean {
  return a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
}

/** Every pair (extension box, page control) that overlaps, within the viewport. */
export async function overlapsWithControls(page: Page): Promise<string[]> {
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  const onScreen = (b: Box): boolean => b.x < viewport.width && b.y < viewport.height && b.x + b.width > 0 && b.y + b.height > 0;
  const controls = (await controlBoxes(page)).filter(onScreen);
  const ours = await extensionBoxes(page);
  return ours.flatMap((o) => controls.filter((c) => intersect(o, c)).map((c) => `${o.what} covers ${c.what}`));
}

/** What a user can read of the extension: the rendered text of its layer (closed 说明 excluded). */
export async function extensionText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-tuban-lint-root]')?.shadowRoot;
    const layer = root?.querySelector('.tuban-lint-layer');
    return layer instanceof HTMLElement ? layer.innerText : '';
  });
}

/** English words and rule ids in a text users see. */
export function foreignText(text: string): string[] {
  return [...englishWords(text), ...ruleIdsIn(text)];
}
