import { EXAMPLE_POINTS, txt, txtSquare } from '../../../tests/support/geometry-builders';
import { testGeometryRule } from '../../../tests/support/geometry-rule-tester';
import rule from './geom-ring-not-closed';

const open = EXAMPLE_POINTS.slice(0, 4);

testGeometryRule(rule, {
  valid: [
    { name: 'the example parcel, closed', text: txt([{ id: '1', rings: [EXAMPLE_POINTS] }]) },
    { name: 'a shell and a hole, both closed', text: txt([{ id: '1', areaHa: '0.9996', rings: [txtSquare(3378900, 35383200, 100), txtSquare(3378940, 35383240, 2)] }]) },
  ],
  invalid: [
    {
      name: 'the shell lacks its closing point: located at its last point and line',
      text: txt([{ id: '1', rings: [open] }]),
      errors: [{ messageId: 'notClosed', parcel: 1, ring: 1, point: 4, line: 17, data: { ringNo: 1, firstPoint: 'J1', lastPoint: 'J4' } }],
    },
    {
      name: 'a hole not closed, in the second parcel',
      text: txt([
        { id: '1', rings: [EXAMPLE_POINTS] },
        { id: '2', areaHa: '0.9996', rings: [txtSquare(3379900, 35383200, 100), txtSquare(3379940, 35383240, 2).slice(0, 4)] },
      ]),
      errors: [{ messageId: 'notClosed', parcel: 2, ring: 2, point: 4, data: { ringNo: 2 } }],
    },
    {
      name: 'a shapefile ring (no lines) is located by its coordinates',
      file: { format: 'shapefile', parcels: [{ rings: [[[383243.971, 3378988.976], [383261.067, 3378983.339], [383250, 3378960], [383230, 3378965]]] }] },
      errors: [{ messageId: 'notClosed', parcel: 1, ring: 1, point: 4 }],
    },
  ],
});
