import { EXAMPLE_POINTS, txt } from '../../../tests/support/geometry-builders';
import { testGeometryRule } from '../../../tests/support/geometry-rule-tester';
import rule from './geom-too-few-points';

const [a, b, c] = EXAMPLE_POINTS as [[number, number], [number, number], [number, number]];

testGeometryRule(rule, {
  valid: [
    { name: 'the example parcel', text: txt([{ id: '1', rings: [EXAMPLE_POINTS] }]) },
    { name: 'a triangle: three points and the closing one', text: txt([{ id: '1', areaHa: '0.0252', rings: [[a, b, c, a]] }]) },
  ],
  invalid: [
    {
      name: 'two points and the closing one',
      text: txt([{ id: '1', areaHa: '0', rings: [[a, b, a]] }]),
      errors: [{ messageId: 'tooFew', parcel: 1, ring: 1, point: 1, line: 14, data: { ringNo: 1, count: 3 } }],
    },
    {
      name: 'four lines but a repeated point: JTS counts three',
      text: txt([{ id: '1', areaHa: '0', rings: [[a, b, b, a]] }]),
      errors: [{ messageId: 'tooFew', parcel: 1, ring: 1, data: { count: 3 } }],
    },
  ],
});
