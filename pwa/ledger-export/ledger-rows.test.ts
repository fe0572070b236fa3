import { describe, expect, it } from 'vitest';
import type { LedgerItem } from '../db/schema';
import { filterRows, isLedgerState, ledgerRowOf, NO_FILTER, NO_TOWN, patchRows, shownArea, sortRows, type LedgerRow } from './ledger-rows';

function item(id: number, patchId: string, extra: Partial<LedgerItem> = {}): LedgerItem & { id: number } {
  return {
    id,
    patchId,
    state: '待整改',
    values: { patchId },
    source: { kind: 'hand' },
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-02T00:00:00.000Z',
    ...extra,
  };
}

const ROWS: LedgerRow[] = [
  ledgerRowOf(
    item(1, 'T001', {
      town: '城关镇',
      values: { patchId: 'T001', town: '城关镇', rectMeasure: '拆除复耕' },
    }),
  ),
  ledgerRowOf(
    item(2, 'T002', {
      town: '新集镇',
      state: '整改中',
      unit: '县交通局',
      values: { patchId: 'T002', town: '新集镇', rectMeasure: '补办手续' },
    }),
  ),
  ledgerRowOf(
    item(3, 'A-77', {
      town: '城关镇',
      state: '已销号',
      values: { patchId: 'A-77', town: '城关镇', rectMeasure: '拆除' },
    }),
  ),
  ledgerRowOf(item(4, 'T004', { state: '整改中' })),
];

describe('ledgerRowOf', () => {
  it('takes the listed fields from an item; 责任单位 is the unit, else the 乡镇', () => {
    const row = ledgerRowOf(
      item(7, 'T007', {
        town: '城关镇',
        state: '待验收',
        plannedDate: '2024-03-31',
        values: {
          patchId: 'T007',
          town: '城关镇',
          rectMeasure: '拆除复耕',
          rectPlannedDate: '2024/3/31',
          violationArea: '0.1234公顷',
          violationCultivated: '0.1公顷',
          remark: '不在行中',
        },
      }),
    );
    expect(row).toEqual({
      id: 7,
      patchId: 'T007',
      town: '城关镇',
      unit: '城关镇',
      state: '待验收',
      measure: '拆除复耕',
      plannedText: '2024/3/31',
      plannedDate: '2024-03-31',
      violationArea: '0.1234公顷',
      violationCultivated: '0.1公顷',
      updatedAt: '2024-01-02T00:00:00.000Z',
      searchText: 't007\n拆除复耕\n城关镇\n城关镇',
    });
    expect(ROWS[1]?.unit).toBe('县交通局');
    expect(ROWS[3]).toMatchObject({
      town: '',
      unit: '',
      measure: '',
      plannedText: '',
    });
    expect(ROWS[3]).not.toHaveProperty('plannedDate');
  });
});

describe('filterRows', () => {
  const ids = (filter: Partial<typeof NO_FILTER>) => filterRows(ROWS, { ...NO_FILTER, ...filter }).map((r) => r.id);

  it('returns the same list when nothing is filtered', () => {
    expect(filterRows(ROWS, NO_FILTER)).toBe(ROWS);
    expect(filterRows(ROWS, { ...NO_FILTER, text: '   ' })).toBe(ROWS);
  });

  it('filters by state, by 乡镇 (or none filed) and by text, combined', () => {
    expect(ids({ state: '整改中' })).toEqual([2, 4]);
    expect(ids({ town: '城关镇' })).toEqual([1, 3]);
    expect(ids({ town: NO_TOWN })).toEqual([4]);
    expect(ids({ state: '整改中', town: '新集镇' })).toEqual([2]);
    expect(ids({ state: '已销号', town: '新集镇' })).toEqual([]);
  });

  it('matches text in 图斑编号, 整改措施 and 责任单位, ignoring case and surrounding spaces', () => {
    expect(ids({ text: 'a-7' })).toEqual([3]);
    expect(ids({ text: ' 拆除 ' })).toEqual([1, 3]);
    expect(ids({ text: '交通局' })).toEqual([2]);
    expect(ids({ text: '新集' })).toEqual([2]);
    expect(ids({ text: '拆除', town: '城关镇', state: '待整改' })).toEqual([1]);
  });
});

describe('isLedgerState', () => {
  it('accepts the four states only', () => {
    expect(['待整改', '整改中', '待验收', '已销号', '', '销号'].map(isLedgerState)).toEqual([true, true, true, true, false, false]);
  });
});

describe('patchRows', () => {
  it('replaces, appends and removes rows by id, keeping id order', () => {
    const changed = ledgerRowOf(item(2, 'T002', { state: '待验收' }));
    const added = ledgerRowOf(item(9, 'T009'));
    const out = patchRows(ROWS, [added, changed], [3]);
    expect(out.map((r) => r.id)).toEqual([1, 2, 4, 9]);
    expect(out[1]?.state).toBe('待验收');
    expect(patchRows(ROWS, [ledgerRowOf(item(0, 'T000'))], []).map((r) => r.id)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('issue 12: 责任单位 filter, sorting, the 监测面积 fallback', () => {
  it('filters by 责任单位 (the unit, else the 乡镇)', () => {
    expect(filterRows(ROWS, { ...NO_FILTER, unit: '县交通局' }).map((r) => r.id)).toEqual([2]);
    expect(filterRows(ROWS, { ...NO_FILTER, unit: '城关镇' }).map((r) => r.id)).toEqual([1, 3]);
  });

  it('sorts by any column both ways, blanks last, ties in entry order', () => {
    expect(sortRows(ROWS, { column: 'patchId', descending: false }).map((r) => r.patchId)).toEqual(['A-77', 'T001', 'T002', 'T004']);
    expect(sortRows(ROWS, { column: 'patchId', descending: true }).map((r) => r.patchId)).toEqual(['T004', 'T002', 'T001', 'A-77']);
    expect(sortRows(ROWS, { column: 'town', descending: false }).map((r) => r.id)).toEqual([1, 3, 2, 4]);
    expect(sortRows(ROWS, { column: 'town', descending: true }).map((r) => r.id)).toEqual([2, 1, 3, 4]);
    expect(sortRows(ROWS, { column: 'state', descending: true }).map((r) => r.id)).toEqual([3, 2, 4, 1]);
    const photos = new Map([[4, 5], [1, 2]]);
    expect(sortRows(ROWS, { column: 'photos', descending: true }, (id) => photos.get(id) ?? 0).map((r) => r.id)).toEqual([4, 1, 2, 3]);
    expect(sortRows(ROWS, undefined)).toBe(ROWS);
  });

  it('sorts areas by their size across units', () => {
    const rows = [
      ledgerRowOf(item(1, 'A', { values: { patchId: 'A', violationArea: '3亩' } })),
      ledgerRowOf(item(2, 'B', { values: { patchId: 'B', violationArea: '0.1500公顷' } })),
      ledgerRowOf(item(3, 'C', { values: { patchId: 'C' } })),
      ledgerRowOf(item(4, 'D', { values: { patchId: 'D', violationArea: '0.3' } })),
    ];
    expect(sortRows(rows, { column: 'area', descending: false }).map((r) => r.id)).toEqual([2, 1, 4, 3]);
  });

  it('shows the 监测面积 labelled where no 违法面积 is filed', () => {
    const row = ledgerRowOf(item(1, 'M', { values: { patchId: 'M', areaMonitored: '0.1200公顷' } }));
    expect(row).toMatchObject({ violationArea: '0.1200公顷', areaIsMonitored: true });
    expect(shownArea(row)).toBe('0.1200公顷（监测面积）');
    const filed = ledgerRowOf(item(2, 'N', { values: { patchId: 'N', areaMonitored: '0.1200公顷', violationArea: '0.1公顷' } }));
    expect(shownArea(filed)).toBe('0.1公顷');
  });
});
