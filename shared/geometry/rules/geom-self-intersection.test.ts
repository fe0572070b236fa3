import { EXAMPLE_POINTS, txt, txtSquare } from '../../../tests/support/geometry-builders';
import { testGeometryRule } from '../../../tests/support/geometry-rule-tester';
import rule from './geom-self-intersection';

const N0 = 3378900;
const E0 = 35383200;
/** A TXT point [X, Y] at (dn, de) metres from the base. */
const at = (dn: number, de: number): [number, number] => [N0 + dn, E0 + de];

/** A closed square as GeoJSON positions [E, N] near zone 39's centre, counter-clockwise. */
const geoSquare = (de: number, dn: number, side: number): number[][] => {
  const e = 39_512_500 + de;
  const n = 3_312_500 + dn;
  return [
    [e, n],
    [e + side, n],
    [e + side, n + side],
    [e, n + side],
    [e, n],
  ];
};

testGeometryRule(rule, {
  valid: [
    {
      name: 'a part inside a hole (an island), whatever the 圈号: no nested-hole finding',
      text: txt([{ id: '1', areaHa: '0.0068', rings: [txtSquare(N0 + 2, E0 + 2, 2), txtSquare(N0, E0, 10), txtSquare(N0 + 1, E0 + 1, 8)] }]),
    },
    { name: 'the example parcel', text: txt([{ id: '1', rings: [EXAMPLE_POINTS] }]) },
    { name: 'a shell with a hole well inside', text: txt([{ id: '1', areaHa: '0.0096', rings: [txtSquare(N0, E0, 10), txtSquare(N0 + 4, E0 + 4, 2)] }]) },
    { name: 'a hole touching the shell at one point (valid for JTS)', text: txt([{ id: '1', areaHa: '0.0098', rings: [txtSquare(N0, E0, 10), [at(0, 4), at(2, 5), at(2, 3), at(0, 4)]] }]) },
  ],
  invalid: [
    {
      name: 'a bow-tie',
      text: txt([{ id: '1', areaHa: '0', rings: [[at(0, 0), at(10, 10), at(0, 10), at(10, 0), at(0, 0)]] }]),
      errors: [{ messageId: 'selfIntersection', parcel: 1, ring: 1, data: { ringNo: 1, position: `X=${N0 + 5}，Y=${E0 + 5}` } }],
    },
    {
      name: 'two holes of one shell that cross each other',
      text: txt([{ id: '1', areaHa: '0.0084', rings: [txtSquare(N0, E0, 10), txtSquare(N0 + 2, E0 + 2, 4), txtSquare(N0 + 4, E0 + 4, 4)] }]),
      errors: [
        { messageId: 'ringsCross', parcel: 1, data: { ringNo: 3, otherRingNo: 2 } },
        { messageId: 'ringsCross', parcel: 1, data: { ringNo: 3, otherRingNo: 2 } },
      ],
    },
    {
      name: 'a GeoJSON Polygon whose second hole lies inside its first (the file declares both holes)',
      fileName: 'nested.geojson',
      text: JSON.stringify({
        type: 'Polygon',
        coordinates: [geoSquare(0, 0, 10), geoSquare(1, 1, 8), geoSquare(2, 2, 2)],
      }),
      errors: [{ messageId: 'nestedHoles', parcel: 1, ring: 3, data: { ringNo: 3, otherRingNo: 2 } }],
    },
    {
      name: 'two parts of one parcel (圈号 1 and 2) that cross each other',
      text: txt([{ id: '1', areaHa: '0.0200', rings: [txtSquare(N0, E0, 10), txtSquare(N0 + 5, E0 - 5, 10)] }]),
      // The two squares cross at two points: one finding each.
      errors: [
        { messageId: 'ringsCross', parcel: 1, ring: 2, point: 1, data: { ringNo: 2, otherRingNo: 1 } },
        { messageId: 'ringsCross', parcel: 1, ring: 2, point: 2, data: { ringNo: 2, otherRingNo: 1 } },
      ],
    },
    {
      name: 'a diamond hole touching the shell at four points cuts the interior apart: one finding',
      text: txt([{ id: '1', areaHa: '0.005', rings: [txtSquare(N0, E0, 10), [at(5, 0), at(10, 5), at(5, 10), at(0, 5), at(5, 0)]] }]),
      errors: [{ messageId: 'disconnectedInterior', parcel: 1, ring: 2, data: { ringNo: 2 } }],
    },
  ],
});
