import { EXAMPLE_POINTS, txt, txtSquare } from '../../../tests/support/geometry-builders';
import { testGeometryRule } from '../../../tests/support/geometry-rule-tester';
import rule from './geom-hole-outside-shell';

const N0 = 3378900;
const E0 = 35383200;

testGeometryRule(rule, {
  valid: [
    { name: 'the example parcel', text: txt([{ id: '1', rings: [EXAMPLE_POINTS] }]) },
    { name: 'a hole inside the shell', text: txt([{ id: '1', areaHa: '0.0096', rings: [txtSquare(N0, E0, 10), txtSquare(N0 + 4, E0 + 4, 2)] }]) },
    {
      name: 'a second part beside the first, numbered 圈号 2 (a multi-part parcel, not a misplaced hole)',
      text: txt([{ id: '1', areaHa: '0.0104', rings: [txtSquare(N0, E0, 10), txtSquare(N0 + 20, E0 + 20, 2)] }]),
    },
    {
      name: 'the hole written before its shell',
      text: txt([{ id: '1', areaHa: '0.0096', rings: [txtSquare(N0 + 4, E0 + 4, 2), txtSquare(N0, E0, 10)] }]),
    },
  ],
  invalid: [
    {
      name: 'a hole that leaves its shell (it crosses the shell)',
      text: txt([{ id: '1', areaHa: '0.0091', rings: [txtSquare(N0, E0, 10), txtSquare(N0 + 7, E0 + 7, 6)] }]),
      errors: [{ messageId: 'outside', parcel: 1, ring: 2, data: { ringNo: 2, shellNo: 1 } }],
    },
    {
      name: 'a hole crossing the shell at two points: one finding for the hole',
      text: txt([{ id: '1', areaHa: '0.0096', rings: [txtSquare(N0, E0, 10), txtSquare(N0 + 2, E0 + 8, 4)] }]),
      errors: [{ messageId: 'outside', parcel: 1, ring: 2, data: { ringNo: 2, shellNo: 1 } }],
    },
    {
      name: 'a GeoJSON Polygon whose inner ring lies outside its exterior',
      fileName: 'hole.geojson',
      text: JSON.stringify({
        type: 'Polygon',
        coordinates: [
          [
            [39_512_500, 3_312_500],
            [39_512_510, 3_312_500],
            [39_512_510, 3_312_510],
            [39_512_500, 3_312_510],
            [39_512_500, 3_312_500],
          ],
          [
            [39_512_600, 3_312_600],
            [39_512_600, 3_312_602],
            [39_512_602, 3_312_602],
            [39_512_602, 3_312_600],
            [39_512_600, 3_312_600],
          ],
        ],
      }),
      errors: [{ messageId: 'noShell', parcel: 1, ring: 2, data: { ringNo: 2 } }],
    },
  ],
});
