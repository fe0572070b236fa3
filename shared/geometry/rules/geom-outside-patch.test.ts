import { EXAMPLE_POINTS, txt } from '../../../tests/support/geometry-builders';
import { testGeometryRule } from '../../../tests/support/geometry-rule-tester';
import rule from './geom-outside-patch';

/** A square patch as (easting, northing) rings, as the form's patch polygon arrives. */
function patch(easting: number, northing: number, side: number): Float64Array[] {
  return [new Float64Array([easting, northing, easting + side, northing, easting + side, northing + side, easting, northing + side, easting, northing])];
}

const file = txt([{ id: 'WF-1', rings: [EXAMPLE_POINTS] }]);

testGeometryRule(rule, {
  valid: [
    { name: 'no patch polygon known: nothing to compare', text: file },
    { name: 'the range lies inside the patch', text: file, patchRings: patch(35383200, 3378900, 200) },
    { name: 'the range overlaps the patch in part', text: file, patchRings: patch(35383250, 3378970, 100) },
    { name: 'touching the patch counts as intersecting', text: file, patchRings: patch(35383261.067, 3378900, 100) },
  ],
  invalid: [
    {
      name: 'the range is 1 km from the patch',
      text: file,
      patchRings: patch(35384200, 3378900, 200),
      errors: [{ messageId: 'outside', parcel: 1, line: 13, data: { parcelId: 'WF-1' } }],
    },
  ],
});
