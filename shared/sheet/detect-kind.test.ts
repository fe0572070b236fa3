import { describe, expect, it } from 'vitest';
import { columnLetter, excelNumber } from './cells';
import { classifyCfb, classifyZip, sniffBytes, zipEntryNames } from './detect-kind';
import { bookBytes } from './testing/build';

describe('file kinds from bytes', () => {
  it('sniffs magic numbers', () => {
    expect(sniffBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toEqual({ kind: 'zip' });
    expect(sniffBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual({ kind: 'cfb' });
    expect(sniffBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]))).toMatchObject({ kind: 'binary' });
    expect(sniffBytes(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toEqual({ kind: 'utf16' });
    expect(sniffBytes(new Uint8Array([0x41, 0x2c, 0x42]))).toEqual({ kind: 'text' });
  });

  it('lists the entries of an .xlsx from its central directory, and of a truncated one from local headers', () => {
    const bytes = bookBytes({ rows: [['图斑编号']] });
    const full = zipEntryNames(bytes);
    expect(full.complete).toBe(true);
    expect(full.names).toContain('xl/workbook.xml');
    expect(classifyZip(full.names)).toBe('xlsx');
    const cut = zipEntryNames(bytes.subarray(0, 2000));
    expect(cut.complete).toBe(false);
    expect(cut.names.length).toBeGreaterThan(0);
  });

  it('classifies archives and compound files by their entries', () => {
    expect(classifyZip(['[Content_Types].xml', 'word/document.xml'])).toBe('other-office');
    expect(classifyZip(['mimetype', 'content.xml'])).toBe('ods');
    expect(classifyZip(['a.shp', 'a.dbf'])).toBe('other');
    expect(classifyCfb(['Root Entry/', 'Root Entry/EncryptionInfo', 'Root Entry/EncryptedPackage'])).toBe('encrypted');
    expect(classifyCfb(['R/', 'R/Workbook'])).toBe('xls');
    expect(classifyCfb(['R/', 'R/WordDocument'])).toBe('other');
  });
});

describe('cells', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });

  it('shows numbers to 15 significant digits', () => {
    expect(excelNumber(0.1 + 0.2)).toBe(0.3);
    expect(excelNumber(1.2345000000000002)).toBe(1.2345);
    expect(excelNumber(45000)).toBe(45000);
  });
});
