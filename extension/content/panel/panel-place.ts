import * as v from 'valibot';
import { STORAGE_PREFIX } from '../../settings/settings-store';

/**
 * Where the panel is (issue 11): docked to the left or right edge, open as a column or collapsed to
 * a small tab, the tab at a height the filer chose. Remembered in chrome.storage.local for every
 * page, so the panel comes back where the filer left it.
 */
const PanelPlaceSchema = v.strictObject({
  side: v.picklist(['left', 'right']),
  open: v.boolean(),
  /** The tab's preferred top, as a fraction of the viewport height (0–1). */
  tabTop: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
});
export type PanelPlace = v.InferOutput<typeof PanelPlaceSchema>;

export const DEFAULT_PANEL_PLACE: PanelPlace = { side: 'right', open: false, tabTop: 0.4 };
const KEY = `${STORAGE_PREFIX}panel-place`;

/** A stored place as its schema reads it; the default when missing or unreadable. */
export function readPanelPlace(stored: unknown): PanelPlace {
  const result = v.safeParse(PanelPlaceSchema, stored);
  return result.success ? result.output : DEFAULT_PANEL_PLACE;
}

export async function loadPanelPlace(): Promise<PanelPlace> {
  const stored = await chrome.storage.local.get(KEY);
  return readPanelPlace(stored[KEY]);
}

export async function savePanelPlace(place: PanelPlace): Promise<void> {
  await chrome.storage.local.set({ [KEY]: place });
}
