import { describe, expect, it } from 'vitest';
import { zipBytes } from '../../tests/fixtures/geometry/build-shapefile';
import { isZip, readZipDirectory, readZipEntry } from './read-zip';

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
});
