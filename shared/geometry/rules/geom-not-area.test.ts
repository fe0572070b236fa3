import { EXAMPLE_POINTS, txt } from '../../../tests/support/geometry-builders';
import { testGeometryRule } from '../../../tests/support/geometry-rule-tester';
import rule from './geom-not-area';

/** The example file with the first parcel's 图形属性 replaced. */
const shaped = (shape: string, points = EXAMPLE_POINTS) => txt([{ id: 'DK-1', rings: [points] }]).replace(',面,', `,${shape},`);

testGeometryRule(rule, {
  valid: [
    { name: '图形属性 面', text: shaped('面') },
    { name: '图形属性 left blank (an area, as the standard writes)', text: shaped('') },
  ],
  invalid: [
    {
      name: 'a 线 record (an open line of three points)',
      text: shaped('线', EXAMPLE_POINTS.slice(0, 3)),
      errors: [{ messageId: 'notArea', parcel: 1, line: 13, data: { parcel: 1, shape: '线' } }],
    },
    {
      name: 'a 点 record',
      text: shaped('点', EXAMPLE_POINTS.slice(0, 1)),
      errors: [{ messageId: 'notArea', parcel: 1, data: { parcel: 1, shape: '点' } }],
    },
  ],
});
