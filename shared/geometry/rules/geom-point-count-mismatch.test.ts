import { EXAMPLE_POINTS, txt, txtSquare } from '../../../tests/support/geometry-builders';
import { testGeometryRule } from '../../../tests/support/geometry-rule-tester';
import rule from './geom-point-count-mismatch';

testGeometryRule(rule, {
  valid: [
    { name: '界址点数 5 for five point lines', text: txt([{ id: '1', rings: [EXAMPLE_POINTS] }]) },
    { name: 'holes’ points and closing repeats count', text: txt([{ id: '1', areaHa: '0.9996', count: 10, rings: [txtSquare(3378900, 35383200, 100), txtSquare(3378940, 35383240, 2)] }]) },
  ],
  invalid: [
    {
      name: '界址点数 4 (the closing point not counted)',
      text: txt([{ id: '1', count: 4, rings: [EXAMPLE_POINTS] }]),
      errors: [{ messageId: 'point-count-mismatch', parcel: 1, line: 13, data: { declared: 4, actual: 5 } }],
    },
  ],
});
