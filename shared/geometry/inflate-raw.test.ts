import { constants, crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, inflateRaw } from './inflate-raw';

/** Bytes with structure (runs and back-references) so that deflate uses matches, not only literals. */
const dataArb = fc
  .tuple(fc.array(fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 300 }), fc.boolean()), { maxLength: 60 }), fc.integer({ min: 1, max: 256 }))
  .map(([chunks, alphabet]) => {
    const out: number[] = [];
    for (const [byte, length, copy] of chunks) {
      if (copy && out.length > 0) {
        const from = out.length - 1 - (byte % out.length);
        for (let k = 0; k < length; k++) out.push(out[from + (k % (out.length - from))] ?? 0);
      } else for (let k = 0; k < length; k++) out.push((byte + k * 31) % alphabet);
    }
    return new Uint8Array(out);
  });

const optionsArb = fc.record({
  level: fc.integer({ min: 0, max: 9 }),
  strategy: fc.constantFrom(constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED, constants.Z_HUFFMAN_ONLY, constants.Z_RLE, constants.Z_FILTERED),
});

describe('inflateRaw', () => {
  it('inverts zlib deflate at every level and strategy (stored, fixed and dynamic Huffman blocks)', () => {
    fc.assert(
      fc.property(fc.oneof(dataArb, fc.uint8Array({ maxLength: 5000 })), optionsArb, (data, options) => {
        const result = inflateRaw(new Uint8Array(deflateRawSync(data, options)), 1 << 24);
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.bytes).toEqual(data);
      }),
      { numRuns: 400 },
    );
  });

  it('inflates a stream larger than the first buffer guess (a wrong size hint)', () => {
    const data = new Uint8Array(300_000).map((_, i) => (i * i) % 251);
    const result = inflateRaw(new Uint8Array(deflateRawSync(data)), 1 << 24, 10);
    expect(result.ok && Buffer.from(result.bytes).equals(data)).toBe(true);
  });

  it('refuses to grow past maxBytes (a zip bomb)', () => {
    const bomb = new Uint8Array(deflateRawSync(new Uint8Array(20_000_000)));
    expect(bomb.length).toBeLessThan(30_000);
    expect(inflateRaw(bomb, 1_000_000)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('reports damaged streams and never throws on any input', () => {
    const sample = new Uint8Array(deflateRawSync(new TextEncoder().encode('J1,1,3312345.125,39512345.250\n'.repeat(50))));
    expect(inflateRaw(sample.subarray(0, sample.length - 3), 1 << 20)).toEqual({ ok: false, reason: 'corrupt' });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          fc.tuple(fc.nat(), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 })).map(([cut, edits]) => {
            const out = sample.slice(0, cut % (sample.length + 1));
            for (const [at, v] of edits) if (out.length > 0) out[at % out.length] = v;
            return out;
          }),
        ),
        (bytes) => {
          const result = inflateRaw(bytes, 1 << 20);
          if (result.ok) expect(result.bytes.length).toBeLessThanOrEqual(1 << 20);
          else expect(['corrupt', 'too-large']).toContain(result.reason);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('crc32 equals zlib', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        expect(crc32(bytes)).toBe(zlibCrc32(bytes));
      }),
      { numRuns: 200 },
    );
  });

  it('inflates coordinate-like data at a usable speed (≥ 20 MB/s even on a slow CI machine)', () => {
    const values = new Float64Array(500_000).map((_, i) => (i % 2 ? 39_500_000 : 3_300_000) + ((i * 7919) % 1_000_000) / 1000);
    const data = new Uint8Array(values.buffer);
    const packed = new Uint8Array(deflateRawSync(data));
    const start = performance.now();
    const result = inflateRaw(packed, 1 << 26, data.length);
    const seconds = (performance.now() - start) / 1000;
    expect(result.ok && result.bytes.length).toBe(data.length);
    expect(data.length / 1e6 / seconds).toBeGreaterThan(20);
  });
});
