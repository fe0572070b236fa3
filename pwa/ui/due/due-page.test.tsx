// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, todayLocal } from '../../../shared/calendar/iso-days';
import type { LedgerItem } from '../../db/schema';
import { appDb } from '../database';
import { PROFILE_SETTING } from '../profile-setting';
import { DuePage } from './due-page';

/**
 * The page in happy-dom over fake-indexeddb: the figures are the due counts of the stored ledger,
 * the rows carry the test hooks, and recording a 复建 through the form reopens the item live.
 */
const today = todayLocal();

function item(patchId: string, state: LedgerItem['state'], plannedDate?: string, town = '城关镇'): Omit<LedgerItem, 'id'> {
  return { patchId, town, state, ...(plannedDate ? { plannedDate } : {}), values: { patchId, town }, source: { kind: 'hand' }, createdAt: 'c', updatedAt: 'u' };
}

async function until<T>(read: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 200; i += 1) {
    const value = read();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function figure(root: HTMLElement, name: string): string | undefined {
  return root.querySelector(`[data-figure="${name}"]`)?.textContent ?? undefined;
}

describe('DuePage', () => {
  const root = document.createElement('div');
  document.body.append(root);
  afterAll(() => render(null, root));

  it('shows the due counts of the ledger, per 乡镇 and by deadline, and records a 复核', async () => {
    const db = appDb();
    // 威海 2023 (S4) has 月清 every month, so deadlines lie ahead whatever today is; national has none after 2021.
    await db.settings.put({ key: PROFILE_SETTING, value: 'shandong-weihai-2023' });
    const [, , , closedId] = (await db.items.bulkAdd(
      [
        item('D001', '待整改', addDays(today, -3)),
        item('D002', '整改中', addDays(today, 5), '新集镇'),
        item('D003', '待验收'),
        item('D004', '已销号', addDays(today, -100)),
        item('D005', '整改中', addDays(today, 200), '新集镇'),
      ],
      { allKeys: true },
    )) as number[];
    await db.reviews.add({ patchId: 'D004', reason: '拆除复耕', town: '城关镇', since: addDays(today, -120), itemId: closedId, values: {}, checks: [] });

    render(<DuePage />, root);
    await until(() => figure(root, 'due.open'), 'due.open');
    expect(figure(root, 'due.overdue')).toBe('1');
    expect(figure(root, 'due.upcoming')).toBe('1');
    // D003 is 待验收: its own group, not "no date" (issue 12 item 3).
    expect(figure(root, 'due.no-date')).toBe('0');
    expect(figure(root, 'due.awaiting')).toBe('1');
    expect(figure(root, 'due.open')).toBe('4');
    expect(figure(root, 'due.reviews')).toBe('1');
    expect([...root.querySelectorAll('[data-town]')].map((r) => r.getAttribute('data-town'))).toEqual(['城关镇', '新集镇']);
    const rows = await until(() => {
      const found = [...root.querySelectorAll('tr[data-item-id]')];
      return found.length === 2 ? found : undefined;
    }, 'list rows');
    expect(rows.map((r) => r.getAttribute('data-patch-id'))).toEqual(['D001', 'D002']);
    expect(rows[0]?.querySelector('a')?.getAttribute('href')).toMatch(/^#\/ledger\/\d+$/u);
    expect(root.querySelectorAll('[data-deadline-id]').length).toBeGreaterThan(0);

    // Record a 复建: the closed item is reopened, and the page follows (open 4 → 5, review paused).
    const review = root.querySelector<HTMLElement>('[data-review-id]');
    expect(review?.getAttribute('data-patch-id')).toBe('D004');
    const outcome = review?.querySelector<HTMLSelectElement>('[data-field="review-outcome"]');
    const note = review?.querySelector<HTMLInputElement>('[data-field="review-note"]');
    if (!outcome || !note) throw new Error('review form missing');
    outcome.value = '复建';
    outcome.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    note.value = '原址复建简易房';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    review?.querySelector<HTMLButtonElement>('[data-action="review-record"]')?.click();
    await until(() => (figure(root, 'due.open') === '5' ? true : undefined), 'the reopened item counted');
    expect((await db.items.get(closedId as number))?.state).toBe('整改中');
    expect(figure(root, 'due.reviews')).toBe('0');
  });
});
