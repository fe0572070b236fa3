import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Prng } from '../../tests/fixtures/prng';
import { geometryApi } from './geometry-api';
import { findOverlaps, packParcels, unpackParcels } from './overlap';
import { pairOverlap } from './polygon-overlap';

function square(e: number, n: number, side: number): Float64Array {
  return new Float64Array([e, n, e + side, n, e + side, n + side, e, n + side, e, n]);
}

describe('findOverlaps', () => {
  it('reports overlapping pairs once, in order, with their common area', () => {
    const parcels = [[square(0, 0, 10)], [square(100, 100, 10)], [square(5, 5, 10)], [square(8, 8, 10)]];
    expect(findOverlaps(parcels).map((p) => [p.a, p.b, Math.round(p.areaM2 * 1e6) / 1e6])).toEqual([
      [0, 2, 25],
      [0, 3, 4],
      [2, 3, 49],
    ]);
  });

  it('multi-part parcels overlap part by part, whatever the ring order: a hole is no overlap, an island in it is', () => {
    // Parcel 0: its hole written first, then its outer ring, then a far second part.
    const multi = [square(20, 20, 60), square(0, 0, 100), square(500, 0, 10)];
    const parcels = [
      multi,
      [square(30, 30, 10)], // inside parcel 0's hole: no overlap
      [square(505, 5, 10)], // over parcel 0's second part: 25 m²
      [square(90, 90, 20), square(0, 0, 5)], // two parts of its own: 100 m² over the outer ring, 25 m² over its corner
    ];
    expect(findOverlaps(parcels).map((p) => [p.a, p.b, Math.round(p.areaM2 * 1e6) / 1e6])).toEqual([
      [0, 2, 25],
      [0, 3, 125],
    ]);
  });

  it('ignores touching parcels, empty ones and slivers below the minimum', () => {
    // Parcel 4 overlaps parcel 0 by a 2 mm × 10 m sliver (0.02 m²).
    const parcels = [[square(0, 0, 10)], [square(10, 0, 10)], [], [new Float64Array(0)], [square(-9.998, 0, 10)]];
    expect(findOverlaps(parcels).map((p) => [p.a, p.b])).toEqual([[0, 4]]);
    expect(findOverlaps(parcels, { minAreaM2: 0.03 })).toEqual([]);
  });

  it('agrees with checking every pair (random sparse batches)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const rng = new Prng(seed);
        const parcels = Array.from({ length: 40 }, () => {
          const e = 35_500_000 + rng.next() * 300;
          const n = 3_400_000 + rng.next() * 300;
          const shell = square(e, n, 5 + rng.next() * 40);
          return rng.chance(0.3) ? [shell, square(e + 2, n + 2, 2)] : [shell];
        });
        const expected: [number, number][] = [];
        for (let i = 0; i < parcels.length; i += 1) {
          for (let j = i + 1; j < parcels.length; j += 1) {
            const area = pairOverlap(parcels[i] ?? [], parcels[j] ?? []);
            if (area !== undefined && area > 0.01) expected.push([i, j]);
          }
        }
        expect(findOverlaps(parcels).map((p) => [p.a, p.b])).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });
});

describe('packed parcels (for thread crossings)', () => {
  it('round-trip, holes and empty parcels included', () => {
    const parcels = [[square(0, 0, 10), square(2, 2, 1)], [], [square(5, 5, 1)]];
    const packed = packParcels(parcels);
    expect(packed.ringStarts).toEqual(new Uint32Array([0, 5, 10, 15]));
    expect(packed.parcelStarts).toEqual(new Uint32Array([0, 2, 2, 3]));
    expect(unpackParcels(packed)).toEqual(parcels);
  });

  it('malformed offsets give empty rings, never a throw', () => {
    fc.assert(
      fc.property(fc.uint32Array({ maxLength: 8 }), fc.uint32Array({ maxLength: 8 }), fc.float64Array({ maxLength: 20 }), (ringStarts, parcelStarts, coords) => {
        const parcels = unpackParcels({ coords, ringStarts, parcelStarts });
        expect(geometryApi.findOverlaps({ ids: [], parcels: packParcels(parcels) })).toBeInstanceOf(Array);
      }),
    );
  });

  it('geometryApi.findOverlaps names the parcels by their ids', () => {
    const parcels = packParcels([[square(0, 0, 10)], [square(5, 5, 10)]]);
    expect(geometryApi.findOverlaps({ ids: ['a.txt#1', 'b.txt#7'], parcels })).toEqual([{ a: 0, b: 1, aId: 'a.txt#1', bId: 'b.txt#7', areaM2: 25 }]);
  });
});
