import { txt, txtSquare } from '../../../tests/support/geometry-builders';
import { testGeometryRule } from '../../../tests/support/geometry-rule-tester';
import rule from './geom-overlap';

const N0 = 3378900;
const E0 = 35383200;

testGeometryRule(rule, {
  valid: [
    { name: 'one parcel', text: txt([{ id: 'A', areaHa: '0.01', rings: [txtSquare(N0, E0, 10)] }]) },
    {
      name: 'adjacent parcels sharing a boundary only touch',
      text: txt([
        { id: 'A', areaHa: '0.01', rings: [txtSquare(N0, E0, 10)] },
        { id: 'B', areaHa: '0.01', rings: [txtSquare(N0, E0 + 10, 10)] },
      ]),
    },
    {
      name: 'a parcel lying in another’s hole',
      text: txt([
        { id: 'A', areaHa: '0.0084', rings: [txtSquare(N0, E0, 10), txtSquare(N0 + 3, E0 + 3, 4)] },
        { id: 'B', areaHa: '0.0004', rings: [txtSquare(N0 + 4, E0 + 4, 2)] },
      ]),
    },
  ],
  invalid: [
    {
      name: 'two parcels overlapping by 25 m²: reported once, on the first, naming the second',
      text: txt([
        { id: 'A', areaHa: '0.01', rings: [txtSquare(N0, E0, 10)] },
        { id: 'B', areaHa: '0.01', rings: [txtSquare(N0 + 5, E0 + 5, 10)] },
        { id: 'C', areaHa: '0.01', rings: [txtSquare(N0 + 100, E0, 10)] },
      ]),
      errors: [{ messageId: 'overlap', parcel: 1, line: 13, data: { parcelId: 'A', otherParcelId: 'B', otherParcel: 2, areaM2: 25 } }],
    },
    {
      name: 'the same range filed twice',
      text: txt([
        { id: 'A', areaHa: '0.01', rings: [txtSquare(N0, E0, 10)] },
        { id: 'A2', areaHa: '0.01', rings: [txtSquare(N0, E0, 10)] },
      ]),
      errors: [{ messageId: 'overlap', parcel: 1, data: { otherParcelId: 'A2', areaM2: 100 } }],
    },
  ],
});
