import { describe, expect, it } from 'vitest';
import type { FieldId } from '../model/field-dictionary';
import { areaOf, textOf } from '../model/patch-record';
import type { ColumnMapping, ColumnOverrides } from './read-sheet';
import { allRows, bookBytes, mappedFields, readOk, type SheetSpec } from './testing/build';

/** Title, unit line (亩), a three-row merged header, data; column K holds values under no header. */
const SHEET: SheetSpec = {
  rows: [
    ['XX县2023年卫片执法图斑核查情况表'],
    ['(单位：亩)'],
    ['序号', '图斑编号', '监测面积', '核查情况', null, null, null, null, null, '备注'],
    [null, null, null, '判定类型', '拆除复耕', null, '违法用地', null, '违法类型', null],
    [null, null, null, null, '面积', '其中耕地', '面积（公顷）', '其中耕地', null, null],
    ['P-1', 'A001', '12.5', '违法', 1.2, 0.5, 0.08, 0.03, '乱占耕地建房', '备注一', '张三'],
    ['P-2', 'A002', 3, '合法', null, null, null, null, null, null, '李四'],
    [null, null, null, null, null, null, null, null, null, null, '王五'],
  ],
  merges: ['A1:J1', 'A2:J2', 'A3:A5', 'B3:B5', 'C3:C5', 'D3:I3', 'J3:J5', 'D4:D5', 'E4:F4', 'G4:H4', 'I4:I5'],
};
const BYTES = bookBytes(SHEET);

function read(columnOverrides?: ColumnOverrides | ((detected: readonly ColumnMapping[]) => ColumnOverrides | undefined)) {
  return readOk(BYTES, 'test.xlsx', columnOverrides === undefined ? {} : { columnOverrides });
}

function column(mapping: readonly ColumnMapping[], letter: string): ColumnMapping | undefined {
  return mapping.find((m) => m.columnLetter === letter);
}

const DETECTED = read();

describe('readSheet columnOverrides', () => {
  it('changes nothing when absent or empty', () => {
    expect(DETECTED.mapping.length).toBe(11);
    expect(read({}).mapping).toEqual(DETECTED.mapping);
    expect(read(() => undefined).mapping).toEqual(DETECTED.mapping);
    expect(read({}).dataRowCount).toBe(DETECTED.dataRowCount);
  });

  it('null sets a detected column aside: not mapped, not present, not read', () => {
    expect(column(DETECTED.mapping, 'J')).toMatchObject({ field: 'remark', status: 'mapped' });
    const sheet = read({ 9: null });
    expect(column(sheet.mapping, 'J')).toEqual({ column: 9, columnLetter: 'J', header: '备注', status: 'unmapped' });
    expect(sheet.present.has('remark')).toBe(false);
    expect(allRows(sheet).map((r) => r.record.values.remark)).toEqual([undefined, undefined]);
    expect(sheet.mapping.filter((m) => m.columnLetter !== 'J')).toEqual(DETECTED.mapping.filter((m) => m.columnLetter !== 'J'));
  });

  it('a field id maps an unrecognised column, which is then read', () => {
    expect(column(DETECTED.mapping, 'A')?.status).toBe('unmapped');
    const sheet = read({ 0: 'plotId' });
    expect(column(sheet.mapping, 'A')).toEqual({ column: 0, columnLetter: 'A', header: '序号', field: 'plotId', status: 'mapped' });
    expect(sheet.present.has('plotId')).toBe(true);
    expect(allRows(sheet).map((r) => textOf(r.record, 'plotId'))).toEqual(['P-1', 'P-2']);
  });

  it('keeps the unit the header names when a column is mapped to another area field', () => {
    // G: 违法用地 / 面积（公顷） — its own unit; E: 拆除复耕 / 面积 — the unit line's 亩.
    const sheet = read({ 6: 'approvalArea', 4: 'legalisedArea' });
    expect(column(sheet.mapping, 'G')).toMatchObject({ field: 'approvalArea', unit: 'ha', unitSource: 'header', status: 'mapped' });
    expect(column(sheet.mapping, 'E')).toMatchObject({ field: 'legalisedArea', unit: 'mu', unitSource: 'unit-line', status: 'mapped' });
    const first = allRows(sheet)[0]?.record;
    expect(first?.values.approvalArea).toMatchObject({ kind: 'area', readings: [{ unit: 'ha', value: 0.08 }] });
    expect(first && areaOf(first, 'legalisedArea', 'mu')).toBe(1.2);
    expect(sheet.present.has('violationArea')).toBe(false);
    expect(sheet.present.has('reclaimedArea')).toBe(false);
  });

  it('a unit-less field mapped onto a column with a unit drops the unit', () => {
    const sheet = read({ 6: 'remark', 9: null });
    const g = column(sheet.mapping, 'G');
    expect(g).toMatchObject({ field: 'remark', status: 'mapped' });
    expect(g?.unit).toBeUndefined();
  });

  it('a correction wins over detection: the detected column for the same field becomes a duplicate', () => {
    const sheet = read({ 0: 'patchId' });
    expect(mappedFields(sheet)).toMatchObject({ patchId: 'A', 'patchId!dup': 'B' });
    expect(allRows(sheet).map((r) => textOf(r.record, 'patchId'))).toEqual(['P-1', 'P-2']);
    expect(sheet.mapping.filter((m) => m.status === 'duplicate').map((m) => m.columnLetter)).toEqual(['B']);
  });

  it('a correction right of the detected column still wins', () => {
    const sheet = read({ 9: 'patchId' });
    expect(column(sheet.mapping, 'J')).toMatchObject({ field: 'patchId', status: 'mapped' });
    expect(column(sheet.mapping, 'B')).toMatchObject({ field: 'patchId', status: 'duplicate' });
    expect(allRows(sheet).map((r) => textOf(r.record, 'patchId'))).toEqual(['备注一', undefined]);
    expect(sheet.present.has('remark')).toBe(false);
  });

  it('a detected duplicate is read again when the user sets its twin aside', () => {
    const dup = read({ 0: 'patchId' });
    const sheet = read({ 0: 'patchId', 1: null });
    expect(column(dup.mapping, 'B')?.status).toBe('duplicate');
    expect(column(sheet.mapping, 'A')?.status).toBe('mapped');
    expect(column(sheet.mapping, 'B')?.status).toBe('unmapped');
    // Correcting the duplicate itself to its own field makes it the one read.
    const flipped = readOk(BYTES, 'test.xlsx', { columnOverrides: { 0: 'remark', 9: 'remark' } });
    expect(column(flipped.mapping, 'A')).toMatchObject({ field: 'remark', status: 'mapped' });
    expect(column(flipped.mapping, 'J')).toMatchObject({ field: 'remark', status: 'duplicate' });
    expect(allRows(flipped).map((r) => textOf(r.record, 'remark'))).toEqual(['P-1', 'P-2']);
  });

  it('re-choosing the detected field keeps its level and unit', () => {
    const sheet = read({ 6: 'violationArea', 8: 'violationType' });
    expect(column(sheet.mapping, 'G')).toEqual(column(DETECTED.mapping, 'G'));
    expect(column(sheet.mapping, 'I')).toEqual(column(DETECTED.mapping, 'I'));
  });

  it('ignores unknown field ids and columns outside the sheet', () => {
    const overrides = { 3: 'no-such-field' as FieldId, 40: 'remark' as FieldId } as ColumnOverrides;
    expect(read(overrides).mapping).toEqual(DETECTED.mapping);
  });

  it('reads a column right of the header when it is given a field', () => {
    expect(column(DETECTED.mapping, 'K')).toMatchObject({ header: '', status: 'unmapped' });
    const sheet = read({ 10: 'fieldChecker' });
    expect(column(sheet.mapping, 'K')).toMatchObject({ field: 'fieldChecker', status: 'mapped' });
    // The row filled only in K is now a record.
    expect(allRows(sheet).map((r) => [r.excelRow, textOf(r.record, 'fieldChecker')])).toEqual([
      [6, '张三'],
      [7, '李四'],
      [8, '王五'],
    ]);
    expect(DETECTED.dataRowCount).toBe(2);
  });

  it('a function receives the detected mapping and returns the corrections', () => {
    let seen: readonly ColumnMapping[] = [];
    const sheet = read((detected) => {
      seen = detected;
      return detected.some((m) => m.header === '备注') ? { 9: 'verdictBasis' } : undefined;
    });
    expect(seen.map((m) => m.header).slice(0, 3)).toEqual(['序号', '图斑编号', '监测面积']);
    expect(seen.find((m) => m.column === 9)?.field).toBe('remark');
    expect(column(sheet.mapping, 'J')).toMatchObject({ field: 'verdictBasis', status: 'mapped' });
    expect(allRows(sheet)[0]?.record.values.verdictBasis).toMatchObject({ kind: 'text' });
  });
});
