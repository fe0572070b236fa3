import * as v from 'valibot';
import { STORAGE_PREFIX } from '../settings/settings-store';

/**
 * Findings the filer dismissed, with the reason, remembered per patch: keyed by 图斑编号 and rule
 * id in chrome.storage.local, so a dismissal follows the patch across visits and never hides the
 * same rule on another patch. Without a 图斑编号 on the page, dismissals last for the page only.
 */
export interface Dismissal {
  readonly reason: string;
  /** ISO timestamp. */
  readonly at: string;
}

export type Dismissals = Readonly<Record<string, Dismissal>>;

const DismissalsSchema = v.record(
  v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/u)),
  v.strictObject({ reason: v.pipe(v.string(), v.maxLength(500)), at: v.pipe(v.string(), v.maxLength(40)) }),
);

export const MAX_REASON_LENGTH = 500;

export function dismissalsKey(patchId: string): string {
  return `${STORAGE_PREFIX}dismissals:${patchId}`;
}

/** Stored dismissals as their schema reads them; none when missing or unreadable. */
export function readDismissals(stored: unknown): Dismissals {
  const result = v.safeParse(DismissalsSchema, stored);
  return result.success ? result.output : {};
}

export async function loadDismissals(patchId: string | undefined): Promise<Dismissals> {
  if (patchId === undefined) return {};
  const key = dismissalsKey(patchId);
  const stored = await chrome.storage.local.get(key);
  return readDismissals(stored[key]);
}

export async function saveDismissals(patchId: string | undefined, dismissals: Dismissals): Promise<void> {
  if (patchId === undefined) return;
  const key = dismissalsKey(patchId);
  if (Object.keys(dismissals).length === 0) await chrome.storage.local.remove(key);
  else await chrome.storage.local.set({ [key]: dismissals });
}

export function withDismissal(dismissals: Dismissals, ruleId: string, reason: string, now: Date): Dismissals {
  return { ...dismissals, [ruleId]: { reason: reason.trim().slice(0, MAX_REASON_LENGTH), at: now.toISOString() } };
}

export function withoutDismissal(dismissals: Dismissals, ruleId: string): Dismissals {
  const rest: Record<string, Dismissal> = { ...dismissals };
  delete rest[ruleId];
  return rest;
}
