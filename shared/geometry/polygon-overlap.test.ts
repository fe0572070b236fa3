import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Prng } from '../../tests/fixtures/prng';
import { jstsIntersectionArea, jstsIntersects, jstsValidity } from '../../tests/support/jsts-reference';
import { overlapAreaM2, pairOverlap, polygonsIntersect } from './polygon-overlap';

/** A closed ring from [x, y] pairs. */
function ring(points: readonly (readonly [number, number])[], close = true): Float64Array {
  const all = close ? [...points, points[0] ?? [0, 0]] : points;
  return new Float64Array(all.flatMap(([x, y]) => [x, y]));
}

function rect(x0: number, y0: number, x1: number, y1: number): Float64Array {
  return ring([
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ]);
}

function shifted(rings: readonly Float64Array[], dx: number, dy: number): Float64Array[] {
  return rings.map((r) => r.map((v, i) => (i % 2 === 0 ? v + dx : v + dy)));
}

/** A random star-shaped (generally concave, always simple) polygon, optionally with a star-shaped hole around its centre. */
function star(rng: Prng, cx: number, cy: number, size: number, withHole: boolean): Float64Array[] {
  const n = rng.int(3, 24);
  const angles = Array.from({ length: n }, () => rng.next() * 2 * Math.PI).sort((a, b) => a - b);
  if (new Set(angles).size < 3) angles.splice(0, angles.length, 0, 2, 4);
  const minR = size * 0.4;
  const at = (a: number, r: number): [number, number] => [Math.round((cx + Math.cos(a) * r) * 1000) / 1000, Math.round((cy + Math.sin(a) * r) * 1000) / 1000];
  const shell = ring(angles.map((a) => at(a, minR + rng.next() * size * 0.6)));
  if (!withHole) return [shell];
  const m = rng.int(3, 8);
  const holeAngles = Array.from({ length: m }, (_, k) => (2 * Math.PI * k) / m + rng.next() * 0.3);
  const hole = ring(holeAngles.map((a) => at(a, minR * (0.3 + rng.next() * 0.5))));
  return [shell, hole];
}

describe('polygonsIntersect / overlapAreaM2', () => {
  const a = [rect(0, 0, 10, 10)];

  it('overlapping squares', () => {
    expect(polygonsIntersect(a, [rect(5, 5, 15, 15)])).toBe(true);
    expect(overlapAreaM2(a, [rect(5, 5, 15, 15)])).toBeCloseTo(25, 9);
  });

  it('apart', () => {
    expect(polygonsIntersect(a, [rect(11, 0, 20, 10)])).toBe(false);
    expect(pairOverlap(a, [rect(11, 0, 20, 10)])).toBeUndefined();
  });

  it('adjacent parcels sharing an edge touch without overlapping', () => {
    expect(polygonsIntersect(a, [rect(10, 0, 20, 10)])).toBe(true);
    expect(pairOverlap(a, [rect(10, 0, 20, 10)])).toBe(0);
    expect(pairOverlap(a, [rect(10, 3, 20, 7)])).toBe(0);
  });

  it('touching at one corner', () => {
    expect(pairOverlap(a, [rect(10, 10, 20, 20)])).toBe(0);
  });

  it('shared partial edges running the same way count once', () => {
    expect(overlapAreaM2(a, [rect(5, 0, 15, 10)])).toBeCloseTo(50, 9);
    expect(overlapAreaM2(a, [rect(0, 0, 10, 4)])).toBeCloseTo(40, 9);
  });

  it('identical polygons overlap fully, whatever their orientation or closure', () => {
    expect(overlapAreaM2(a, a)).toBeCloseTo(100, 9);
    const clockwise = [
      ring(
        [
          [0, 0],
          [0, 10],
          [10, 10],
          [10, 0],
        ],
        false,
      ),
    ];
    expect(overlapAreaM2(a, clockwise)).toBeCloseTo(100, 9);
  });

  it('a polygon inside another', () => {
    expect(overlapAreaM2(a, [rect(2, 2, 4, 4)])).toBeCloseTo(4, 9);
    expect(overlapAreaM2([rect(2, 2, 4, 4)], a)).toBeCloseTo(4, 9);
  });

  it('holes: inside a hole is apart; across a hole only the solid part counts', () => {
    const withHole = [rect(0, 0, 10, 10), rect(3, 3, 7, 7)];
    expect(polygonsIntersect(withHole, [rect(4, 4, 6, 6)])).toBe(false);
    expect(overlapAreaM2(withHole, [rect(2, 2, 8, 8)])).toBeCloseTo(36 - 16, 9);
    expect(overlapAreaM2(withHole, [rect(3, 3, 7, 7)])).toBe(0);
  });

  it('a concave U with a parcel in its notch', () => {
    const u = [
      ring([
        [0, 0],
        [9, 0],
        [9, 9],
        [6, 9],
        [6, 3],
        [3, 3],
        [3, 9],
        [0, 9],
      ]),
    ];
    expect(polygonsIntersect(u, [rect(3.5, 4, 5.5, 8)])).toBe(false);
    expect(overlapAreaM2(u, [rect(2, 4, 7, 5)])).toBeCloseTo(2, 9);
  });

  it('gives the same areas at Gauss-Krüger magnitudes', () => {
    const b = [rect(5.123, 5.456, 15.789, 15.012)];
    const small = overlapAreaM2(a, b);
    const big = overlapAreaM2(shifted(a, 35_383_243.971, 3_378_988.976), shifted(b, 35_383_243.971, 3_378_988.976));
    expect(big).toBeCloseTo(small, 6);
  });

  it('never throws on degenerate input', () => {
    expect(pairOverlap([new Float64Array(0)], a)).toBeUndefined();
    expect(pairOverlap([new Float64Array([1, 1, 1, 1, 1, 1])], a)).toBeUndefined();
    expect(pairOverlap([new Float64Array([Number.NaN, 0, 1, 1, 2, 0])], a)).toBeUndefined();
    expect(pairOverlap([], a)).toBeUndefined();
  });
});

describe('against JTS overlay (jsts)', () => {
  it('random concave polygons with holes: same intersection verdict and area', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.boolean(), fc.boolean(), (seed, holeA, holeB) => {
        const rng = new Prng(seed);
        const pa = star(rng, 0, 0, 100, holeA);
        const pb = star(rng, rng.next() * 200 - 100, rng.next() * 200 - 100, 20 + rng.next() * 100, holeB);
        // Overlap areas are defined for valid polygons (a star whose angles leave a gap over 180° may not be one).
        if (!jstsValidity(pa).valid || !jstsValidity(pb).valid) return;
        const expected = jstsIntersectionArea(pa, pb);
        if (expected === undefined) return;
        const area = overlapAreaM2(pa, pb);
        expect(Math.abs(area - expected)).toBeLessThan(1e-6 * Math.max(1, expected));
        expect(Math.abs(overlapAreaM2(pb, pa) - area)).toBeLessThan(1e-6 * Math.max(1, area));
        expect(polygonsIntersect(pa, pb)).toBe(jstsIntersects(pa, pb));
      }),
      { numRuns: 400 },
    );
  });

  it('rectangles on an integer grid (shared and collinear edges everywhere)', () => {
    const box = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }));
    fc.assert(
      fc.property(box, box, fc.option(box, { nil: undefined }), ([x, y, w, h], [u, v, s, t], hole) => {
        const pa = [rect(x, y, x + w, y + h)];
        // A hole strictly inside b's shell, when it fits.
        const pb = [rect(u, v, u + s + 2, v + t + 2)];
        if (hole) {
          const [hx, hy] = hole;
          const hx0 = u + 1 + (hx % Math.max(1, s));
          const hy0 = v + 1 + (hy % Math.max(1, t));
          if (hx0 + 0.5 < u + s + 2 && hy0 + 0.5 < v + t + 2) pb.push(rect(hx0, hy0, Math.min(hx0 + 1, u + s + 1), Math.min(hy0 + 1, v + t + 1)));
        }
        const expected = jstsIntersectionArea(pa, pb);
        if (expected === undefined) return;
        expect(overlapAreaM2(pa, pb)).toBeCloseTo(expected, 9);
        expect(overlapAreaM2(pb, pa)).toBeCloseTo(expected, 9);
        expect(polygonsIntersect(pa, pb)).toBe(jstsIntersects(pa, pb));
      }),
      { numRuns: 400 },
    );
  });

  it('parcels cut from one another along a shared, many-vertex boundary', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const rng = new Prng(seed);
        // A zig-zag boundary x = f(y) splits a rectangle into a west and an east parcel.
        const cut: [number, number][] = [];
        for (let y = 0; y <= 100; y += 10) cut.push([Math.round((50 + (rng.next() - 0.5) * 40) * 1000) / 1000, y]);
        const west = [ring([[0, 0], ...cut, [0, 100]])];
        const east = [ring([[100, 0], [100, 100], ...[...cut].reverse()])];
        expect(pairOverlap(west, east)).toBe(0);
        const westShifted = shifted(west, 35_500_000, 3_400_000);
        const eastShifted = shifted(east, 35_500_000, 3_400_000);
        expect(pairOverlap(westShifted, eastShifted)).toBeLessThan(1e-6);
      }),
      { numRuns: 100 },
    );
  });
});
