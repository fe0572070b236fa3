import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orient2d, orient2dExact } from './orientation';

/** A double as an exact rational m · 2^e with integer m (BigInt), by reading its bits. */
function toExact(value: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n === 1n ? -1n : 1n;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  if (biased === 0) return { mantissa: sign * fraction, exponent: -1074 };
  return { mantissa: sign * (fraction | (1n << 52n)), exponent: biased - 1075 };
}

/** The determinant's sign in exact rational arithmetic: every value scaled to the least exponent. */
function exactSign(values: readonly number[]): number {
  const parts = values.map(toExact);
  const least = Math.min(...parts.map((p) => p.exponent));
  const [ax, ay, bx, by, cx, cy] = parts.map((p) => p.mantissa << BigInt(p.exponent - least));
  if (ax === undefined || ay === undefined || bx === undefined || by === undefined || cx === undefined || cy === undefined) throw new Error('six values');
  const det = (ax - cx) * (by - cy) - (ay - cy) * (bx - cx);
  return det > 0n ? 1 : det < 0n ? -1 : 0;
}

// Products must not underflow (orientation.ts): magnitudes below 1e-100 become 0 — no filed coordinate is that small.
const coordinate = fc.oneof(
  fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((v) => (Math.abs(v) < 1e-100 ? 0 : v)),
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom(35_383_243.971, 3_378_988.976, 0.1, 0.3, 1e-90),
);

describe('orient2d', () => {
  it('has the sign of the exact determinant on random points', () => {
    fc.assert(
      fc.property(fc.array(coordinate, { minLength: 6, maxLength: 6 }), (v) => {
        const [ax = 0, ay = 0, bx = 0, by = 0, cx = 0, cy = 0] = v;
        return Math.sign(orient2d(ax, ay, bx, by, cx, cy)) === exactSign(v) && Math.sign(orient2dExact(ax, ay, bx, by, cx, cy)) === exactSign(v);
      }),
      { numRuns: 5000 },
    );
  });

  it('has the exact sign for points next to a line through 8-digit eastings', () => {
    // c is a on-line point nudged by a few ulps: the naive determinant rounds to the wrong sign or 0.
    fc.assert(
      fc.property(
        fc.double({ min: 35_000_000, max: 36_000_000, noNaN: true }),
        fc.double({ min: 3_000_000, max: 4_000_000, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.integer({ min: -3, max: 3 }),
        (ax, ay, dx, dy, t, ulps) => {
          const bx = ax + dx;
          const by = ay + dy;
          let cx = ax + t * dx;
          const cy = ay + t * dy;
          for (let i = 0; i < Math.abs(ulps); i++) cx = ulps > 0 ? cx + Number.EPSILON * Math.abs(cx) : cx - Number.EPSILON * Math.abs(cx);
          return Math.sign(orient2d(ax, ay, bx, by, cx, cy)) === exactSign([ax, ay, bx, by, cx, cy]);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('is 0 on exactly collinear points and antisymmetric', () => {
    expect(orient2d(0, 0, 1, 1, 2, 2)).toBe(0);
    expect(orient2d(35_383_243.5, 3_378_988.25, 35_383_245.5, 3_378_990.25, 35_383_249.5, 3_378_994.25)).toBe(0);
    expect(Math.sign(orient2d(0, 0, 1, 0, 0, 1))).toBe(1);
    expect(Math.sign(orient2d(0, 0, 0, 1, 1, 0))).toBe(-1);
    // 0.1 + 0.2 ≠ 0.3 in doubles: (0.1, 0.2, 0.3) is not on the line x + y = 0.3 … exactly.
    expect(Math.sign(orient2d(0, 0.3, 0.3, 0, 0.1, 0.2))).toBe(exactSign([0, 0.3, 0.3, 0, 0.1, 0.2]));
  });
});
