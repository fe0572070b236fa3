import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ellipsoidalAreaM2, planarAreaM2, ringPlanarAreaM2 } from './areas';
import { gaussKrugerCrs, toLonLatArray } from './crs';

/** A closed axis-aligned rectangle ring, counter-clockwise unless `clockwise`. */
function rectangle(x: number, y: number, width: number, height: number, clockwise = false): Float64Array {
  const ccw = [x, y, x + width, y, x + width, y + height, x, y + height, x, y];
  const cw = [x, y, x, y + height, x + width, y + height, x + width, y, x, y];
  return new Float64Array(clockwise ? cw : ccw);
}

/** The rectangle with each side cut into `steps` pieces, so that its edges follow the plane when projected. */
function denseRectangle(x: number, y: number, width: number, height: number, steps: number): Float64Array {
  const out: number[] = [];
  const corners = [
    [x, y],
    [x + width, y],
    [x + width, y + height],
    [x, y + height],
  ] as const;
  for (let c = 0; c < 4; c++) {
    const [ax, ay] = corners[c] ?? [0, 0];
    const [bx, by] = corners[(c + 1) % 4] ?? [0, 0];
    for (let s = 0; s < steps; s++) out.push(ax + ((bx - ax) * s) / steps, ay + ((by - ay) * s) / steps);
  }
  out.push(x, y);
  return new Float64Array(out);
}

describe('planarAreaM2', () => {
  it('gives a square its size, in either orientation, closed or not', () => {
    expect(planarAreaM2([rectangle(0, 0, 100, 100)])).toBe(10_000);
    expect(planarAreaM2([rectangle(0, 0, 100, 100, true)])).toBe(10_000);
    expect(ringPlanarAreaM2(new Float64Array([0, 0, 100, 0, 100, 100, 0, 100]))).toBe(10_000);
  });

  it('subtracts holes whatever their orientation', () => {
    expect(planarAreaM2([rectangle(0, 0, 100, 100), rectangle(10, 10, 20, 30, true)])).toBe(9_400);
    expect(planarAreaM2([rectangle(0, 0, 100, 100), rectangle(10, 10, 20, 30), rectangle(50, 50, 10, 10, true)])).toBe(9_300);
  });

  it('keeps millimetre precision with 8-digit prefixed eastings', () => {
    // A 1.234 m × 0.5 m parcel at E = 35,383,243.971 (zone 35), N = 3,378,988.976.
    const ring = rectangle(35_383_243.971, 3_378_988.976, 1.234, 0.5);
    const width = (ring[2] ?? 0) - (ring[0] ?? 0);
    const height = (ring[5] ?? 0) - (ring[3] ?? 0);
    expect(Math.abs(planarAreaM2([ring]) - width * height)).toBeLessThan(1e-9);
    // The naive shoelace on raw coordinates: products of ≈ 1.2e14, off by whole square centimetres.
    let naive = 0;
    for (let i = 0; i < 4; i++) naive += (ring[2 * i] ?? 0) * (ring[2 * i + 3] ?? 0) - (ring[2 * i + 2] ?? 0) * (ring[2 * i + 1] ?? 0);
    expect(Math.abs(Math.abs(naive) / 2 - width * height)).toBeGreaterThan(1e-6);
  });

  it('is translation-invariant to 1e-6 m² for arbitrary parcels at TXT magnitudes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 500, noNaN: true }), fc.double({ min: 0, max: 500, noNaN: true })), { minLength: 3, maxLength: 30 }), (points) => {
        const local = new Float64Array(points.flat());
        const far = local.map((v, i) => v + (i % 2 === 0 ? 35_000_000 : 3_300_000));
        // The shift itself rounds each coordinate by up to 2^-27 m; what matters is no catastrophic loss.
        return Math.abs(ringPlanarAreaM2(local) - ringPlanarAreaM2(far)) < 1e-3;
      }),
    );
  });

  it('is NaN when a coordinate is not a number, 0 for fewer than three points', () => {
    expect(planarAreaM2([new Float64Array([0, 0, Number.NaN, 0, 1, 1, 0, 0])])).toBeNaN();
    expect(planarAreaM2([new Float64Array([0, 0, 1, 1])])).toBe(0);
    expect(planarAreaM2([])).toBe(0);
  });
});

describe('ellipsoidalAreaM2', () => {
  /**
   * Closed-form area of the cell between two parallels and two meridians on the ellipsoid
   * (authalic q-function, Snyder 1987 eq. 3-12). Geodesics between the corners bulge poleward
   * from the parallels by ≈ Δλ²·sinφ·cosφ/8, so the geodesic polygon differs from the cell by a
   * relative ≈ Δλ·sinφ·cosφ/12: ≈ 2e-5 for a 1° cell next to the equator, ≈ 6e-6 for a 0.01° cell.
   */
  function cellArea(lon1: number, lat1: number, lon2: number, lat2: number): number {
    const f = 1 / 298.257222101;
    const e = Math.sqrt(f * (2 - f));
    const b = 6378137 * (1 - f);
    const q = (latDeg: number): number => {
      const s = Math.sin((latDeg * Math.PI) / 180);
      return s / (1 - e * e * s * s) + Math.log((1 + e * s) / (1 - e * s)) / (2 * e);
    };
    return ((((lon2 - lon1) * Math.PI) / 180) * b * b * (q(lat2) - q(lat1))) / 2;
  }

  function cell(lon1: number, lat1: number, lon2: number, lat2: number): Float64Array {
    return new Float64Array([lon1, lat1, lon2, lat1, lon2, lat2, lon1, lat2, lon1, lat1]);
  }

  it('matches the closed-form area of a lat/lon cell', () => {
    const equator = ellipsoidalAreaM2([cell(105, 0, 106, 1)]);
    expect(Math.abs(equator / cellArea(105, 0, 106, 1) - 1)).toBeLessThan(5e-5);
    const small = ellipsoidalAreaM2([cell(105, 30, 105.01, 30.01)]);
    expect(Math.abs(small / cellArea(105, 30, 105.01, 30.01) - 1)).toBeLessThan(1e-5);
  });

  it('gives the same area in either orientation and with or without the closing point', () => {
    const ring = cell(105, 30, 105.01, 30.01);
    const reversed = new Float64Array([105, 30, 105, 30.01, 105.01, 30.01, 105.01, 30, 105, 30]);
    const open = ring.subarray(0, 8);
    const area = ellipsoidalAreaM2([ring]);
    expect(ellipsoidalAreaM2([reversed])).toBeCloseTo(area, 4);
    expect(ellipsoidalAreaM2([open])).toBeCloseTo(area, 4);
  });

  it('subtracts holes', () => {
    const shell = new Float64Array([105, 30, 105.01, 30, 105.01, 30.01, 105, 30.01, 105, 30]);
    const hole = new Float64Array([105.002, 30.002, 105.002, 30.004, 105.004, 30.004, 105.004, 30.002, 105.002, 30.002]);
    const both = ellipsoidalAreaM2([shell, hole]);
    expect(both).toBeCloseTo(ellipsoidalAreaM2([shell]) - ellipsoidalAreaM2([hole]), 6);
    expect(ellipsoidalAreaM2([hole]) / ellipsoidalAreaM2([shell])).toBeCloseTo(0.04, 3);
  });

  it('is NaN for unusable coordinates', () => {
    expect(ellipsoidalAreaM2([new Float64Array([105, 30, Number.NaN, 30, 105, 31, 105, 30])])).toBeNaN();
    expect(ellipsoidalAreaM2([new Float64Array([105, 30, 106, 95, 105, 31, 105, 30])])).toBeNaN();
  });
});

describe('planar against ellipsoidal (Gauss-Krüger scale)', () => {
  // Gauss-Krüger keeps scale 1 on the central meridian and grows as k ≈ 1 + x²/2R² with the
  // distance x from it, so planar area exceeds the ellipsoidal one by ≈ x²/R² (R² = ρν).
  const crs = gaussKrugerCrs(3, 35, true);
  if (!crs) throw new Error('missing CRS');
  const fe = 35_500_000;
  const northing = 3_378_000;
  const latitude = (30.5 * Math.PI) / 180;
  const e2 = (1 / 298.257222101) * (2 - 1 / 298.257222101);
  const w = 1 - e2 * Math.sin(latitude) ** 2;
  const rhoNu = (6378137 ** 2 * (1 - e2)) / w ** 2;

  for (const offset of [0, 50_000, 100_000, 160_000]) {
    it(`agrees with x²/R² at ${offset / 1000} km from the central meridian`, () => {
      const ring = denseRectangle(fe + offset - 500, northing, 1_000, 1_000, 20);
      const planar = planarAreaM2([ring]);
      const ellipsoidal = ellipsoidalAreaM2([toLonLatArray(crs, ring)]);
      const relative = planar / ellipsoidal - 1;
      const expected = (offset * offset) / rhoNu;
      if (offset === 0) expect(Math.abs(relative)).toBeLessThan(1e-4);
      expect(Math.abs(relative - expected)).toBeLessThan(0.005 * expected + 1e-7);
    });
  }
});
