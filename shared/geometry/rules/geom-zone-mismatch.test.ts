import { EXAMPLE_POINTS, STANDARD_HEADER, txt } from '../../../tests/support/geometry-builders';
import { testGeometryRule } from '../../../tests/support/geometry-rule-tester';
import rule from './geom-zone-mismatch';

/** The example parcel with its eastings in zone `zone` instead of 35. */
function inZone(zone: number): [number, number][] {
  return EXAMPLE_POINTS.map(([x, y]) => [x, y - 35_000_000 + zone * 1_000_000]);
}

testGeometryRule(rule, {
  valid: [
    { name: 'prefix 35, 带号=35', text: txt([{ id: '1', rings: [EXAMPLE_POINTS] }]) },
    { name: 'no 带号 in the header: nothing to compare', text: txt([{ id: '1', rings: [inZone(36)] }], { ...STANDARD_HEADER, 带号: '' }) },
    { name: 'unprefixed eastings (带号 gives the zone)', text: txt([{ id: '1', rings: [EXAMPLE_POINTS.map(([x, y]) => [x, y - 35_000_000])] }]) },
    { name: 'swapped axes are geom-xy-swapped’s finding', text: txt([{ id: '1', rings: [EXAMPLE_POINTS.map(([x, y]) => [y, x])] }]) },
  ],
  invalid: [
    {
      name: 'prefix 36 in a file that declares 带号=35',
      text: txt([{ id: '1', rings: [inZone(36)] }]),
      errors: [{ messageId: 'mismatch', parcel: 1, ring: 1, point: 1, line: 14, data: { prefix: 36, zone: 35, count: 5 } }],
    },
    {
      name: 'one stray point: reported once, at that point',
      text: txt([
        { id: '1', rings: [EXAMPLE_POINTS] },
        { id: '2', rings: [EXAMPLE_POINTS.map(([x, y], i) => (i === 2 ? [x, y + 1_000_000] : [x, y]))] },
      ]),
      errors: [{ messageId: 'mismatch', parcel: 2, point: 3, data: { prefix: 36, count: 1 } }],
    },
    {
      name: 'a GeoJSON declaring EPSG:4523 (zone 35) with zone-36 eastings',
      fileName: 'zone.geojson',
      text: JSON.stringify({
        type: 'FeatureCollection',
        crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4523' } },
        features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [inZone(36).map(([x, y]) => [y, x])] } }],
      }),
      errors: [{ messageId: 'mismatch', parcel: 1, point: 1, data: { prefix: 36, zone: 35 } }],
    },
  ],
});
