import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dbfBytes, type DbfField } from '../../tests/fixtures/geometry/build-shapefile';
import { encodingOfCpg, readDbf } from './read-dbf';

const FIELDS: DbfField[] = [
  { name: '地块编号', type: 'C', length: 10 },
  { name: 'MJ', type: 'N', length: 10, decimals: 4 },
];

describe('readDbf', () => {
  it('keeps values as filed (numbers with their decimals), trims padding, keeps deleted records in place', () => {
    const bytes = dbfBytes(
      FIELDS,
      [
        ['DK-01', '0.0800'],
        ['DK-02', '12'],
        ['', ''],
      ],
      { encoding: 'gbk', deleted: [1] },
    );
    const read = readDbf(bytes, '936');
    expect(read.ok && read.table).toEqual({
      fieldNames: ['地块编号', 'MJ'],
      records: [
        { 地块编号: 'DK-01', MJ: '0.0800' },
        { 地块编号: 'DK-02', MJ: '12' },
        { 地块编号: '', MJ: '' },
      ],
      encoding: 'gbk',
      declaredRecords: 3,
    });
  });

  it('does not trust the record count: an absurd count reads what is there', () => {
    const bytes = dbfBytes(FIELDS, [['A', '1']], { encoding: 'gbk' });
    new DataView(bytes.buffer).setUint32(4, 0xffffffff, true);
    const read = readDbf(bytes);
    expect(read.ok && [read.table.records.length, read.table.declaredRecords]).toEqual([1, 0xffffffff]);
  });

  it('follows the header length (a header with extra bytes after the field list)', () => {
    const plain = dbfBytes(FIELDS, [['DK-09', '5.5']], { encoding: 'gbk' });
    const headerLength = new DataView(plain.buffer).getUint16(8, true);
    const padded = new Uint8Array(plain.length + 263);
    padded.set(plain.subarray(0, headerLength));
    padded.set(plain.subarray(headerLength), headerLength + 263);
    new DataView(padded.buffer).setUint16(8, headerLength + 263, true);
    const read = readDbf(padded);
    expect(read.ok && read.table.records).toEqual([{ 地块编号: 'DK-09', MJ: '5.5' }]);
  });

  it('refuses a header that cannot be one', () => {
    expect(readDbf(new Uint8Array(20))).toEqual({ ok: false, reason: 'header' });
    const bytes = dbfBytes(FIELDS, [], { encoding: 'gbk' });
    new DataView(bytes.buffer).setUint16(8, 60_000, true);
    expect(readDbf(bytes)).toEqual({ ok: false, reason: 'header' });
  });

  it('maps .cpg code pages to decoder labels', () => {
    expect(['UTF-8', 'utf8', '65001'].map(encodingOfCpg)).toEqual(['utf-8', 'utf-8', 'utf-8']);
    expect(['936', 'ANSI 936', 'CP936', 'GBK', 'GB2312', 'GB18030'].map(encodingOfCpg)).toEqual(Array(6).fill('gbk'));
    expect(encodingOfCpg('950')).toBe('big5');
    expect(encodingOfCpg('1252')).toBe('windows-1252');
    expect(['', 'SYSTEM', 'ANSI', 'no-such-code-page'].map(encodingOfCpg)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('never throws on random or damaged tables', () => {
    const sample = dbfBytes(
      FIELDS,
      [
        ['DK-01', '0.0800'],
        ['DK-02', '12'],
      ],
      { encoding: 'gbk' },
    );
    const damaged = fc.tuple(fc.integer({ min: 0, max: sample.length }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 })).map(([cut, edits]) => {
      const out = sample.slice(0, cut);
      for (const [at, v] of edits) if (out.length > 0) out[at % out.length] = v;
      return out;
    });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 600 }), damaged), fc.option(fc.string({ maxLength: 12 }), { nil: undefined }), (bytes, cpg) => {
        const read = readDbf(bytes, cpg);
        if (read.ok) for (const record of read.table.records) expect(Object.keys(record).length).toBeLessThanOrEqual(read.table.fieldNames.length);
      }),
      { numRuns: 500 },
    );
  });
});
