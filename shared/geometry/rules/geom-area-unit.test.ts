import { EXAMPLE_POINTS, txt, txtSquare } from '../../../tests/support/geometry-builders';
import { testGeometryRule } from '../../../tests/support/geometry-rule-tester';
import rule from './geom-area-unit';

// A 100 m square: 1 公顷 = 10,000 平方米 = 15 亩 exactly.
const hectare = (area: string) => txt([{ id: '1', areaHa: area, rings: [txtSquare(3378900, 35383200, 100)] }]);
// The example parcel: planar 505.38 m² (0.05053816 公顷).
const example = (area: string) => txt([{ id: '1', areaHa: area, rings: [EXAMPLE_POINTS] }]);

testGeometryRule(rule, {
  valid: [
    { name: '地块面积 in 公顷, as the standard says', text: hectare('1.0000') },
    { name: '地块面积 with the 公顷 suffix', text: hectare('1公顷') },
    { name: '地块面积 left empty: not given, nothing compared', text: hectare('') },
    { name: 'a value wrong in every unit is an area mismatch, not a unit problem', text: hectare('3.5') },
  ],
  invalid: [
    {
      name: 'square metres written where 公顷 belong',
      text: hectare('10000'),
      errors: [{ messageId: 'wrongUnit', parcel: 1, line: 13, data: { declared: 10000, unit: '平方米', convertedHa: 1, computedHa: 1 } }],
    },
    {
      name: 'square metres with decimals on a small parcel',
      text: example('505.38'),
      errors: [{ messageId: 'wrongUnit', parcel: 1, data: { declared: 505.38, unit: '平方米', convertedHa: 0.0505 } }],
    },
    {
      name: '亩 written where 公顷 belong',
      text: hectare('15.00'),
      errors: [{ messageId: 'wrongUnit', parcel: 1, data: { declared: 15, unit: '亩', convertedHa: 1 } }],
    },
    {
      name: 'a value labelled 平方米: right, but not in the standard unit',
      text: hectare('10000平方米'),
      errors: [{ messageId: 'wrongUnit', parcel: 1, data: { declared: 10000, unit: '平方米', convertedHa: 1 } }],
    },
  ],
});
