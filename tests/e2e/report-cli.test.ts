/**
 * `tuban-lint report` end to end: a small county export written as a CSV with the platform's
 * headers (areas in 公顷), the real bin in a child process; figures compared with the hand count
 * of tests/report/report-fixtures.ts (SMALL_COUNTY), keys as documented in the README.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldDefinition, type FieldId } from '../../shared/model/field-dictionary';
import { SMALL_COUNTY } from '../report/report-fixtures';
import { runCli } from '../support/run-cli';

let dir: string;
let csv: string;

const AREA_HEADERS: Partial<Record<FieldId, string>> = { areaMonitored: '监测面积（公顷）', areaCultivated: '耕地面积（公顷）', areaFarmland: '永久基本农田面积（公顷）' };

function toCsv(rows: readonly Partial<Record<FieldId, unknown>>[]): string {
  const fields = [...new Set(rows.flatMap((r) => Object.keys(r) as FieldId[]))];
  const header = fields.map((f) => AREA_HEADERS[f] ?? fieldDefinition(f).labels[0] ?? f);
  const body = rows.map((r) => fields.map((f) => String(r[f] ?? '')).join(','));
  return `${['2023年第二季度卫片执法图斑', header.join(','), ...body].join('\r\n')}\r\n`;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tuban-lint-report-'));
  csv = join(dir, '县级图斑.csv');
  writeFileSync(csv, toCsv(SMALL_COUNTY));
});

type Json = Record<string, unknown> & { figures: Record<string, number | null>; missing: { key: string; reason: string }[] };

function get(json: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], json);
}

describe('tuban-lint report', () => {
  it('--format json: every figure under its dotted key, as counted by hand', () => {
    const r = runCli(['report', csv, '--period', '2023Q2', '--as-of', '2024-06-30', '--denominator-mu', '300', '--new-construction-mu', '1000', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as Json;
    const expected: Record<string, number> = {
      'land.issued.count': 6,
      'land.issued.areaHa': 4.4,
      'land.issued.areaMu': 66,
      'land.verified.count': 5,
      'land.verified.countPct': 83.33,
      'land.legal.count': 1,
      'land.illegal.count': 3,
      'land.other.count': 1,
      'land.illegal.areaHa': 3.4,
      'land.cases.total': 3,
      'land.cases.filed': 2,
      'land.cases.closed': 1,
      'land.cases.resolved': 1,
      'land.cases.resolvedAreaHa': 1,
      'land.ratios.illegalCultivatedPct': 9.5,
      'mineral.issued.count': 2,
      'mineral.illegal.count': 1,
      'total.issued.count': 8,
      'accountability.numeratorMu': 37.5,
      'accountability.denominatorMu': 300,
      'accountability.ratio': 0.125,
      'rates.county.fineCollectionPct': 80,
    };
    for (const [key, value] of Object.entries(expected)) expect(get(json, key), key).toBe(value);
    expect(get(json, 'accountability.withinScope')).toBe(false);
    expect(get(json, 'accountability.threshold')).toEqual({ ratio: 0.15, areaMu: 100 });
    expect(Array.isArray(get(json, 'accountability.deductions'))).toBe(true);
    expect(json.figures['land.issued.count']).toBe(6);
    expect(json.missing.map((m) => m.key)).toContain('mineral.cases.penalisedPct');
  });

  it('--format text: the filled template, no placeholder left where a figure exists', () => {
    const r = runCli(['report', csv, '--period', '2023Q2', '--as-of', '2024-06-30']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('4.4000公顷（66.00亩）');
    expect(r.stdout).toContain('83.33%');
  });

  it('--format xlsx: a workbook with the figures as numbers', () => {
    const out = join(dir, 'report.xlsx');
    const r = runCli(['report', csv, '--period', '2023Q2', '--as-of', '2024-06-30', '--format', 'xlsx', '--out', out]);
    expect(r.status).toBe(0);
    expect(existsSync(out)).toBe(true);
    const book = XLSX.read(readFileSync(out));
    expect(book.SheetNames).toEqual(['快报', '数字', '问责预警', '乡镇比率', '无法得出']);
    const rows = XLSX.utils.sheet_to_json<[string, string, number | string]>(book.Sheets['数字'] as XLSX.WorkSheet, { header: 1 });
    expect(rows.find((row) => row[0] === 'land.issued.count')?.slice(1)).toEqual(['土地下发图斑个数', 6]);
  });

  it.each([['2023Q5'], ['2023-13'], ['23Q1'], ['二〇二三']])('a bad period %s: exit 2, one Chinese sentence', (period) => {
    const r = runCli(['report', csv, '--period', period]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/统计期/u);
  });

  it('a bad denominator or level: exit 2', () => {
    expect(runCli(['report', csv, '--period', '2023', '--denominator-mu', '-3']).status).toBe(2);
    expect(runCli(['report', csv, '--period', '2023', '--level', 'province']).status).toBe(2);
  });
});
