import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centralMeridian, crsByEpsg, falseEasting, fromLonLat, gaussKrugerCrs, resolveCrs, toLonLat, toLonLatArray, zonePrefixOf } from './crs';

// CGCS2000 ellipsoid (stack-notes.md).
const A = 6378137;
const F = 1 / 298.257222101;
const E2 = F * (2 - F);

/**
 * An independent Gauss-Krüger forward projection (Krüger's n-series, Karney 2011 eq. 35 with the
 * α coefficients to n³): written here from the published formulas, not from proj4's code, so the
 * two implementations check each other. Truncation at n³ costs ≈ 10 µm at these scales.
 */
function kruegerForward(lonDeg: number, latDeg: number, cmDeg: number, fe: number): [number, number] {
  const n = F / (2 - F);
  const rectifying = (A / (1 + n)) * (1 + (n * n) / 4 + n ** 4 / 64);
  const alpha = [n / 2 - (2 * n * n) / 3 + (5 * n ** 3) / 16, (13 * n * n) / 48 - (3 * n ** 3) / 5, (61 * n ** 3) / 240];
  const e = (2 * Math.sqrt(n)) / (1 + n);
  const phi = (latDeg * Math.PI) / 180;
  const lambda = ((lonDeg - cmDeg) * Math.PI) / 180;
  const t = Math.sinh(Math.atanh(Math.sin(phi)) - e * Math.atanh(e * Math.sin(phi)));
  const xi = Math.atan2(t, Math.cos(lambda));
  const eta = Math.atanh(Math.sin(lambda) / Math.sqrt(1 + t * t));
  let east = eta;
  let north = xi;
  alpha.forEach((a, i) => {
    const j = 2 * (i + 1);
    east += a * Math.cos(j * xi) * Math.sinh(j * eta);
    north += a * Math.sin(j * xi) * Math.cosh(j * eta);
  });
  return [fe + rectifying * east, rectifying * north];
}

/**
 * Meridian arc length from the equator to `latDeg` by numerical integration of the meridian radius
 * M(φ) = a(1 − e²)/(1 − e² sin²φ)^{3/2} (composite Simpson, 20,000 panels: error ≪ 1 µm). On the
 * central meridian a Gauss-Krüger northing (k = 1) is exactly this length: an identity that
 * shares no formula with either series.
 */
function meridianArc(latDeg: number): number {
  const phi = (latDeg * Math.PI) / 180;
  const radius = (p: number): number => (A * (1 - E2)) / (1 - E2 * Math.sin(p) ** 2) ** 1.5;
  const panels = 20_000;
  const h = phi / panels;
  let sum = radius(0) + radius(phi);
  for (let i = 1; i < panels; i++) sum += (i % 2 === 1 ? 4 : 2) * radius(i * h);
  return (sum * h) / 3;
}

describe('definitions', () => {
  it('builds the 3-degree prefixed zones 25–45 as EPSG 4513–4533', () => {
    for (let zone = 25; zone <= 45; zone++) {
      const crs = gaussKrugerCrs(3, zone, true);
      expect(crs?.epsg).toBe(4488 + zone);
      expect(crs?.proj4).toBe(`+proj=tmerc +lat_0=0 +lon_0=${3 * zone} +k=1 +x_0=${zone * 1_000_000 + 500_000} +y_0=0 +ellps=GRS80 +units=m +no_defs`);
      expect(crsByEpsg(4488 + zone)).toEqual(crs);
    }
  });

  it('builds the 3-degree unprefixed zones as EPSG 4534–4554 (CM 75 + 3 × (code − 4534))', () => {
    for (let code = 4534; code <= 4554; code++) {
      const crs = crsByEpsg(code);
      expect(crs?.proj4).toBe(`+proj=tmerc +lat_0=0 +lon_0=${75 + 3 * (code - 4534)} +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs`);
      expect(crs).toMatchObject({ kind: 'gauss-kruger', zoneWidth: 3, prefixed: false, zone: 25 + code - 4534 });
    }
  });

  it('builds the 6-degree zones 13–23 as EPSG 4491–4501 (prefixed) and 4502–4512', () => {
    for (let zone = 13; zone <= 23; zone++) {
      expect(gaussKrugerCrs(6, zone, true)?.epsg).toBe(4478 + zone);
      expect(gaussKrugerCrs(6, zone, false)?.epsg).toBe(4489 + zone);
      expect(centralMeridian(6, zone)).toBe(6 * zone - 3);
      expect(crsByEpsg(4478 + zone)?.proj4).toContain(`+lon_0=${6 * zone - 3} +k=1 +x_0=${zone * 1_000_000 + 500_000} `);
      expect(crsByEpsg(4489 + zone)?.proj4).toContain(`+lon_0=${6 * zone - 3} +k=1 +x_0=500000 `);
    }
  });

  it('knows 4490 and nothing outside the shipped codes', () => {
    expect(crsByEpsg(4490)).toMatchObject({ kind: 'geographic', proj4: '+proj=longlat +ellps=GRS80 +no_defs' });
    for (const code of [4326, 4489, 4512.5, 4555, 4513.0001, Number.NaN]) expect(crsByEpsg(code)).toBeUndefined();
    expect(gaussKrugerCrs(3, 24, true)).toBeUndefined();
    expect(gaussKrugerCrs(3, 46, false)).toBeUndefined();
    expect(gaussKrugerCrs(6, 24, true)).toBeUndefined();
    expect(gaussKrugerCrs(6, 35.5, true)).toBeUndefined();
  });

  it('labels in zh-CN with the code', () => {
    expect(gaussKrugerCrs(3, 35, true)?.label).toBe('CGCS2000 3度带 第35带（EPSG:4523）');
    expect(gaussKrugerCrs(3, 35, false)?.label).toContain('EPSG:4544');
  });
});

describe('zonePrefixOf', () => {
  it('reads the zone off 8-digit eastings only', () => {
    expect(zonePrefixOf(35_383_243.971)).toBe(35);
    expect(zonePrefixOf(19_500_000)).toBe(19);
    expect(zonePrefixOf(383_243.971)).toBeUndefined();
    expect(zonePrefixOf(24_500_000)).toBeUndefined();
    expect(zonePrefixOf(99_500_000)).toBeUndefined();
    expect(zonePrefixOf(Number.NaN)).toBeUndefined();
  });
});

describe('resolveCrs', () => {
  it('takes the zone from the prefix of an 8-digit easting, the width from 几度分带', () => {
    expect(resolveCrs({ zone: 35, zoneWidth: 3 }, 35_383_243)?.epsg).toBe(4523);
    // The prefix wins over a contradicting 带号: it is what the coordinates are in (the rules report the mismatch).
    expect(resolveCrs({ zone: 36, zoneWidth: 3 }, 35_383_243)?.epsg).toBe(4523);
    expect(resolveCrs({ zoneWidth: 6 }, 18_383_243)?.epsg).toBe(4496);
  });

  it('takes the zone from 带号 for 6-digit eastings, 3-degree by default', () => {
    expect(resolveCrs({ zone: 35 }, 383_243)?.epsg).toBe(4544);
    expect(resolveCrs({ zone: 18, zoneWidth: 6 }, 383_243)?.epsg).toBe(4507);
    expect(resolveCrs({ zone: 35, zoneWidth: 3 }, Number.NaN)?.epsg).toBe(4544);
  });

  it('infers the width from the zone number when 几度分带 contradicts it (the ranges are disjoint)', () => {
    expect(resolveCrs({ zone: 18 }, 383_243)?.epsg).toBe(4507);
    expect(resolveCrs({ zoneWidth: 3 }, 18_383_243)?.epsg).toBe(4496);
    expect(resolveCrs({ zone: 35, zoneWidth: 6 }, 383_243)?.epsg).toBe(4544);
  });

  it('prefers an EPSG code the file names, when shipped', () => {
    expect(resolveCrs({ epsg: 4490 }, 105)?.kind).toBe('geographic');
    expect(resolveCrs({ epsg: 4527, zone: 35 }, 35_383_243)?.epsg).toBe(4527);
    expect(resolveCrs({ epsg: 3857, zone: 35 }, 383_243)?.epsg).toBe(4544);
  });

  it('gives undefined when nothing names a zone', () => {
    expect(resolveCrs({}, 383_243)).toBeUndefined();
    expect(resolveCrs({ zone: 50 }, 383_243)).toBeUndefined();
    expect(resolveCrs({}, Number.NaN)).toBeUndefined();
  });
});

describe('projection', () => {
  // The centres of EPSG:4522, 4524 and 4530 (zones 34, 36, 42) lie on their central meridians,
  // at about the middle of each zone's extent in China. epsg.io cannot be reached from here; the
  // expected values are derived independently: the northing by integrating the meridian arc, the
  // easting exactly FE, and off the meridian by the Krüger series above.
  const centres = [
    { epsg: 4522, zone: 34, lat: 31.9 },
    { epsg: 4524, zone: 36, lat: 30.4 },
    { epsg: 4530, zone: 42, lat: 46.9 },
  ];

  for (const { epsg, zone, lat } of centres) {
    it(`reproduces the projected centre of EPSG:${epsg} (zone ${zone}) to 1 cm`, () => {
      const crs = crsByEpsg(epsg);
      if (!crs) throw new Error('missing CRS');
      const cm = 3 * zone;
      const [east, north] = fromLonLat(crs, cm, lat);
      expect(east).toBe(zone * 1_000_000 + 500_000);
      expect(Math.abs(north - meridianArc(lat))).toBeLessThan(0.01);
      const [lon, back] = toLonLat(crs, east, north);
      expect(Math.abs(lon - cm)).toBeLessThan(1e-9);
      expect(Math.abs(back - lat)).toBeLessThan(1e-9);
    });

    it(`agrees with an independent Krüger series to 1 cm across zone ${zone}`, () => {
      const crs = crsByEpsg(epsg);
      if (!crs) throw new Error('missing CRS');
      const cm = 3 * zone;
      for (const dLon of [-1.5, -0.9, -0.2, 0, 0.4, 1.1, 1.5]) {
        for (const pointLat of [18, 25.5, 31.9, 40, 46.9, 53.5]) {
          const [east, north] = fromLonLat(crs, cm + dLon, pointLat);
          const [refEast, refNorth] = kruegerForward(cm + dLon, pointLat, cm, falseEasting(zone, true));
          expect(Math.abs(east - refEast)).toBeLessThan(0.01);
          expect(Math.abs(north - refNorth)).toBeLessThan(0.01);
        }
      }
    });
  }

  it('puts the central meridian at FE exactly and the equator at northing 0', () => {
    for (const crs of [gaussKrugerCrs(3, 25, true), gaussKrugerCrs(3, 45, false), gaussKrugerCrs(6, 20, true)]) {
      if (!crs?.zoneWidth || crs.zone === undefined) throw new Error('missing CRS');
      const cm = centralMeridian(crs.zoneWidth, crs.zone);
      const fe = falseEasting(crs.zone, crs.prefixed ?? false);
      for (const lat of [0, 20, 35.123456, 53]) expect(fromLonLat(crs, cm, lat)[0]).toBe(fe);
      for (const dLon of [-1.2, 0, 0.7]) expect(fromLonLat(crs, cm + dLon, 0)[1]).toBe(0);
    }
  });

  it('works for the 6-degree zones too (agreement with the series at the zone edge)', () => {
    const crs = gaussKrugerCrs(6, 18, false);
    if (!crs) throw new Error('missing CRS');
    for (const [lon, lat] of [
      [102, 25],
      [105, 40],
      [107.9, 30],
    ] as const) {
      const [east, north] = fromLonLat(crs, lon, lat);
      const [refEast, refNorth] = kruegerForward(lon, lat, 105, 500_000);
      expect(Math.abs(east - refEast)).toBeLessThan(0.01);
      expect(Math.abs(north - refNorth)).toBeLessThan(0.01);
    }
  });

  it('round-trips lon/lat → E/N → lon/lat within 1e-9°', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 25, max: 45 }),
        fc.boolean(),
        fc.double({ min: -1.6, max: 1.6, noNaN: true }),
        fc.double({ min: 15, max: 55, noNaN: true }),
        (zone, prefixed, dLon, lat) => {
          const crs = gaussKrugerCrs(3, zone, prefixed);
          if (!crs) return false;
          const [east, north] = fromLonLat(crs, 3 * zone + dLon, lat);
          const [lon, back] = toLonLat(crs, east, north);
          return Math.abs(lon - (3 * zone + dLon)) < 1e-9 && Math.abs(back - lat) < 1e-9;
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('converts interleaved arrays like the single-point form', () => {
    const crs = gaussKrugerCrs(3, 35, true);
    if (!crs) throw new Error('missing CRS');
    const input = new Float64Array([35_383_243.971, 3_378_988.976, 35_383_261.067, 3_378_983.339, Number.NaN, 1]);
    const out = toLonLatArray(crs, input);
    expect(Array.from(out.subarray(0, 2))).toEqual(toLonLat(crs, 35_383_243.971, 3_378_988.976));
    expect(Array.from(out.subarray(2, 4))).toEqual(toLonLat(crs, 35_383_261.067, 3_378_983.339));
    expect(Number.isNaN(out[4])).toBe(true);
    expect(Array.from(toLonLatArray(crsByEpsg(4490) ?? crs, new Float64Array([105, 30])))).toEqual([105, 30]);
  });

  it('never throws on any input: NaN where it cannot convert', () => {
    const crs = gaussKrugerCrs(3, 35, true);
    if (!crs) throw new Error('missing CRS');
    fc.assert(
      fc.property(fc.double(), fc.double(), (a, b) => {
        const [lon, lat] = toLonLat(crs, a, b);
        const [e, n] = fromLonLat(crs, a, b);
        return [lon, lat, e, n].every((v) => Number.isNaN(v) || Number.isFinite(v));
      }),
    );
  });
});
