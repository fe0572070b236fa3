import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readSheet, type SheetErrorCode } from './read-sheet';
import { bookBytes, gbkBytes, NATIONAL, utf8Bytes, workbookOf } from './testing/build';

function errorOf(bytes: Uint8Array, fileName = 'x.xlsx', maxBytes?: number): { code: SheetErrorCode; message: string; sheetName?: string } {
  const result = readSheet(bytes, fileName, { profile: NATIONAL, ...(maxBytes !== undefined ? { maxBytes } : {}) });
  if (result.ok) throw new Error(`expected an error, read ${result.sheet.dataRowCount} rows`);
  return result.error;
}

const GOOD = bookBytes({ rows: [['图斑编号', '监测面积'], ['A1', 1]] });

interface CfbEntry {
  content: Uint8Array;
  size: number;
}
interface CfbApi {
  utils: { cfb_new(): unknown; cfb_add(cfb: unknown, name: string, content: Uint8Array): void };
  read(data: Uint8Array, opts: { type: 'array' }): unknown;
  find(cfb: unknown, name: string): CfbEntry | null;
  write(cfb: unknown, opts: { type: 'array'; fileType?: 'zip' | 'cfb' }): ArrayLike<number>;
}
const CFB = XLSX.CFB as CfbApi;

function compoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(cfb, name, content);
  return new Uint8Array(CFB.write(cfb, { type: 'array' }));
}

function zipOf(files: Record<string, string>): Uint8Array {
  const zip = (CFB.utils.cfb_new as (opts: { fileType: 'zip' }) => unknown)({ fileType: 'zip' });
  for (const [name, text] of Object.entries(files)) CFB.utils.cfb_add(zip, name, new TextEncoder().encode(text));
  return new Uint8Array(CFB.write(zip, { type: 'array', fileType: 'zip' }));
}

/** An .xls whose workbook stream starts with a FilePass record (BIFF8 XOR obfuscation), as Excel writes a password-protected file. */
function passwordProtectedXls(): Uint8Array {
  const cfb = CFB.read(bookBytes({ rows: [['图斑编号', '监测面积'], ['A1', 1]] }, { bookType: 'biff8' }), { type: 'array' });
  const entry = CFB.find(cfb, 'Workbook');
  if (!entry) throw new Error('no Workbook stream');
  const content = entry.content;
  const afterBof = 4 + ((content[2] ?? 0) | ((content[3] ?? 0) << 8));
  const filePass = [0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x34, 0x12, 0x78, 0x56];
  const next = new Uint8Array(content.length + filePass.length);
  next.set(content.subarray(0, afterBof));
  next.set(filePass, afterBof);
  next.set(content.subarray(afterBof), afterBof + filePass.length);
  entry.content = next;
  entry.size = next.length;
  return new Uint8Array(CFB.write(cfb, { type: 'array' }));
}

describe('readSheet errors', () => {
  it('too-large: refuses before parsing', () => {
    const e = errorOf(GOOD, '大表.xlsx', 1024);
    expect(e.code).toBe('too-large');
    expect(e.message).toContain('大表.xlsx');
  });

  it('empty-file: zero bytes, or a text file of blanks', () => {
    expect(errorOf(new Uint8Array(0)).code).toBe('empty-file');
    expect(errorOf(utf8Bytes(' \r\n\r\n'), 'x.csv').code).toBe('empty-file');
    expect(errorOf(utf8Bytes(',,,\n,,,\n'), 'x.csv').code).toBe('empty-file');
  });

  it('not-a-spreadsheet: binary junk, a PDF, an image, a zip that is not a workbook, a Word file', () => {
    const junk = new Uint8Array(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
    expect(errorOf(junk).code).toBe('not-a-spreadsheet');
    const pdf = errorOf(utf8Bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'), '图斑.pdf');
    expect(pdf).toMatchObject({ code: 'not-a-spreadsheet' });
    expect(pdf.message).toContain('PDF');
    expect(errorOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])).code).toBe('not-a-spreadsheet');
    const zip = errorOf(zipOf({ '图斑.shp': 'x', 'readme.txt': 'hello' }), '矢量.zip');
    expect(zip.code).toBe('not-a-spreadsheet');
    expect(zip.message).toContain('解压');
    expect(errorOf(zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), 'x.docx').code).toBe('not-a-spreadsheet');
    expect(errorOf(zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }), 'x.ods').message).toContain('.ods');
    expect(errorOf(compoundFile({ WordDocument: new Uint8Array(600) }), 'x.doc').code).toBe('not-a-spreadsheet');
  });

  it('not-a-spreadsheet: text that is not a table (a web page without a table, a coordinate TXT, prose)', () => {
    const html = errorOf(utf8Bytes('<html><body><p>登录已过期，请重新登录</p></body></html>'), '导出.xls');
    expect(html.code).toBe('not-a-spreadsheet');
    expect(html.message).toContain('HTML');
    const txt = errorOf(gbkBytes('[属性描述]\n格式版本号=1.01版本\n[地块坐标]\n5,0.0765,1,某违法用地,面,,工业用地,,@\nJ1,1,3378988.976,35383243.971\n'), '坐标.txt');
    expect(txt.message).toContain('坐标');
    expect(errorOf(utf8Bytes('这是一段说明文字\n没有任何分隔符\n'), 'x.txt').code).toBe('not-a-spreadsheet');
    expect(errorOf(new Uint8Array([0xff, 0xfe, 0x3e, 0x56, 0x91, 0x65]), 'x.txt').message).toContain('UTF-16');
  });

  it('encrypted: an encrypted OOXML package (a compound file with EncryptionInfo) and a password-protected .xls', () => {
    const ooxml = compoundFile({ EncryptionInfo: new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]), EncryptedPackage: new Uint8Array(4096) });
    const e = errorOf(ooxml, '加密.xlsx');
    expect(e.code).toBe('encrypted');
    expect(e.message).toContain('密码');
    expect(errorOf(passwordProtectedXls(), '加密.xls').code).toBe('encrypted');
  });

  it('corrupt: a truncated .xlsx or .xls', () => {
    expect(errorOf(GOOD.subarray(0, Math.floor(GOOD.length / 2))).code).toBe('corrupt');
    expect(errorOf(GOOD.subarray(0, GOOD.length - 10)).code).toBe('corrupt');
    const xls = bookBytes({ rows: [['图斑编号', '监测面积'], ['A1', 1]] }, { bookType: 'biff8' });
    expect(errorOf(xls.subarray(0, 300), 'x.xls').code).toBe('corrupt');
  });

  it('no-sheet: a workbook whose sheets are all empty', () => {
    const bytes = new Uint8Array(XLSX.write(workbookOf([{ rows: [] }, { name: '空', rows: [[null]] }]), { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    expect(errorOf(bytes).code).toBe('no-sheet');
  });

  it('no-header: names the sheet and gives examples of the labels expected', () => {
    const e = errorOf(bookBytes({ name: '数据', rows: [['姓名', '年龄'], ['张三', 30]] }));
    expect(e.code).toBe('no-header');
    expect(e.sheetName).toBe('数据');
    expect(e.message).toContain('工作表“数据”');
    expect(e.message).toContain('图斑编号');
    expect(errorOf(utf8Bytes('a,b\n1,2\n'), '名单.csv').message).toContain('“名单.csv”');
    const two = errorOf(bookBytes([{ rows: [['a']] }, { rows: [['b']] }]), '两表.xlsx');
    expect(two.message).toContain('2 个工作表');
    expect(two.sheetName).toBeUndefined();
  });

  it('no-header: a header below the rows scanned is not found', () => {
    const rows: unknown[][] = [];
    for (let i = 0; i < 25; i++) rows.push([`说明 ${i}`]);
    rows.push(['图斑编号', '监测面积'], ['A1', 1]);
    expect(errorOf(bookBytes({ rows })).code).toBe('no-header');
  });

  it('no-rows: a header and nothing below but blanks and totals', () => {
    const e = errorOf(bookBytes({ name: '图斑', rows: [['XX县图斑表'], ['图斑编号', '监测面积'], [], ['合计', 0]] }));
    expect(e).toMatchObject({ code: 'no-rows', sheetName: '图斑' });
    expect(e.message).toContain('第 2 行');
    expect(errorOf(utf8Bytes('图斑编号,监测面积\n'), 'x.csv').code).toBe('no-rows');
    const band = errorOf(bookBytes({ rows: [['图斑编号', '拆除复耕', null], [null, '面积', '其中耕地']], merges: ['A1:A2', 'B1:C1'] }));
    expect(band.message).toContain('第 1–2 行');
  });

  it('every message is one zh-CN sentence', () => {
    const messages = [
      errorOf(GOOD, 'a.xlsx', 10).message,
      errorOf(new Uint8Array(0)).message,
      errorOf(utf8Bytes('%PDF-1.4')).message,
      errorOf(GOOD.subarray(0, 100)).message,
      errorOf(bookBytes({ rows: [['x', 'y']] })).message,
    ];
    for (const m of messages) {
      expect(m).toMatch(/[。）]$/u);
      expect(m.replace(/…）。$/u, '').split('。').filter((s) => s !== '').length).toBe(1);
    }
  });
});
