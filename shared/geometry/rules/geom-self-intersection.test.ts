import { EXAMPLE_POINTS, txt, txtSquare } from '../../../tests/support/geometry-builders';
import { testGeometryRule } from '../../../tests/support/geometry-rule-tester';
import rule from './geom-self-intersection';

const N0 = 3378900;
const E0 = 35383200;
/** A TXT point [X, Y] at (dn, de) metres from the base. */
const at = (dn: number, de: number): [number, number] => [N0 + dn, E0 + de];

testGeometryRule(rule, {
  valid: [
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
      name: 'a hole crossing the shell (two crossings)',
      text: txt([{ id: '1', areaHa: '0.0096', rings: [txtSquare(N0, E0, 10), txtSquare(N0 + 2, E0 + 8, 4)] }]),
      errors: [
        { messageId: 'ringsCross', parcel: 1, ring: 2, data: { ringNo: 2, otherRingNo: 1 } },
        { messageId: 'ringsCross', parcel: 1, ring: 2, data: { ringNo: 2, otherRingNo: 1 } },
      ],
    },
    {
      name: 'a hole inside another hole',
      text: txt([{ id: '1', areaHa: '0.0036', rings: [txtSquare(N0, E0, 10), txtSquare(N0 + 1, E0 + 1, 8), txtSquare(N0 + 2, E0 + 2, 2)] }]),
      errors: [{ messageId: 'nestedHoles', parcel: 1, ring: 3, data: { ringNo: 3, otherRingNo: 2 } }],
    },
    {
      name: 'a diamond hole touching the shell at four points cuts the interior apart: one finding',
      text: txt([{ id: '1', areaHa: '0.005', rings: [txtSquare(N0, E0, 10), [at(5, 0), at(10, 5), at(5, 10), at(0, 5), at(5, 0)]] }]),
      errors: [{ messageId: 'disconnectedInterior', parcel: 1, ring: 2, data: { ringNo: 2 } }],
    },
  ],
});
