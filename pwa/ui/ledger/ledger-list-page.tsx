import { useCallback, useMemo, useState } from 'preact/hooks';
import { distinctIndexValues } from '../../db/distinct-index-values';
import { LEDGER_STATES, type LedgerState, type TubanLintDb } from '../../db/schema';
import { filterRows, isFiltered, isLedgerState, LEDGER_COLUMNS, ledgerRowOf, NO_FILTER, NO_TOWN, shownArea, sortRows, type LedgerColumnKey, type LedgerFilter, type LedgerRow, type LedgerSort } from '../../ledger-export/ledger-rows';
import { appDb } from '../database';
import { useLiveQuery } from '../use-live-query';
import { AddItemForm } from './add-item-form';
import { Figure } from '../figure';
import { LedgerExportButton } from './ledger-export-button';
import { LedgerImportPanel } from './ledger-import-panel';
import { ImportBatches } from './import-batches';
import { formatLocalTime } from './local-time';
import { printHash } from './print-filter';
import { ledgerRowStore, useLedgerRows } from './use-ledger-rows';
import { VirtualTable } from './virtual-table';
import './ledger.css';

const ROW_HEIGHT = 32;
const OPEN_STATES = LEDGER_STATES.filter((s) => s !== '已销号');

/** Counts straight from the indexes: exact and cheap (milliseconds at 100,000 items), before any row is loaded. */
async function ledgerCounts(db: TubanLintDb): Promise<{ total: number; byState: Record<LedgerState, number> }> {
  const [total, ...perState] = await Promise.all([db.items.count(), ...LEDGER_STATES.map((s) => db.items.where('state').equals(s).count())]);
  const byState = Object.fromEntries(LEDGER_STATES.map((s, i) => [s, perState[i] ?? 0])) as Record<LedgerState, number>;
  return { total: total ?? 0, byState };
}

/** Photos held per item (removed ones do not count): the 照片数 the 销号 check reads. */
async function photoCounts(db: TubanLintDb): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  await db.evidence.each((e) => {
    if (e.kind === 'photo' && e.removedAt === undefined) counts.set(e.itemId, (counts.get(e.itemId) ?? 0) + 1);
  });
  return counts;
}

/** `#/ledger`: figures, filters, the virtualised list, import, hand entry and export. */
export function LedgerListPage() {
  const db = appDb();
  const counts = useLiveQuery(() => ledgerCounts(db), []).value;
  const towns = useLiveQuery(async () => (await distinctIndexValues(db, 'town')).sort((a, b) => a.localeCompare(b, 'zh-CN')), []).value ?? [];
  const photos = useLiveQuery(() => photoCounts(db), []).value;
  const rowsState = useLedgerRows();
  // 责任单位: the units set on items, and the 乡镇 of items without one (they are the 乡镇's).
  const units = useMemo(() => [...new Set(rowsState.rows?.map((r) => r.unit).filter((u) => u !== ''))].sort((a, b) => a.localeCompare(b, 'zh-CN')), [rowsState.rows]);
  const [filter, setFilter] = useState<LedgerFilter>(NO_FILTER);
  const [sort, setSort] = useState<LedgerSort | undefined>(undefined);
  // A sorted list needs every row, as a filtered one does.
  const filtered = isFiltered(filter) || sort !== undefined;
  const shown = useMemo(() => (rowsState.rows ? sortRows(filterRows(rowsState.rows, filter), sort, (id) => photos?.get(id) ?? 0) : undefined), [rowsState.rows, filter, sort, photos]);
  const sortBy = (column: LedgerColumnKey) => setSort(sort?.column === column ? (sort.descending ? undefined : { column, descending: true }) : { column, descending: false });

  // Until the Worker has built every row, the unfiltered list is read page by page straight from the table.
  const [drawn, setDrawn] = useState({ first: 0, end: 0 });
  const onWindow = useCallback((first: number, end: number) => setDrawn({ first, end }), []);
  const pageFirst = Math.floor(drawn.first / 50) * 50;
  const pageEnd = Math.ceil(drawn.end / 50) * 50 + 50;
  const page = useLiveQuery(
    async () =>
      rowsState.rows !== undefined || filtered
        ? undefined
        : {
            first: pageFirst,
            rows: (
              await db.items
                .offset(pageFirst)
                .limit(pageEnd - pageFirst)
                .toArray()
            ).flatMap((i) => (i.id === undefined ? [] : [ledgerRowOf({ ...i, id: i.id })])),
          },
    [rowsState.rows === undefined, filtered, pageFirst, pageEnd],
  ).value;

  const rowAt = (index: number): LedgerRow | undefined => (shown ? shown[index] : page && index >= page.first ? page.rows[index - page.first] : undefined);
  const count = shown ? shown.length : filtered ? 0 : (counts?.total ?? 0);
  const shownFigure = filtered ? shown?.length : counts?.total;

  const renderRow = (index: number) => {
    const row = rowAt(index);
    if (!row) {
      return (
        <div key={`pending-${index}`} class="vrow pending" role="row">
          <span role="cell" class="muted">
            载入中…
          </span>
        </div>
      );
    }
    return (
      <div key={row.id} class="vrow" role="row" data-patch-id={row.patchId} data-item-id={row.id} data-state={row.state}>
        <span role="cell">
          <a href={`#/ledger/${row.id}`}>{row.patchId}</a>
        </span>
        <span role="cell">{row.town}</span>
        <span role="cell" class={row.unit === row.town ? 'muted' : undefined}>
          {row.unit}
        </span>
        <span role="cell">
          <span class={`state-badge state-${LEDGER_STATES.indexOf(row.state)}`}>{row.state}</span>
        </span>
        <span role="cell">{row.measure}</span>
        <span role="cell" title={row.plannedText}>
          {row.plannedDate ?? row.plannedText}
        </span>
        <span role="cell" class={row.areaIsMonitored === true ? 'num monitored-area' : 'num'} title={row.areaIsMonitored === true ? '未填违法面积，显示监测面积' : undefined}>
          {shownArea(row)}
        </span>
        <span role="cell" class="num">
          {row.violationCultivated}
        </span>
        <span role="cell" class="num">
          {photos?.get(row.id) ?? 0}
        </span>
        <span role="cell">{formatLocalTime(row.updatedAt)}</span>
      </div>
    );
  };

  return (
    <section class="page ledger-page" data-ledger-rows={rowsState.rows ? 'ready' : 'loading'}>
      <h1>整改台账</h1>
      <div class="ledger-figures">
        <span>
          台账条目 <Figure id="ledger.items" value={counts?.total} />
        </span>
        <span>
          未销号 <Figure id="ledger.open" value={counts ? counts.total - counts.byState.已销号 : undefined} />
        </span>
        <span>
          已销号 <Figure id="ledger.closed" value={counts?.byState.已销号} />
        </span>
        {OPEN_STATES.map((s) => (
          <span key={s}>
            {s} <Figure id={`ledger.state.${s}`} value={counts?.byState[s]} />
          </span>
        ))}
      </div>

      <div class="ledger-tools">
        <LedgerImportPanel onImported={() => void ledgerRowStore().reload()} />
        <AddItemForm />
        <LedgerExportButton />
        <a class="button-link" href={printHash(filter)} data-action="ledger-print">
          打印
        </a>
      </div>
      <ImportBatches onUndone={() => void ledgerRowStore().reload()} />

      <div class="ledger-filters" role="search">
        <label>
          状态{' '}
          <select data-filter="state" value={filter.state} onChange={(e) => setFilter({ ...filter, state: stateOf(e.currentTarget.value) })}>
            <option value="">全部</option>
            {LEDGER_STATES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          乡镇{' '}
          <select data-filter="town" value={filter.town} onChange={(e) => setFilter({ ...filter, town: e.currentTarget.value })}>
            <option value="">全部</option>
            {towns.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
            <option value={NO_TOWN}>（未填乡镇）</option>
          </select>
        </label>
        <label>
          责任单位{' '}
          <select data-filter="unit" value={filter.unit} onChange={(e) => setFilter({ ...filter, unit: e.currentTarget.value })}>
            <option value="">全部</option>
            {units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </label>
        <label>
          查找 <input type="search" data-filter="text" placeholder="图斑编号、整改措施、责任单位" value={filter.text} onInput={(e) => setFilter({ ...filter, text: e.currentTarget.value })} />
        </label>
        <span>
          显示 <Figure id="ledger.shown" value={shownFigure} /> 条
        </span>
        {rowsState.loading && rowsState.rows === undefined && <span class="muted">正在载入全部条目（{rowsState.loading.done}）…</span>}
        {rowsState.error !== undefined && <span role="alert">台账列表读取失败：{rowsState.error}</span>}
      </div>

      {counts?.total === 0 ? (
        <p class="muted">台账为空：在“批量校核”页校核后导入，或在上方导入表格、手工录入。</p>
      ) : (
        <VirtualTable
          label="整改台账"
          count={count}
          rowHeight={ROW_HEIGHT}
          onWindow={onWindow}
          resetKey={`${filter.state}|${filter.town}|${filter.unit}|${filter.text}|${sort?.column ?? ''}|${sort?.descending === true ? 'd' : 'a'}`}
          header={
            <div class="vrow vhead" role="row">
              {LEDGER_COLUMNS.map((c) => {
                const direction = sort?.column === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none';
                return (
                  <span key={c.key} role="columnheader" aria-sort={direction}>
                    <button type="button" class="sort-button" data-sort={c.key} onClick={() => sortBy(c.key)}>
                      {c.title}
                      <span aria-hidden="true">{direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : ''}</span>
                    </button>
                  </span>
                );
              })}
            </div>
          }
          renderRow={renderRow}
        />
      )}
      {filtered && shown === undefined && <p class="muted">正在载入全部条目，载入后即按条件筛选、排序…</p>}
    </section>
  );
}

function stateOf(value: string): LedgerState | '' {
  return isLedgerState(value) ? value : '';
}
