import { testRule } from '../../tests/support/rule-tester';
import { AREA_FIELDS } from '../model/field-dictionary';
import rule from './area-negative';

testRule(rule, {
  valid: [
    { record: { areaMonitored: '12.5', areaCultivated: '0', violationArea: '3.20' } },
    { name: 'empty areas', record: {} },
    { name: 'an unreadable area is not a negative one', record: { areaMonitored: '约十亩' } },
    { name: 'a sheet with only some area columns', record: { areaMonitored: '1.5' }, absent: ['areaCultivated', 'areaFarmland', 'areaRedline'] },
  ],
  invalid: [
    { name: 'on a 矿产 patch too', record: { areaMonitored: '-3', patchKind: '矿产' }, errors: [{ messageId: 'negative', fields: ['areaMonitored'] }] },
    {
      record: { areaMonitored: '-12.5' },
      errors: [{ messageId: 'negative', fields: ['areaMonitored'], data: { label: '监测面积', value: '-12.5' } }],
    },
    {
      // The tester matches expectations to the first finding with that message id: only the first is checked in detail.
      name: 'one finding per negative field',
      record: { areaMonitored: '12.5', areaCultivated: '-1', reclaimedArea: '-0.01' },
      errors: [{ messageId: 'negative', fields: ['areaCultivated'], data: { label: '耕地面积', value: '-1' } }, { messageId: 'negative' }],
    },
    {
      record: { reclaimedArea: '-0.01' },
      errors: [{ messageId: 'negative', fields: ['reclaimedArea'], data: { label: '拆除复耕面积', value: '-0.01' } }],
    },
    {
      name: 'negative in one of two units',
      record: { areaFarmland: { ha: '-0.1000', mu: '1.50' } },
      errors: [{ messageId: 'negative', fields: ['areaFarmland'], data: { label: '永久基本农田面积' } }],
    },
  ],
  notApplicable: [{ name: 'no area column at all', record: {}, absent: AREA_FIELDS }],
});
