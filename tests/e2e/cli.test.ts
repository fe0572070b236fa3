/**
 * The CLI end to end, as a reviewer uses it: real files on disk, the real bin in a child process.
 * Asserts exit codes, rule ids and rows — never wording — and that bad input gets one Chinese
 * line on stderr, no stack trace.
 */
import { mkdtempSync, readFileSync, truncateSync, writeFileSync, closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

let dir: string;

function writeSheet(name: string, rows: unknown[][], merges: XLSX.Range[] = []): string {
  const ws = XLSX.utils.aoa_to_sheet(rows);
  if (merges.length > 0) ws['!merges'] = merges;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '图斑');
  const path = join(dir, name);
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: name.endsWith('.xls') ? 'biff8' : 'xlsx' }) as Buffer);
  return path;
}

const HEADER = ['图斑编号', '行政区代码', '乡镇', '判定类型', '批准文号', '批准时间'];

interface JsonFinding {
  ruleId: string;
  severity: string;
  row: number;
  patchId: string | null;
  fields: string[];
  message: string;
  data: Record<string, unknown>;
}

function expectCleanFailure(r: { status: number | null; stdout: string; stderr: string }): void {
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/^tuban-lint：/u);
  expect(r.stderr).not.toMatch(/\n\s+at /u);
  expect(r.stdout).toBe('');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tuban-lint-cli-'));
});

describe('tuban-lint audit', () => {
  it('locates findings to the Excel row (title and header rows counted) and exits 1 on errors', () => {
    const file = writeSheet('rows.xlsx', [
      ['某县2023年卫片执法图斑核查情况表'],
      HEADER,
      ['130403SJBG2300001', '130403', '甲镇', '合法', '冀政土〔2023〕12号', '2023-05-06'],
      ['130403SJBG2300002', '130403', '乙镇', '合法', '冀政土〔2023〕13号', ''],
      [],
      ['130403SJBG2300001', '130403', '甲镇', '违法', '', ''],
    ], [{ s: { r: 0, c: 0 }, e: { r: 0, c: HEADER.length - 1 } }]);
    const r = runCli(['audit', file, '--format', 'json', '--as-of', '2024-06-30']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { summary: { rows: number; headerRows: { first: number; last: number } }; mapping: { column: string; field?: string }[]; findings: JsonFinding[] };
    expect(out.summary.rows).toBe(3);
    expect(out.summary.headerRows).toEqual({ first: 2, last: 2 });
    expect(out.mapping.find((m) => m.column === 'E')?.field).toBe('approvalNo');
    const at = (row: number): string[] => out.findings.filter((f) => f.row === row).map((f) => f.ruleId).sort();
    expect(at(3)).not.toContain('approval-date-required');
    expect(at(4)).toContain('approval-date-required');
    expect(at(6)).toContain('patch-id-duplicate');
    const dup = out.findings.find((f) => f.ruleId === 'patch-id-duplicate');
    expect(dup).toMatchObject({ row: 6, patchId: '130403SJBG2300001', severity: 'error', data: { firstRow: 3 } });
    expect(typeof dup?.message).toBe('string');
  });

  it('exits 0 when nothing is wrong, and prints a Chinese summary by default', () => {
    const file = writeSheet('clean.xlsx', [HEADER, ['130403SJBG2300001', '130403', '甲镇', '合法', '冀政土〔2023〕12号', '2023-05-06']]);
    const r = runCli(['audit', file, '--as-of', '2024-06-30', '--profile', 'national']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/数据行：1/u);
  });

  it('writes an annotated workbook with 问题数, 问题说明, 问题清单 and 汇总', () => {
    const file = writeSheet('annotate.xlsx', [HEADER, ['130403SJBG2300002', '130403', '乙镇', '合法', '冀政土〔2023〕13号', '']]);
    const out = join(dir, 'annotated.xlsx');
    const r = runCli(['audit', file, '--format', 'xlsx', '--out', out, '--as-of', '2024-06-30']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(out);
    const wb = XLSX.read(readFileSync(out));
    expect(wb.SheetNames).toEqual(['图斑', '问题清单', '汇总']);
    const main = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['图斑']!, { header: 1 });
    expect(main[0]?.slice(-2)).toEqual(['问题数', '问题说明']);
    expect(main[1]?.[HEADER.length]).toBeGreaterThan(0);
    expect(String(main[1]?.[HEADER.length + 1])).toContain('缺批准时间');
    const list = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets['问题清单']!);
    expect(list.some((row) => row['规则编号'] === 'approval-date-required' && row['行号'] === 2)).toBe(true);
  });

  it('keeps dates formatted as dates in the annotated copy', () => {
    const ws = XLSX.utils.aoa_to_sheet([HEADER, ['130403SJBG2300003', '130403', '甲镇', '合法', '冀政土〔2023〕13号', new Date(Date.UTC(2023, 4, 6))]], { cellDates: true });
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '图斑');
    const file = join(dir, 'dates.xlsx');
    writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const out = join(dir, 'dates.annotated.xlsx');
    expect(runCli(['audit', file, '--format', 'xlsx', '--out', out, '--as-of', '2024-06-30']).status).toBe(0);
    const cell = XLSX.read(readFileSync(out)).Sheets['图斑']?.['F2'];
    expect(cell?.v).toBe(45052);
    expect(cell?.w).not.toBe('45052');
  });

  it('annotates a GBK CSV export as an .xlsx', () => {
    // 图斑编号,批准文号,批准时间 / A1,川府土〔2023〕1号, — written in GBK by hand-picked code points.
    const gbk = (hex: string) => Buffer.from(hex.replace(/\s+/gu, ''), 'hex');
    const header = Buffer.concat([gbk('CDBC B0DF B1E0 BAC5'), Buffer.from(','), gbk('C5FA D7BC CEC4 BAC5'), Buffer.from(','), gbk('C5FA D7BC CAB1 BCE4'), Buffer.from('\r\n')]);
    const row = Buffer.from('A1,X[2023]1,\r\n');
    const file = join(dir, 'gbk.csv');
    writeFileSync(file, Buffer.concat([header, row]));
    const out = join(dir, 'gbk.annotated.xlsx');
    const r = runCli(['audit', file, '--format', 'xlsx', '--out', out, '--as-of', '2024-06-30']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const list = XLSX.utils.sheet_to_json<Record<string, unknown>>(XLSX.read(readFileSync(out)).Sheets['问题清单']!);
    expect(list.map((x) => x['规则编号']).sort()).toEqual(['approval-date-required', 'approval-no-format']);
  });

  it('reports rules it cannot run for lack of columns instead of passing them', () => {
    const file = writeSheet('narrow.xlsx', [['图斑编号', '判定类型'], ['130403SJBG2300001', '合法']]);
    const r = runCli(['audit', file, '--format', 'json', '--as-of', '2024-06-30']);
    const out = JSON.parse(r.stdout) as { summary: { notApplicable: { ruleId: string; reason: { kind: string; missing: string[] } }[] } };
    const photo = out.summary.notApplicable.find((n) => n.ruleId === 'photo-required-for-demolition');
    expect(photo?.reason.kind).toBe('missing-fields');
    expect(photo?.reason.missing).toContain('photoCount');
  });
});

describe('bad input gets one Chinese message and exit 2', () => {
  it('a file that does not exist', () => expectCleanFailure(runCli(['audit', join(dir, 'nope.xlsx')])));

  it('not a spreadsheet', () => {
    const file = join(dir, 'random.xlsx');
    writeFileSync(file, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]));
    expectCleanFailure(runCli(['audit', file]));
  });

  it('an empty file', () => {
    const file = join(dir, 'empty.xlsx');
    writeFileSync(file, '');
    expectCleanFailure(runCli(['audit', file]));
  });

  it('a password-protected workbook', () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(4096, 7));
    const file = join(dir, 'locked.xlsx');
    writeFileSync(file, XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
    const r = runCli(['audit', file]);
    expectCleanFailure(r);
    expect(r.stderr).toMatch(/密码|加密/u);
  });

  it('a sheet without a recognisable header', () => {
    const file = writeSheet('noheader.xlsx', [['甲', '乙', '丙'], [1, 2, 3]]);
    expectCleanFailure(runCli(['audit', file]));
  });

  it('a 200 MB file is refused before it is read', () => {
    const file = join(dir, 'huge.xlsx');
    closeSync(openSync(file, 'w'));
    truncateSync(file, 200 * 1024 * 1024);
    const r = runCli(['audit', file]);
    expectCleanFailure(r);
    expect(r.stderr).toMatch(/MB/u);
  });

  it.each([
    [['audit']],
    [['lint', 'x.xlsx']],
    [['audit', 'x.xlsx', '--format', 'pdf']],
    [['audit', 'x.xlsx', '--bogus']],
    [['audit', 'x.xlsx', '--as-of', '2024-02-30']],
    [['audit', 'x.xlsx', '--profile', 'atlantis']],
  ])('bad arguments %j', (args) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  });

  it('a profile file that breaks the schema names the path', () => {
    const profile = join(dir, 'bad-profile.json');
    writeFileSync(profile, JSON.stringify({ extends: 'national', id: 'mine', name: '测试', thresholds: { ruralRoadMaxWidthM: 'eight' } }));
    const file = writeSheet('p.xlsx', [HEADER, ['130403SJBG2300001', '130403', '甲镇', '合法', '冀政土〔2023〕12号', '2023-05-06']]);
    const r = runCli(['audit', file, '--profile', profile]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('thresholds.ruralRoadMaxWidthM');
  });
});
