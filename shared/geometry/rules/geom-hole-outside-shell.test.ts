import { EXAMPLE_POINTS, txt, txtSquare } from '../../../tests/support/geometry-builders';
import { testGeometryRule } from '../../../tests/support/geometry-rule-tester';
import rule from './geom-hole-outside-shell';

const N0 = 3378900;
const E0 = 35383200;

testGeometryRule(rule, {
  valid: [
    { name: 'the example parcel', text: txt([{ id: '1', rings: [EXAMPLE_POINTS] }]) },
    { name: 'a hole inside the shell', text: txt([{ id: '1', areaHa: '0.0096', rings: [txtSquare(N0, E0, 10), txtSquare(N0 + 4, E0 + 4, 2)] }]) },
  ],
  invalid: [
    {
      name: 'a hole beside the shell (often another parcel written as 圈号 2)',
      text: txt([{ id: '1', areaHa: '0.0096', rings: [txtSquare(N0, E0, 10), txtSquare(N0 + 20, E0 + 20, 2)] }]),
      errors: [{ messageId: 'outside', parcel: 1, ring: 2, point: 1, line: 19, data: { ringNo: 2, shellNo: 1 } }],
    },
  ],
});
