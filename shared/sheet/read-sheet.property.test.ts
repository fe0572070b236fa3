import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnLetter } from './cells';
import { readSheet, type ReadSheetResult, type SheetErrorCode } from './read-sheet';
import { bookBytes, gbkBytes, NATIONAL, utf8Bytes } from './testing/build';

const CODES: readonly SheetErrorCode[] = ['too-large', 'empty-file', 'not-a-spreadsheet', 'encrypted', 'corrupt', 'no-sheet', 'no-header', 'no-rows'];

/** readSheet must return, never throw, and a successful read must iterate without throwing. */
function checkTotal(bytes: Uint8Array, fileName: string): ReadSheetResult {
  const result = readSheet(bytes, fileName, { profile: NATIONAL, maxBytes: 1024 * 1024 });
  if (result.ok) {
    let n = 0;
    for (const row of result.sheet.rows()) {
      expect(row.excelRow).toBeGreaterThan(result.sheet.headerRows.last);
      n++;
    }
    expect(n).toBe(result.sheet.dataRowCount);
  } else {
    expect(CODES).toContain(result.error.code);
    expect(result.error.message.length).toBeGreaterThan(5);
  }
  return result;
}

const SAMPLE_ROWS = [
  ['XX县2023年卫片执法图斑核查情况表'],
  ['图斑编号', '监测面积', '拆除复耕', null, '立案时间', '是否立案'],
  [null, null, '面积', '其中耕地', null, null],
  ['A1', '12.5', 1, 0.5, 45000, '是'],
  ['A2', 3, null, null, '2023/5/6', '否'],
  ['合计', 15.5, 1, 0.5, null, null],
];
const SAMPLE_MERGES = ['A1:F1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:E3', 'F2:F3'];
const XLSX_BYTES = bookBytes({ rows: SAMPLE_ROWS, merges: SAMPLE_MERGES });
const XLS_BYTES = bookBytes({ rows: SAMPLE_ROWS, merges: SAMPLE_MERGES }, { bookType: 'biff8' });
const CSV_TEXT = SAMPLE_ROWS.map((r) => r.map((v) => (v === null ? '' : String(v))).join(',')).join('\r\n');
const CSV_UTF8 = utf8Bytes(CSV_TEXT, true);
const CSV_GBK = gbkBytes(CSV_TEXT);

function mutate(bytes: Uint8Array, cut: number, edits: readonly (readonly [number, number])[]): Uint8Array {
  const out = bytes.slice(0, Math.max(0, Math.min(bytes.length, cut)));
  for (const [at, value] of edits) if (out.length > 0) out[at % out.length] = value;
  return out;
}

describe('readSheet never throws', () => {
  it('on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        checkTotal(bytes, 'random.bin');
      }),
      { numRuns: 300 },
    );
  });

  it('on random bytes behind each magic number', () => {
    const magics = [[0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0x25, 0x50, 0x44, 0x46], [0x3c], [0x09, 0x08]];
    fc.assert(
      fc.property(fc.constantFrom(...magics), fc.uint8Array({ maxLength: 2048 }), (magic, tail) => {
        const bytes = new Uint8Array(magic.length + tail.length);
        bytes.set(magic);
        bytes.set(tail, magic.length);
        checkTotal(bytes, 'x.xlsx');
      }),
      { numRuns: 300 },
    );
  });

  for (const [name, sample] of [
    ['xlsx', XLSX_BYTES],
    ['xls', XLS_BYTES],
    ['csv (UTF-8)', CSV_UTF8],
    ['csv (GBK)', CSV_GBK],
  ] as const) {
    it(`on truncated and mutated ${name}`, () => {
      expect(checkTotal(sample, `sample.${name}`).ok).toBe(true);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: sample.length }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), (cut, edits) => {
          checkTotal(mutate(sample, cut, edits), `sample.${name}`);
        }),
        { numRuns: name === 'xlsx' ? 150 : 200 },
      );
    });
  }

  it('on random CSV-like text', () => {
    const cell = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('图斑编号', '监测面积', '合计', '其中耕地', '拆除复耕', '"', '""', '12.5', '2023/5/6', ''));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }), fc.constantFrom(',', '\t', ';'), fc.boolean(), (rows, sep, gbk) => {
        const text = rows.map((r) => r.join(sep)).join('\n');
        let bytes: Uint8Array;
        try {
          bytes = gbk ? gbkBytes(text) : utf8Bytes(text);
        } catch {
          bytes = utf8Bytes(text); // a character without a GBK code
        }
        checkTotal(bytes, 'x.csv');
      }),
      { numRuns: 300 },
    );
  });
});

/** A header block: one label merged over both header rows, or a group merged over its sub-headers. */
interface Block {
  readonly top: string;
  readonly subs: readonly string[];
}

const SINGLE_BLOCKS: readonly Block[] = [
  '图斑编号',
  '监测面积（亩）',
  '乡镇',
  '判定类型',
  '*是否立案',
  '违法类型一级',
  '违法类型二级',
  '立案时间',
  '其中耕地',
  '备注',
  '审核历史',
  '罚款（元）',
].map((top) => ({ top, subs: [] }));

const GROUP_BLOCKS: readonly Block[] = [
  { top: '拆除复耕', subs: ['面积', '其中耕地'] },
  { top: '违法用地', subs: ['面积（公顷）', '其中耕地', '其中永久基本农田'] },
  { top: '监测面积', subs: ['公顷', '亩'] },
  { top: '核查情况', subs: ['整改措施', '是否整改到位'] },
];

function sheetOf(blocks: readonly Block[], title: boolean): { bytes: Uint8Array; columnsOf: string[] } {
  const offset = title ? 1 : 0;
  const top: (string | null)[] = [];
  const sub: (string | null)[] = [];
  const merges: string[] = [];
  const columnsOf: string[] = [];
  for (const block of blocks) {
    const c = top.length;
    if (block.subs.length === 0) {
      top.push(block.top);
      sub.push(null);
      merges.push(`${columnLetter(c)}${offset + 1}:${columnLetter(c)}${offset + 2}`);
      columnsOf.push(block.top);
    } else {
      block.subs.forEach((s, i) => {
        top.push(i === 0 ? block.top : null);
        sub.push(s);
        columnsOf.push(`${block.top} / ${s}`);
      });
      merges.push(`${columnLetter(c)}${offset + 1}:${columnLetter(c + block.subs.length - 1)}${offset + 1}`);
    }
  }
  const data = top.map((_, i) => (i % 2 === 0 ? `v${i}` : i));
  const rows = [...(title ? [['XX县2023年图斑核查表']] : []), top, sub, data];
  if (title) merges.push(`A1:${columnLetter(top.length - 1)}1`);
  return { bytes: bookBytes({ rows, merges }), columnsOf };
}

describe('header mapping does not depend on column order', () => {
  it('maps every column of a permuted header as in the canonical order', () => {
    const canonical = sheetOf([...SINGLE_BLOCKS, ...GROUP_BLOCKS], true);
    const result = readSheet(canonical.bytes, 'c.xlsx', { profile: NATIONAL });
    if (!result.ok) throw new Error(result.error.message);
    const expected = new Map(result.sheet.mapping.map((m, i) => [canonical.columnsOf[i], `${m.field ?? '-'}|${m.level ?? ''}|${m.unit ?? ''}|${m.status}`]));
    expect(expected.get('拆除复耕 / 面积')).toBe('reclaimedArea|||mapped');
    expect(expected.get('监测面积 / 公顷')).toBe('areaMonitored||ha|mapped');
    expect(expected.get('监测面积（亩）')).toBe('areaMonitored||mu|mapped');
    expect(expected.get('监测面积 / 亩')).toBe('areaMonitored||mu|duplicate');

    const blocks = fc.shuffledSubarray([...SINGLE_BLOCKS, ...GROUP_BLOCKS], { minLength: 3 }).filter((bs) => bs.filter((b) => b.subs.length === 0 && b.top !== '审核历史').length >= 2);
    fc.assert(
      fc.property(blocks, fc.boolean(), (chosen, title) => {
        const permuted = sheetOf(chosen, title);
        const read = readSheet(permuted.bytes, 'p.xlsx', { profile: NATIONAL });
        if (!read.ok) throw new Error(read.error.message);
        expect(read.sheet.headerRows).toEqual(title ? { first: 2, last: 3 } : { first: 1, last: 2 });
        read.sheet.mapping.forEach((m, i) => {
          const key = permuted.columnsOf[i] ?? '';
          const got = `${m.field ?? '-'}|${m.level ?? ''}|${m.unit ?? ''}`;
          // Which of two same-unit columns is the duplicate depends on the order; the field does not.
          expect(got).toBe((expected.get(key) ?? '').split('|').slice(0, 3).join('|'));
          expect(m.header).toBe(key);
        });
      }),
      { numRuns: 150 },
    );
  });
});
