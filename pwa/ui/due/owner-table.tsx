import { DUE_BUCKETS, type ItemsDue } from '../../due/item-buckets';
import type { DueGrouping } from '../../due/item-buckets';
import { bucketLabel, ownerLabel } from './due-labels';

/** Open items per 乡镇 or 责任单位 and bucket; a click on a name narrows the list below to it. */
export function OwnerTable(props: { items: ItemsDue; windowDays: number; selected: string | undefined; onSelect: (owner: string | undefined) => void; grouping: DueGrouping; onGrouping: (grouping: DueGrouping) => void }) {
  const { items, windowDays, selected, onSelect, grouping } = props;
  const name = grouping === 'town' ? '乡镇' : '责任单位';
  return (
    <section>
      <h2>按{name}</h2>
      <div class="due-toolbar" role="radiogroup" aria-label="分组">
        {(['town', 'unit'] as const).map((g) => (
          <label key={g}>
            <input type="radio" name="due-grouping" data-filter="due-grouping" value={g} checked={grouping === g} onChange={() => props.onGrouping(g)} />
            按{g === 'town' ? '乡镇' : '责任单位'}
          </label>
        ))}
      </div>
      {items.byOwner.length === 0 ? (
        <p>台账中没有未销号的图斑。</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{name}</th>
              {DUE_BUCKETS.map((b) => (
                <th key={b} class="num">
                  {bucketLabel(b, windowDays)}
                </th>
              ))}
              <th class="num">未销号合计</th>
            </tr>
          </thead>
          <tbody>
            {items.byOwner.map((row) => (
              <tr key={row.owner} data-town={row.owner} class={row.owner === selected ? 'selected' : undefined}>
                <td>
                  <button type="button" class="owner-button" aria-pressed={row.owner === selected} onClick={() => onSelect(row.owner === selected ? undefined : row.owner)}>
                    {ownerLabel(row.owner, grouping)}
                  </button>
                </td>
                {DUE_BUCKETS.map((b) => (
                  <td key={b} class={`num bucket-${b}`} data-bucket={b}>
                    {row.counts[b]}
                  </td>
                ))}
                <td class="num">{row.counts.open}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th>合计</th>
              {DUE_BUCKETS.map((b) => (
                <th key={b} class="num">
                  {items.counts[b]}
                </th>
              ))}
              <th class="num">{items.counts.open}</th>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
