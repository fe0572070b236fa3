import { EXAMPLE_POINTS, txt } from '../../../tests/support/geometry-builders';
import { testGeometryRule } from '../../../tests/support/geometry-rule-tester';
import rule from './geom-xy-swapped';

const swapped = EXAMPLE_POINTS.map(([x, y]): [number, number] => [y, x]);

function geojson(coordinates: number[][]): string {
  return JSON.stringify({ type: 'Feature', properties: { 地块编号: 'G1' }, geometry: { type: 'Polygon', coordinates: [coordinates] } });
}

testGeometryRule(rule, {
  valid: [
    { name: 'X = 7-digit northing, Y = prefixed easting', text: txt([{ id: '1', rings: [EXAMPLE_POINTS] }]) },
    { name: 'unprefixed easting', text: txt([{ id: '1', rings: [EXAMPLE_POINTS.map(([x, y]) => [x, y - 35_000_000])] }]) },
    {
      name: 'GeoJSON in longitude, latitude order',
      fileName: 'ok.geojson',
      text: geojson([
        [120.1, 30.1],
        [120.2, 30.1],
        [120.2, 30.2],
        [120.1, 30.1],
      ]),
    },
  ],
  invalid: [
    {
      name: 'X carries the zone prefix and Y has 7 digits',
      text: txt([{ id: '1', rings: [swapped] }]),
      errors: [{ messageId: 'swapped', parcel: 1, ring: 1, point: 1, line: 14, data: { count: 5 } }],
    },
    {
      name: 'GeoJSON written latitude first',
      fileName: 'swapped.geojson',
      text: geojson([
        [30.1, 120.1],
        [30.1, 120.2],
        [30.2, 120.2],
        [30.1, 120.1],
      ]),
      errors: [{ messageId: 'swappedLonLat', parcel: 1, ring: 1, point: 1, data: { count: 4 } }],
    },
  ],
});
