import { useMemo } from 'preact/hooks';
import { todayLocal } from '../../../shared/calendar/iso-days';
import { filterRows, LEDGER_COLUMNS, shownArea, type LedgerRow } from '../../ledger-export/ledger-rows';
import { appDb } from '../database';
import { useOperator } from '../operator';
import { useLiveQuery } from '../use-live-query';
import { loadLedgerRows } from './load-ledger-rows';
import { filterOfPrintQuery } from './print-filter';
import './print.css';

/** The printed columns: the list's, without 最近更新 (a paper carries its print date instead). */
const PRINTED = LEDGER_COLUMNS.filter((c) => c.key !== 'updated');

function cellText(row: LedgerRow, key: (typeof PRINTED)[number]['key'], photos: ReadonlyMap<number, number>): string {
  switch (key) {
    case 'patchId':
      return row.patchId;
    case 'town':
      return row.town;
    case 'unit':
      return row.unit;
    case 'state':
      return row.state;
    case 'measure':
      return row.measure;
    case 'planned':
      return row.plannedDate ?? row.plannedText;
    case 'area':
      return shownArea(row);
    case 'cultivated':
      return row.violationCultivated;
    case 'photos':
      return String(photos.get(row.id) ?? 0);
  }
}

/** The most frequent 县 filed on the items (a county's ledger names one 县), '' when none is. */
function countyOf(counties: readonly (string | undefined)[]): string {
  const counts = new Map<string, number>();
  for (const c of counties) if (c !== undefined && c !== '') counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/**
 * `#/ledger/print`: the 整改台账 for paper (A4 landscape, print.css) with the list's filter from the
 * hash; title with 县 / 乡镇, date and 操作人. `data-figure="print.ready"` (the row count) appears
 * once every row is rendered.
 */
export function LedgerPrintPage({ query }: { readonly query: string }) {
  const db = appDb();
  const filter = useMemo(() => filterOfPrintQuery(query), [query]);
  const operator = useOperator();
  const data = useLiveQuery(async () => {
    // The 县 from the first items: enough to name a county's ledger without reading every item twice.
    const [rows, evidence, sample] = await Promise.all([loadLedgerRows(db), db.evidence.toArray(), db.items.limit(200).toArray()]);
    const photos = new Map<number, number>();
    for (const e of evidence) if (e.kind === 'photo' && e.removedAt === undefined) photos.set(e.itemId, (photos.get(e.itemId) ?? 0) + 1);
    const county = countyOf(sample.map((i) => i.values.county));
    return { rows, photos, county };
  }, []).value;
  const rows = data ? filterRows(data.rows, filter) : undefined;
  const scope = [filter.town !== '' ? `乡镇：${filter.town}` : '', filter.unit !== '' ? `责任单位：${filter.unit}` : '', filter.state !== '' ? `状态：${filter.state}` : '', filter.text !== '' ? `查找：${filter.text}` : ''].filter((s) => s !== '');

  return (
    <section class="print-page print-ledger">
      <div class="print-toolbar">
        <a href="#/ledger">← 返回整改台账</a>{' '}
        <button type="button" class="primary" data-action="print" onClick={() => print()}>
          打印
        </button>
      </div>
      <h1>
        {data?.county ?? ''}
        {filter.town !== '' ? filter.town : ''}卫片执法违法图斑整改台账
      </h1>
      <div class="print-meta">
        <span>{scope.length > 0 ? scope.join('；') : '全部图斑'}</span>
        <span>
          共 {rows === undefined ? '…' : <span data-figure="print.ready">{rows.length}</span>} 宗
        </span>
        <span>打印日期：{todayLocal()}</span>
        <span>操作人：{operator}</span>
      </div>
      {rows !== undefined && (
        <table class="print-table">
          <thead>
            <tr>
              <th>序号</th>
              {PRINTED.map((c) => (
                <th key={c.key}>{c.title}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.id} data-patch-id={row.patchId}>
                <td class="num">{i + 1}</td>
                {PRINTED.map((c) => (
                  <td key={c.key} class={c.key === 'photos' || c.key === 'area' || c.key === 'cultivated' ? 'num' : undefined}>
                    {cellText(row, c.key, data?.photos ?? new Map())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
