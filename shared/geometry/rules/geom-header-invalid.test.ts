import { EXAMPLE_POINTS, STANDARD_HEADER, txt } from '../../../tests/support/geometry-builders';
import { testGeometryRule } from '../../../tests/support/geometry-rule-tester';
import rule from './geom-header-invalid';

const parcels = [{ id: '1', rings: [EXAMPLE_POINTS] }];

testGeometryRule(rule, {
  valid: [
    { name: 'the standard header', text: txt(parcels) },
    { name: 'CGCS2000 and 高斯-克吕格 spelled otherwise', text: txt(parcels, { ...STANDARD_HEADER, 坐标系: 'CGCS2000', 投影类型: 'Gauss-Kruger' }) },
    { name: 'a shapefile has no [属性描述]', file: { format: 'shapefile', parcels: [{ rings: [EXAMPLE_POINTS.map(([x, y]) => [y, x])] }] } },
  ],
  invalid: [
    {
      name: 'an old datum',
      text: txt(parcels, { ...STANDARD_HEADER, 坐标系: '1980西安坐标系' }),
      errors: [{ messageId: 'old-datum', line: 5, data: { key: '坐标系' } }],
    },
    {
      name: '几度分带=4',
      text: txt(parcels, { ...STANDARD_HEADER, 几度分带: '4' }),
      errors: [{ messageId: 'invalid-value', line: 6, data: { key: '几度分带' } }],
    },
    {
      name: 'no [地块坐标] section',
      text: txt(parcels).replace('[地块坐标]\n', ''),
      errors: [{ messageId: 'missing-section', data: { section: '地块坐标' } }],
    },
  ],
});
