import { strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCountyExport } from '../../tests/fixtures/county-export';
import { allRows, bookBytes, readOk, type Aoa } from './testing/build';
import { builtInProfile } from '../profiles/profiles';
import { readSheet } from './read-sheet';
import { readXlsxStream } from './read-xlsx-stream';
import type { SheetRead } from './sheet-read';

const NATIONAL = builtInProfile('national');

/** Everything a reader yields, after rows() has been iterated (a streamed sheet's counts are final then). */
function readingOf(sheet: SheetRead): unknown {
  const rows = allRows(sheet).map((r) => [r.excelRow, r.record.values]);
  return {
    rows,
    mapping: sheet.mapping,
    present: [...sheet.present].sort(),
    skipped: sheet.skipped,
    dataRowCount: sheet.dataRowCount,
    lastColumn: sheet.lastColumn,
    headerRows: sheet.headerRows,
    titleText: sheet.titleText,
    titleYear: sheet.titleYear,
    unitLine: sheet.unitLine,
    sheetName: sheet.sheetName,
  };
}

function expectSameReading(bytes: Uint8Array): SheetRead {
  const streamed = readOk(bytes, 'test.xlsx', { streaming: true });
  expect(streamed.streamDeclined).toBeUndefined();
  expect(streamed.workbook).toBeUndefined();
  expect(readingOf(streamed)).toEqual(readingOf(readOk(bytes, 'test.xlsx')));
  return streamed;
}

const HEADER = ['图斑编号', '乡镇', '判定类型', '监测面积（亩）', '批准文号', '批准时间'];

describe('readXlsxStream reads what the SheetJS path reads', () => {
  it('generated county exports: merged title, grouped two-row headers, units, totals and blank rows', () => {
    for (const [seed, columns] of [[1, 'full'], [2, 'wide40'], [3, 'full']] as const) {
      const { bytes } = generateCountyExport({ rows: 150, seed, defectRate: 0.3, columns });
      expectSameReading(bytes);
    }
  });

  it('a 乡镇 merged down over its patches shows on each row; notes, totals and a repeated header are skipped', () => {
    const rows: Aoa = [
      ['某县2023年卫片执法图斑核查情况表'],
      HEADER,
      ['130403SJBG2300001', '甲镇', '合法', 1.5, '冀政土〔2023〕12号', 45000],
      ['130403SJBG2300002', null, '违法', '2.25', '', ''],
      [],
      ['130403SJBG2300003', '乙镇', '合法', 3, '冀政土〔2023〕13号', '2023-05-06'],
      HEADER,
      ['合计', '', '', 6.75],
      ['填表人：张三'],
    ];
    const streamed = expectSameReading(bookBytes({ rows, merges: ['A1:F1', 'B3:B5'] }));
    // Row 5 is empty but the merge shows 甲镇 on it: a row with a value, as Excel shows it (both readers agree).
    expect(allRows(streamed).map((r) => r.excelRow)).toEqual([3, 4, 5, 6]);
  });

  it('any small sheet (property): same records, rows and counts', () => {
    const cell = fc.oneof(fc.constant(null), fc.constantFrom('甲镇', '合法', '违法', '是', '否', '合计', '  ', '2023/5/6', 'a&b<c>'), fc.integer({ min: -5, max: 50_000 }), fc.double({ min: -10, max: 1000, noNaN: true }), fc.boolean());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }), fc.boolean(), (body, title) => {
        const rows: Aoa = [...(title ? [['2023年图斑表']] : []), HEADER, ...body];
        const bytes = bookBytes({ rows });
        const streamed = readSheet(bytes, 'p.xlsx', { profile: NATIONAL, streaming: true });
        const sheetjs = readSheet(bytes, 'p.xlsx', { profile: NATIONAL });
        // A sheet without data rows is declined and SheetJS words the same error.
        if (!sheetjs.ok || !streamed.ok) expect(streamed).toEqual(sheetjs);
        else expect(readingOf(streamed.sheet)).toEqual(readingOf(sheetjs.sheet));
      }),
      { numRuns: 60 },
    );
  });
});

/** A package written by hand, to reach what SheetJS never writes. */
function handWritten(sheetXml: string, sharedStrings?: string): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8('<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="图斑" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>${sharedStrings ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : ''}</Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml),
  };
  if (sharedStrings) files['xl/sharedStrings.xml'] = strToU8(sharedStrings);
  return zipSync(files);
}

describe('readXlsxStream on XML that SheetJS does not write', () => {
  it('rows and cells without `r`, shared strings with rich text and phonetic runs, inline strings, merges after the rows', () => {
    const sst = '<sst><si><t>图斑编号</t></si><si><r><t>乡</t></r><r><t>镇</t></r><rPh><t>xiangzhen</t></rPh></si><si><t xml:space="preserve">判定类型</t></si><si><t>甲镇</t></si></sst>';
    const xml = [
      '<worksheet><dimension ref="A1:C4"/><sheetData>',
      '<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c></row>',
      '<row><c t="inlineStr"><is><t>130403SJBG2300001</t></is></c><c t="s"><v>3</v></c><c t="str"><v>合法</v></c></row>',
      '<row r="4"><c r="A4" t="str"><v>130403SJBG2300002</v></c><c r="C4" t="str"><v>违法 &amp; 拆除</v></c></row>',
      '<row r="5"><c r="A5" t="str"><v>130403SJBG2300003</v></c><c r="C5" t="str"><v>合法</v></c></row>',
      '</sheetData><mergeCells count="1"><mergeCell ref="B4:B5"/></mergeCells></worksheet>',
    ].join('');
    const sheet = readOk(handWritten(xml, sst), 'h.xlsx', { streaming: true });
    expect(sheet.streamDeclined).toBeUndefined();
    const rows = allRows(sheet);
    expect(rows.map((r) => r.excelRow)).toEqual([2, 4, 5]);
    expect(rows.map((r) => r.record.values.town)).toEqual([
      expect.objectContaining({ kind: 'text', text: '甲镇' }),
      undefined,
      undefined,
    ]);
    expect(rows[1]?.record.values.patchId).toEqual(expect.objectContaining({ text: '130403SJBG2300002' }));
  });

  it('declines a prefixed sheet (left to SheetJS), with its reason', () => {
    const xml = '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>图斑编号</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
    const r = readXlsxStream(handWritten(xml), { profile: NATIONAL });
    expect(r.ok ? 'read' : r.declined).toMatch(/prefixed/u);
  });
});
