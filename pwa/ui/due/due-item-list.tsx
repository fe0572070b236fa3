import { useMemo, useState } from 'preact/hooks';
import type { IsoDate } from '../../../shared/model/dates';
import type { DueBucket, ItemsDue } from '../../due/item-buckets';
import { ownerOf } from '../../due/item-buckets';
import { appDb } from '../database';
import { useLiveQuery } from '../use-live-query';
import { bucketLabel, daysText, ownerLabel } from './due-labels';

/** Rows rendered at once; the rest are counted, and narrowing by 乡镇 brings them up. */
export const DUE_ROWS_SHOWN = 200;

type ListMode = 'due' | 'all';

/** The ids of the list, in deadline order: overdue (oldest first), upcoming, then — in `all` — later and undated. */
export function listedIds(items: ItemsDue, mode: ListMode, owner: string | undefined): { id: number; bucket: DueBucket }[] {
  const parts: [DueBucket, readonly number[]][] = [
    ['overdue', items.order.overdue],
    ['upcoming', items.order.upcoming],
  ];
  if (mode === 'all')
    parts.push(
      ['later', items.order.later],
      ['no-date', items.noDate],
      ['awaiting', items.awaiting],
    );
  const out: { id: number; bucket: DueBucket }[] = [];
  for (const [bucket, ids] of parts) for (const id of ids) if (owner === undefined || items.ownerOf.get(id) === owner) out.push({ id, bucket });
  return out;
}

/** Open items by deadline, each linking to its ledger page. */
export function DueItemList(props: { items: ItemsDue; today: IsoDate; windowDays: number; owner: string | undefined; onClearOwner: () => void }) {
  const { items, today, windowDays, owner } = props;
  const [mode, setMode] = useState<ListMode>('due');
  const listed = useMemo(() => listedIds(items, mode, owner), [items, mode, owner]);
  const shown = listed.slice(0, DUE_ROWS_SHOWN);
  const shownKey = shown.map((r) => r.id).join(',');
  // Keyed by the ids asked for, so rows of a previous list never show against new ids.
  const loaded = useLiveQuery(async () => ({ key: shownKey, items: await appDb().items.bulkGet(shown.map((r) => r.id)) }), [shownKey]).value;
  const rows = loaded?.key === shownKey ? loaded.items : undefined;
  return (
    <section>
      <h2>按整改期限</h2>
      <div class="due-toolbar">
        <label>
          显示{' '}
          <select data-filter="due-list" value={mode} onChange={(e) => setMode(e.currentTarget.value as ListMode)}>
            <option value="due">已逾期和即将到期</option>
            <option value="all">全部未销号</option>
          </select>
        </label>
        {owner !== undefined && (
          <span>
            只看 {ownerLabel(owner)}{' '}
            <button type="button" data-action="due-clear-town" onClick={props.onClearOwner}>
              显示全部乡镇
            </button>
          </span>
        )}
        <span>
          共 <span data-figure="due.listed">{listed.length}</span> 条
          {listed.length > shown.length && `，显示前 ${shown.length} 条（按乡镇筛选可看其余）`}
        </span>
      </div>
      {listed.length === 0 ? (
        <p>{mode === 'due' ? '没有已逾期或即将到期的图斑。' : '没有未销号的图斑。'}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>图斑编号</th>
              <th>乡镇</th>
              <th>状态</th>
              <th>拟完成整改时间</th>
              <th>期限</th>
            </tr>
          </thead>
          <tbody>
            {rows !== undefined &&
              shown.map(({ id, bucket }, i) => {
                const item = rows[i];
                if (item === undefined) return null;
                return (
                  <tr key={id} data-patch-id={item.patchId} data-item-id={id} data-bucket={bucket}>
                    <td>
                      <a href={`#/ledger/${id}`}>{item.patchId}</a>
                    </td>
                    <td>{ownerLabel(ownerOf(item))}</td>
                    <td>{item.state}</td>
                    <td>{item.plannedDate ?? '未填'}</td>
                    <td class={`bucket-${bucket}`}>{item.plannedDate !== undefined ? daysText(item.plannedDate, today) : bucketLabel(bucket, windowDays)}</td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      )}
    </section>
  );
}
