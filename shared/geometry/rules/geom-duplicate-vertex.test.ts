import { EXAMPLE_POINTS, txt } from '../../../tests/support/geometry-builders';
import { testGeometryRule } from '../../../tests/support/geometry-rule-tester';
import rule from './geom-duplicate-vertex';

const [a, b, c, d] = EXAMPLE_POINTS as [[number, number], [number, number], [number, number], [number, number]];

testGeometryRule(rule, {
  valid: [
    { name: 'the example parcel (its closing repeat is not a duplicate)', text: txt([{ id: '1', rings: [EXAMPLE_POINTS] }]) },
    { name: 'a point revisited later is not consecutive', text: txt([{ id: '1', areaHa: '0.0505', rings: [[a, b, c, d, a]] }]) },
  ],
  invalid: [
    {
      name: 'J3 repeats J2',
      text: txt([{ id: '1', rings: [[a, b, b, c, d, a]] }]),
      errors: [{ messageId: 'duplicate', parcel: 1, ring: 1, point: 3, line: 16, data: { pointName: 'J3', previousName: 'J2' } }],
    },
    {
      name: 'each repeat is reported',
      text: txt([{ id: '1', rings: [[a, a, b, c, c, d, a]] }]),
      errors: [
        { messageId: 'duplicate', parcel: 1, point: 2 },
        { messageId: 'duplicate', parcel: 1, point: 5 },
      ],
    },
  ],
});
