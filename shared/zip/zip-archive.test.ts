import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zipBytes } from '../../tests/fixtures/geometry/build-shapefile';
import { isZip, readZipDirectory, readZipEntry, streamZipEntry, type ZipEntry } from './zip-archive';

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readZipDirectory / readZipEntry', () => {
  it('lists entries with GBK names (no UTF-8 flag) and UTF-8 names (flag set), and reads stored and deflated data', () => {
    for (const gbkNames of [true, false])
      for (const deflate of [true, false]) {
        const zip = zipBytes(
          [
            { name: '图斑一.shp', bytes: enc('one'.repeat(100)) },
            { name: '图斑二.shp', bytes: enc('two') },
            { name: 'empty.cpg', bytes: new Uint8Array(0) },
          ],
          { gbkNames, deflate },
        );
        expect(isZip(zip)).toBe(true);
        const directory = readZipDirectory(zip);
        expect(directory.ok).toBe(true);
        if (!directory.ok) continue;
        expect(directory.entries.map((e) => e.name)).toEqual(['图斑一.shp', '图斑二.shp', 'empty.cpg']);
        const texts = directory.entries.map((e) => {
          const r = readZipEntry(zip, e, 1 << 20);
          return r.ok ? new TextDecoder().decode(r.bytes) : r.reason;
        });
        expect(texts).toEqual(['one'.repeat(100), 'two', '']);
      }
  });

  it('an empty archive has no entries; a truncated one has no directory', () => {
    const empty = zipBytes([]);
    expect(isZip(empty)).toBe(true);
    expect(readZipDirectory(empty)).toEqual({ ok: true, entries: [] });
    expect(readZipDirectory(empty.subarray(0, 10))).toEqual({ ok: false, reason: 'truncated' });
  });

  it('an entry larger than the limit is refused before inflating', () => {
    const zip = zipBytes([{ name: 'a.shp', bytes: new Uint8Array(5000) }], { deflate: true });
    const directory = readZipDirectory(zip);
    const entry = directory.ok ? directory.entries[0] : undefined;
    expect(entry && readZipEntry(zip, entry, 1000)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('a bomb (an entry that inflates past its declared size) is corrupt, never grown', () => {
    const zip = zipBytes([{ name: 'a.shp', bytes: new Uint8Array(200_000) }], { deflate: true });
    const directory = readZipDirectory(zip);
    const entry = directory.ok ? directory.entries[0] : undefined;
    if (!entry) throw new Error('no entry');
    const lying: ZipEntry = { ...entry, size: 1000 };
    expect(readZipEntry(zip, lying, 1 << 20)).toEqual({ ok: false, reason: 'corrupt' });
    expect(() => [...streamZipEntry(zip, lying)]).toThrow(/corrupt/u);
  });

  it('streams an entry in chunks that join to the whole, CRC-checked', () => {
    const data = new Uint8Array(1_000_000).map((_, i) => (i * 7) % 253);
    for (const deflate of [true, false]) {
      const zip = zipBytes([{ name: 'sheet1.xml', bytes: data }], { deflate });
      const directory = readZipDirectory(zip);
      const entry = directory.ok ? directory.entries[0] : undefined;
      if (!entry) throw new Error('no entry');
      const chunks = [...streamZipEntry(zip, entry)];
      expect(Buffer.concat(chunks).equals(data)).toBe(true);
      expect(() => [...streamZipEntry(zip, { ...entry, crc: entry.crc ^ 1 })]).toThrow(/corrupt/u);
    }
  });

  it('never throws on damaged archives: every failure is a value (property)', () => {
    const sample = zipBytes([{ name: '图斑.txt', bytes: new TextEncoder().encode('J1,1,3312345.125,39512345.250\n'.repeat(50)) }], { deflate: true });
    fc.assert(
      fc.property(fc.nat(), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), (cut, edits) => {
        const bytes = sample.slice(0, cut % (sample.length + 1));
        for (const [at, v] of edits) if (bytes.length > 0) bytes[at % bytes.length] = v;
        const directory = readZipDirectory(bytes);
        if (!directory.ok) return;
        for (const entry of directory.entries) {
          const r = readZipEntry(bytes, entry, 1 << 20);
          if (r.ok) expect(r.bytes.length).toBe(entry.size);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
