/** The PWA's pages, reached by hash routes (issue 5 item 7: a stable contract for tests). */
export const ROUTES = [
  { id: 'due', hash: '#/due', title: '到期提醒' },
  { id: 'audit', hash: '#/audit', title: '批量校核' },
  { id: 'ledger', hash: '#/ledger', title: '整改台账' },
  { id: 'backup', hash: '#/backup', title: '备份与恢复' },
  { id: 'reports', hash: '#/reports', title: '统计报表' },
] as const;

export type RouteId = (typeof ROUTES)[number]['id'];

export interface Route {
  readonly id: RouteId;
  /** What follows the route in the hash, e.g. `12` in `#/ledger/12` (an item's id). */
  readonly rest: string;
}

/** `#/ledger/12` → {id: 'ledger', rest: '12'}; anything unknown → the home page (到期提醒). */
export function parseRoute(hash: string): Route {
  const match = /^#\/([a-z]+)(?:\/(.*))?$/u.exec(hash);
  const id = ROUTES.find((r) => r.id === match?.[1])?.id;
  return id === undefined ? { id: 'due', rest: '' } : { id, rest: decodeURIComponent(match?.[2] ?? '') };
}
