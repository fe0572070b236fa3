import { describe, expect, it } from 'vitest';
import { dateOf, textOf } from '../model/patch-record';
import { decodeText, sniffSeparator } from './decode-text';
import { allRows, gbkBytes, mappedFields, readOk, utf8Bytes } from './testing/build';

const CSV = ['XX县2023年卫片图斑核查表', '图斑编号,监测面积（亩）,判定类型,立案时间,备注', 'A001,12.50,违法,2023/5/6,"含逗号,的备注"', ',,,,', 'A002,3,合法,45000,', '合计,15.5,,,'].join('\r\n');

describe('readSheet: CSV encodings', () => {
  it('builds the GBK test bytes right (known sequence of 图斑编号)', () => {
    expect([...gbkBytes('图斑编号')]).toEqual([0xcd, 0xbc, 0xb0, 0xdf, 0xb1, 0xe0, 0xba, 0xc5]);
  });

  for (const [name, bytes, encoding] of [
    ['UTF-8 with BOM', utf8Bytes(CSV, true), 'utf-8'],
    ['UTF-8 without BOM', utf8Bytes(CSV), 'utf-8'],
    ['GBK', gbkBytes(CSV), 'gbk'],
  ] as const) {
    it(`reads ${name}`, () => {
      const sheet = readOk(bytes, '核查.csv');
      expect(sheet.fileKind).toBe('csv');
      expect(sheet.encoding).toBe(encoding);
      expect(sheet.titleText).toBe('XX县2023年卫片图斑核查表');
      expect(sheet.titleYear).toBe(2023);
      expect(sheet.headerRows).toEqual({ first: 2, last: 2 });
      expect(mappedFields(sheet)).toEqual({ patchId: 'A', 'areaMonitored@mu': 'B', verdict: 'C', caseDate: 'D', remark: 'E' });
      const rows = allRows(sheet);
      expect(rows.map((r) => r.excelRow)).toEqual([3, 5]);
      expect(sheet.skipped).toEqual({ blank: 1, total: 1, totalRows: [6], notes: 0, noteRows: [] });
      const [a1, a2] = rows.map((r) => r.record);
      expect(a1?.values.areaMonitored).toEqual({ kind: 'area', readings: [{ unit: 'mu', value: 12.5, decimals: 2 }], text: '12.50' });
      expect(a1 && textOf(a1, 'remark')).toBe('含逗号,的备注');
      expect(a1 && dateOf(a1, 'caseDate')).toBe('2023-05-06');
      expect(a2 && dateOf(a2, 'caseDate')).toBe('2023-03-15');
    });
  }

  it('decodes by content, not by name: a GBK file named .xlsx is still CSV', () => {
    expect(readOk(gbkBytes(CSV), '核查.xlsx').fileKind).toBe('csv');
  });

  it('tells UTF-8 from GBK by a strict decode', () => {
    expect(decodeText(utf8Bytes('图斑编号,监测面积'))).toMatchObject({ ok: true, encoding: 'utf-8' });
    expect(decodeText(gbkBytes('图斑编号,监测面积'))).toMatchObject({ ok: true, encoding: 'gbk', text: '图斑编号,监测面积' });
    expect(decodeText(utf8Bytes('图斑编号', true))).toMatchObject({ ok: true, encoding: 'utf-8', text: '图斑编号' });
  });
});

describe('readSheet: CSV separators and quoting', () => {
  it('reads tab- and semicolon-separated text', () => {
    const tab = readOk(utf8Bytes('图斑编号\t监测面积\t备注\nA1\t1,5\t有, 逗号\n'), 'x.txt');
    expect(mappedFields(tab)).toEqual({ patchId: 'A', areaMonitored: 'B', remark: 'C' });
    expect(textOf(allRows(tab)[0]?.record ?? { values: {}, present: new Set() }, 'remark')).toBe('有, 逗号');
    const semi = readOk(utf8Bytes('图斑编号;监测面积;备注\nA1;1;x\n'), 'x.csv');
    expect(mappedFields(semi)).toEqual({ patchId: 'A', areaMonitored: 'B', remark: 'C' });
  });

  it('honours an Excel sep= line and does not count it as a row', () => {
    const sheet = readOk(utf8Bytes('sep=;\n图斑编号;监测面积\nA1;1\n'), 'x.csv');
    expect(sheet.headerRows).toEqual({ first: 1, last: 1 });
    expect(allRows(sheet).map((r) => r.excelRow)).toEqual([2]);
  });

  it('reads a first header cell named ID as CSV (not SYLK)', () => {
    const sheet = readOk(utf8Bytes('ID,图斑编号,监测面积\n1,A1,2\n'), 'x.csv');
    expect(mappedFields(sheet)).toEqual({ patchId: 'B', areaMonitored: 'C' });
  });

  it('keeps quoted line breaks inside one row (Excel row numbers follow records)', () => {
    const sheet = readOk(utf8Bytes('图斑编号,备注,监测面积\nA1,"第一行\n第二行",1\nA2,x,2\n'), 'x.csv');
    const rows = allRows(sheet);
    expect(rows.map((r) => r.excelRow)).toEqual([2, 3]);
    expect(textOf(rows[0]?.record ?? { values: {}, present: new Set() }, 'remark')).toBe('第一行\n第二行');
  });

  it('keeps leading zeros and long codes as text', () => {
    const sheet = readOk(utf8Bytes('图斑编号,行政区代码,监测面积\n000123,370102001,1\n'), 'x.csv');
    const record = allRows(sheet)[0]?.record;
    expect(record && textOf(record, 'patchId')).toBe('000123');
    expect(record && textOf(record, 'regionCode')).toBe('370102001');
  });

  it('reads ="…" cells (text kept from Excel) as their text', () => {
    const sheet = readOk(utf8Bytes('图斑编号,行政区代码,监测面积\n="000123",="370102",1\n'), 'x.csv');
    const record = allRows(sheet)[0]?.record;
    expect(record && textOf(record, 'patchId')).toBe('000123');
    expect(record && textOf(record, 'regionCode')).toBe('370102');
  });

  it('reads a two-row CSV header (a merged header saved as CSV)', () => {
    const sheet = readOk(utf8Bytes('图斑编号,监测面积,拆除复耕,,备注\n,,面积,其中耕地,\nA1,10,2,1,x\n'), 'x.csv');
    expect(sheet.headerRows).toEqual({ first: 1, last: 2 });
    expect(mappedFields(sheet)).toEqual({ patchId: 'A', areaMonitored: 'B', reclaimedArea: 'C', reclaimedCultivated: 'D', remark: 'E' });
    expect(allRows(sheet).map((r) => r.excelRow)).toEqual([3]);
  });

  it('sniffs the separator outside quotes, preferring comma on ties', () => {
    expect(sniffSeparator('a;b;c\n"x,y";z;w')).toBe(';');
    expect(sniffSeparator('a,b\tc')).toBe(',');
    expect(sniffSeparator('abc')).toBeUndefined();
  });
});
