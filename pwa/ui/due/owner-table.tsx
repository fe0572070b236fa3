import { DUE_BUCKETS, type ItemsDue } from '../../due/item-buckets';
import { bucketLabel, ownerLabel } from './due-labels';

/** Open items per 乡镇 or 责任单位 and bucket; a click on a name narrows the list below to it. */
export function OwnerTable(props: { items: ItemsDue; windowDays: number; selected: string | undefined; onSelect: (owner: string | undefined) => void }) {
  const { items, windowDays, selected, onSelect } = props;
  return (
    <section>
      <h2>按乡镇</h2>
      {items.byOwner.length === 0 ? (
        <p>台账中没有未销号的图斑。</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>乡镇</th>
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
                    {ownerLabel(row.owner)}
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
