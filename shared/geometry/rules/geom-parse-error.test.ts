import { EXAMPLE_POINTS, txt } from '../../../tests/support/geometry-builders';
import { testGeometryRule } from '../../../tests/support/geometry-rule-tester';
import rule from './geom-parse-error';

testGeometryRule(rule, {
  valid: [
    { name: 'the example file', text: txt([{ id: '1', rings: [EXAMPLE_POINTS] }]) },
    { name: 'a hand-built file of finite coordinates', file: { parcels: [{ rings: [EXAMPLE_POINTS] }] } },
  ],
  invalid: [
    {
      name: 'a full-width comma, named by its line',
      text: txt([{ id: '1', rings: [EXAMPLE_POINTS] }]).replace('J2,1,3378983.339,', 'J2，1,3378983.339,'),
      errors: [{ messageId: 'txt-fullwidth-comma', parcel: 1, line: 15 }],
    },
    {
      name: 'not a boundary file at all',
      text: '<html><body>登录</body></html>',
      fileName: 'download.txt',
      errors: [{ messageId: 'unknown-format' }],
    },
    {
      name: 'a coordinate that is not a number reaches the analysis (a hand-built file)',
      file: { parcels: [{ rings: [EXAMPLE_POINTS.map(([x, y], i) => (i === 2 ? [Number.NaN, y] : [x, y]))] }] },
      errors: [{ messageId: 'invalid-coordinate', parcel: 1, ring: 1, point: 3, line: 16, data: { ringNo: 1, point: 3 } }],
    },
  ],
});
