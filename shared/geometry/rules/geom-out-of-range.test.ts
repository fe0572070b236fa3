import { EXAMPLE_POINTS, STANDARD_HEADER, txt } from '../../../tests/support/geometry-builders';
import { testGeometryRule } from '../../../tests/support/geometry-rule-tester';
import rule from './geom-out-of-range';

/** The example parcel moved by (dn, de) metres. */
function moved(dn: number, de: number): [number, number][] {
  return EXAMPLE_POINTS.map(([x, y]) => [x + dn, y + de]);
}

/** Shandong, roughly: a province profile narrows the national bounds. */
const SHANDONG = { minLon: 114.8, maxLon: 122.7, minLat: 34.4, maxLat: 38.4 };

testGeometryRule(rule, {
  valid: [
    { name: 'the example parcel (about 103.8°E, 30.5°N)', text: txt([{ id: '1', rings: [EXAMPLE_POINTS] }]) },
    { name: 'unprefixed eastings within the zone', text: txt([{ id: '1', rings: [moved(0, -35_000_000)] }]) },
    { name: 'swapped axes are geom-xy-swapped’s finding', text: txt([{ id: '1', rings: [EXAMPLE_POINTS.map(([x, y]) => [y, x])] }]) },
    {
      name: 'a parcel in the Nansha islands (zone 38, about 112.9°E, 9.5°N) is inside the national bounds though its northing is below the mainland range',
      text: txt([{ id: '1', rings: [moved(1_050_000 - 3_378_988.976, 3_000_000)] }], { ...STANDARD_HEADER, 带号: '38' }),
    },
  ],
  invalid: [
    {
      name: 'a northing of 6,500,000 (about 58.6°N) is outside China',
      text: txt([{ id: '1', rings: [moved(3_121_011, 0)] }]),
      errors: [{ messageId: 'outsideRegion', parcel: 1, ring: 1, point: 1, line: 14, data: { count: 5 } }],
    },
    {
      name: 'inside China but outside the profile’s province',
      text: txt([{ id: '1', rings: [EXAMPLE_POINTS] }]),
      geometry: { bounds: SHANDONG },
      errors: [{ messageId: 'outsideRegion', parcel: 1, data: { count: 5 } }],
    },
    {
      name: 'an easting 400 km from the central meridian: reported once, at the first such point',
      text: txt([{ id: '1', rings: [EXAMPLE_POINTS.map(([x, y], i) => (i === 1 || i === 2 ? [x, y + 500_000] : [x, y]))] }]),
      errors: [{ messageId: 'eastingImplausible', parcel: 1, point: 2, line: 15, data: { count: 2, min: 300_000, max: 700_000 } }],
    },
    {
      name: 'no CRS known: the raw northing is checked against the mainland range',
      text: txt([{ id: '1', rings: [moved(-2_000_000, 0)] }]),
      analyses: [{ crs: null }],
      errors: [{ messageId: 'northingImplausible', parcel: 1, point: 1, data: { count: 5, min: 1_800_000, max: 5_950_000 } }],
    },
  ],
});
