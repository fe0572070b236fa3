import { testRule } from '../../tests/support/rule-tester';
import { AREA_FIELDS } from '../model/field-dictionary';
import rule from './area-unit-mismatch';

testRule(rule, {
  valid: [
    { name: '18.5175 亩 vs 18.52: within 0.00575 亩', record: { areaMonitored: { ha: '1.2345', mu: '18.52' } } },
    { name: '18.5145 亩 vs 18.52: 0.0055, within 0.00575 亩', record: { areaMonitored: { ha: '1.2343', mu: '18.52' } } },
    { name: 'exactly at the edge (0.0008 亩 = 0.00075 + 0.00005) is not beyond it', record: { areaCultivated: { ha: '1.2345', mu: '18.5183' } } },
    { name: 'a coarser 公顷 figure earns a wider tolerance (0.075 + 0.005 亩)', record: { areaFarmland: { ha: '1.23', mu: '18.52' } } },
    { name: '平方米 vs 亩 (12345 m² = 18.5175 亩)', record: { violationArea: { sqm: '12345', mu: '18.52' } } },
    { name: 'one unit only', record: { areaMonitored: '18.60', areaCultivated: { ha: '1.2345' } } },
    { name: 'the other unit empty', record: { areaMonitored: { ha: '1.2345', mu: '' } } },
    { name: 'the other unit unreadable (reported by the sheet reader, not here)', record: { areaMonitored: { ha: '1.2345', mu: '约18亩' } } },
  ],
  invalid: [
    { name: 'on a 矿产 patch too', record: { areaMonitored: { ha: '2.0000', mu: '31.00' }, patchKind: '矿产' }, errors: [{ messageId: 'mismatch', fields: ['areaMonitored'] }] },
    {
      record: { areaMonitored: { ha: '1.2345', mu: '18.60' } },
      errors: [{ messageId: 'mismatch', fields: ['areaMonitored'], data: { label: '监测面积', first: '1.2345公顷', second: '18.60亩', converted: '18.5175亩', tolerance: '0.00575亩' } }],
    },
    { name: '18.513 亩 vs 18.52: 0.007, beyond 0.00575 亩', record: { areaMonitored: { ha: '1.2342', mu: '18.52' } }, errors: [{ messageId: 'mismatch', data: { converted: '18.513亩' } }] },
    { name: 'just past the edge (0.0009 亩 > 0.0008)', record: { areaCultivated: { ha: '1.2345', mu: '18.5184' } }, errors: [{ messageId: 'mismatch', fields: ['areaCultivated'], data: { tolerance: '0.0008亩' } }] },
    {
      name: '亩 column before 公顷',
      record: { reclaimedArea: { mu: '15.00', ha: '1.0100' } },
      errors: [{ messageId: 'mismatch', fields: ['reclaimedArea'], data: { first: '15.00亩', second: '1.0100公顷', converted: '1公顷' } }],
    },
    {
      name: 'one finding per mismatching field',
      record: { areaMonitored: { ha: '2.0000', mu: '30.00' }, areaCultivated: { ha: '1.0000', mu: '16.00' } },
      errors: [{ messageId: 'mismatch', fields: ['areaCultivated'], data: { label: '耕地面积' } }],
    },
  ],
  notApplicable: [{ name: 'no area column at all', record: {}, absent: AREA_FIELDS }],
});
