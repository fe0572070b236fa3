import { describe, expect, it } from 'vitest';
import { areaOf, textOf } from '../model/patch-record';
import { readSheet } from './read-sheet';
import { allRows, gbkBytes, NATIONAL } from './testing/build';

/** What many systems write when they "export to Excel": a web page with a table, saved as .xls. */
const PAGE = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>
<table border="1">
<tr><td colspan="5">某县2023年卫片执法图斑核查情况表</td></tr>
<tr><td rowspan="2">图斑编号</td><td rowspan="2">判定类型</td><td colspan="2">违法用地</td><td rowspan="2">批准文号</td></tr>
<tr><td>面积（亩）</td><td>其中耕地</td></tr>
<tr><td>130403SJBG2300001</td><td>违法</td><td>1.5</td><td>0.5</td><td></td></tr>
<tr><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>130403SJBG2300002</td><td>合法</td><td></td><td></td><td>冀政土〔2023〕12号</td></tr>
<tr><td>合计</td><td></td><td>1.5</td><td>0.5</td><td></td></tr>
</table></body></html>`;

describe('web-page tables saved as .xls', () => {
  it.each([
    ['GBK', gbkBytes(PAGE), 'gbk'],
    ['UTF-8', new TextEncoder().encode(PAGE.replace('gb2312', 'utf-8')), 'utf-8'],
  ] as const)('reads a %s page: title, merged group header, rows as numbered in the table', (_name, bytes, encoding) => {
    const r = readSheet(bytes, '导出.xls', { profile: NATIONAL });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const sheet = r.sheet;
    expect(sheet.fileKind).toBe('html');
    expect(sheet.encoding).toBe(encoding);
    expect(sheet.headerRows).toEqual({ first: 2, last: 3 });
    expect(sheet.mapping.map((m) => m.field)).toEqual(['patchId', 'verdict', 'violationArea', 'violationCultivated', 'approvalNo']);
    const rows = allRows(sheet);
    expect(rows.map((row) => row.excelRow)).toEqual([4, 6]);
    expect(sheet.skipped).toMatchObject({ blank: 1, total: 1, totalRows: [7] });
    const first = rows[0]?.record;
    expect(first && areaOf(first, 'violationArea', 'mu')).toBe(1.5);
    expect(first && textOf(first, 'verdict')).toBe('违法');
  });

  it('a page whose table has no recognisable header is refused as such', () => {
    const r = readSheet(new TextEncoder().encode('<html><body><table><tr><td>甲</td><td>乙</td></tr><tr><td>1</td><td>2</td></tr></table></body></html>'), 'x.xls', { profile: NATIONAL });
    expect(r.ok ? undefined : r.error.code).toBe('no-header');
  });
});
