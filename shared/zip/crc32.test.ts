import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';

describe('crc32', () => {
  it('equals zlib, whole and in chunks', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.nat(), (bytes, cut) => {
        expect(crc32(bytes)).toBe(zlibCrc32(bytes));
        const at = cut % (bytes.length + 1);
        expect(crc32.finish(crc32.update(crc32.update(crc32.start(), bytes.subarray(0, at)), bytes.subarray(at)))).toBe(zlibCrc32(bytes));
      }),
      { numRuns: 200 },
    );
  });
});
