import { describe, expect, it } from 'vitest';
import type { SheetFinding } from '../../../shared/audit/audit-sheet';
import type { ColumnMapping } from '../../../shared/sheet/read-sheet';
import { annotatedFileName } from '../../../shared/report/annotated-file-name';
import { fieldsOfFindings, filterFindings, isSeverity, keepApplicable, NO_FILTER } from './findings-filter';
import { draftValue, FIELD_GROUPS, sameOverrides, selectValue, withChoice } from './mapping-draft';
import { virtualWindow } from './virtual-window';

function finding(row: number, ruleId: string, severity: SheetFinding['severity'], town: string, fields: SheetFinding['fields']): SheetFinding {
  return { row, ruleId, severity, town, fields, messageId: 'm', data: {}, location: { row }, message: `第 ${row} 行`, columns: [] };
}

const FINDINGS: readonly SheetFinding[] = [
  finding(6, 'verdict-required', 'error', '城关镇', ['verdict']),
  finding(6, 'area-negative', 'error', '城关镇', ['violationArea', 'violationFarmland']),
  finding(7, 'recheck-due', 'info', '河西乡', ['verdictDetail']),
  finding(9, 'area-negative', 'warning', '河西乡', ['violationArea']),
  finding(12, 'date-invalid', 'warning', '（未填乡镇）', ['caseDate']),
];

describe('filterFindings', () => {
  it('no filter: every index, in order', () => {
    expect([...filterFindings(FINDINGS, NO_FILTER)]).toEqual([0, 1, 2, 3, 4]);
  });

  it('each filter alone, and together (all must match)', () => {
    expect([...filterFindings(FINDINGS, { ...NO_FILTER, rule: 'area-negative' })]).toEqual([1, 3]);
    expect([...filterFindings(FINDINGS, { ...NO_FILTER, severity: 'warning' })]).toEqual([3, 4]);
    expect([...filterFindings(FINDINGS, { ...NO_FILTER, town: '河西乡' })]).toEqual([2, 3]);
    expect([...filterFindings(FINDINGS, { ...NO_FILTER, field: 'violationArea' })]).toEqual([1, 3]);
    expect([...filterFindings(FINDINGS, { rule: 'area-negative', severity: 'error', town: '城关镇', field: 'violationFarmland' })]).toEqual([1]);
    expect([...filterFindings(FINDINGS, { ...NO_FILTER, rule: 'area-negative', town: '（未填乡镇）' })]).toEqual([]);
  });

  it('lists the fields findings name, with counts', () => {
    const fields = fieldsOfFindings(FINDINGS);
    expect(fields.find((f) => f.field === 'violationArea')).toMatchObject({ count: 2 });
    expect(fields.map((f) => f.field).sort()).toEqual(['caseDate', 'verdict', 'verdictDetail', 'violationArea', 'violationFarmland']);
    expect(fields.every((f) => /[\u4e00-\u9fff]/u.test(f.label))).toBe(true);
  });

  it('keeps only filter values the new results have', () => {
    const kept = keepApplicable({ rule: 'gone', severity: 'error', town: '城关镇', field: 'caseDate' }, { rules: new Set(['a']), towns: new Set(['城关镇']), fields: new Set(['verdict']) });
    expect(kept).toEqual({ rule: '', severity: 'error', town: '城关镇', field: '' });
    expect(isSeverity('info')).toBe(true);
    expect(isSeverity('toString')).toBe(false);
  });
});

describe('virtualWindow', () => {
  const base = { rowHeight: 30, viewportHeight: 300, overscan: 5 };

  it('at the top: the visible rows and the overscan below', () => {
    expect(virtualWindow({ ...base, scrollTop: 0, count: 1000 })).toEqual({ first: 0, end: 15, offsetTop: 0, totalHeight: 30_000 });
  });

  it('scrolled: overscan on both sides, offset at the first row drawn', () => {
    expect(virtualWindow({ ...base, scrollTop: 3000, count: 1000 })).toEqual({ first: 95, end: 115, offsetTop: 2850, totalHeight: 30_000 });
    // Part of a row in view counts.
    expect(virtualWindow({ ...base, scrollTop: 3015, count: 1000 })).toMatchObject({ first: 95, end: 116 });
  });

  it('at the bottom and past it (a list that shrank): clamped to the rows that exist', () => {
    expect(virtualWindow({ ...base, scrollTop: 29_700, count: 1000 })).toEqual({ first: 985, end: 1000, offsetTop: 29_550, totalHeight: 30_000 });
    expect(virtualWindow({ ...base, scrollTop: 29_700, count: 20 })).toEqual({ first: 5, end: 20, offsetTop: 150, totalHeight: 600 });
    expect(virtualWindow({ ...base, scrollTop: 29_700, count: 4 })).toEqual({ first: 0, end: 4, offsetTop: 0, totalHeight: 120 });
  });

  it('draws a bounded number of rows however long the list', () => {
    const w = virtualWindow({ ...base, scrollTop: 1_234_567, count: 400_000 });
    expect(w.end - w.first).toBeLessThanOrEqual(300 / 30 + 1 + 2 * 5);
    expect(w.offsetTop).toBe(w.first * 30);
  });

  it('an empty list draws nothing', () => {
    expect(virtualWindow({ ...base, scrollTop: 50, count: 0 })).toEqual({ first: 0, end: 0, offsetTop: 0, totalHeight: 0 });
  });
});

describe('mapping draft', () => {
  const mapped: ColumnMapping = { column: 3, columnLetter: 'D', header: '判定类型', field: 'verdict', status: 'mapped' };
  const unmapped: ColumnMapping = { column: 0, columnLetter: 'A', header: '序号', status: 'unmapped' };

  it('shows what was read, or the draft choice', () => {
    expect(selectValue(mapped)).toBe('verdict');
    expect(selectValue(unmapped)).toBe('');
    expect(draftValue(mapped, { 3: null })).toBe('');
    expect(draftValue(unmapped, { 0: 'plotId' })).toBe('plotId');
    expect(draftValue(mapped, { 0: 'plotId' })).toBe('verdict');
  });

  it('records a choice, an empty value as not read', () => {
    expect(withChoice({}, 3, '')).toEqual({ 3: null });
    expect(withChoice({ 3: null }, 0, 'plotId')).toEqual({ 3: null, 0: 'plotId' });
    expect(withChoice({}, 0, 'no-such-field')).toEqual({ 0: null });
  });

  it('compares drafts', () => {
    expect(sameOverrides({}, {})).toBe(true);
    expect(sameOverrides({ 1: null }, { 1: null })).toBe(true);
    expect(sameOverrides({ 1: null }, { 1: 'town' })).toBe(false);
    expect(sameOverrides({ 1: null }, { 2: null })).toBe(false);
    expect(sameOverrides({ 1: null }, {})).toBe(false);
  });

  it('offers every dictionary field once, labelled in Chinese', () => {
    const all = FIELD_GROUPS.flatMap((g) => g.fields.map((f) => f.field));
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain('patchId');
    expect(FIELD_GROUPS.flatMap((g) => g.fields).find((f) => f.field === 'patchId')?.label).toBe('图斑编号');
  });
});

describe('annotatedFileName', () => {
  it('is the CLI’s name for the annotated copy', () => {
    expect(annotatedFileName('县级卫片执法图斑-演示.xlsx')).toBe('县级卫片执法图斑-演示.校核.xlsx');
    expect(annotatedFileName('导出.CSV')).toBe('导出.校核.xlsx');
    expect(annotatedFileName('a.b.xls')).toBe('a.b.校核.xlsx');
    expect(annotatedFileName('.xlsx')).toBe('表格.校核.xlsx');
  });
});
