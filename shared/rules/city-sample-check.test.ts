import { testRule } from '../../tests/support/rule-tester';
import { builtInProfile } from '../profiles/profiles';
import rule from './city-sample-check';

const { thresholds } = builtInProfile('national');

testRule(rule, {
  valid: [
    { name: 'just below 30亩', record: { areaCultivated: '29.99' } },
    { name: 'no 耕地 filed', record: {} },
    { name: 'below a higher threshold from the profile', record: { areaCultivated: '35' }, profile: { thresholds: { ...thresholds, citySampleCultivatedMu: 40 } } },
    { name: 'land-only: not on a 矿产 patch', record: { areaCultivated: '40', patchKind: '矿产' } },
    { name: 'read in 亩 under a 公顷 profile (1.9999 公顷 = 29.9985亩)', record: { areaCultivated: { ha: '1.9999' } }, profile: { areaUnit: 'ha' } },
  ],
  invalid: [
    { name: 'exactly 30亩', record: { areaCultivated: '30.00' }, errors: [{ messageId: 'citySample', fields: ['areaCultivated'], data: { area: 30, threshold: 30 } }] },
    { name: 'the threshold comes from the profile', record: { areaCultivated: '21' }, profile: { thresholds: { ...thresholds, citySampleCultivatedMu: 20 } }, errors: [{ messageId: 'citySample', data: { area: 21, threshold: 20 } }] },
    { name: 'filed in 公顷 (2 公顷 = 30亩)', record: { areaCultivated: { ha: '2.0000' } }, profile: { areaUnit: 'ha' }, errors: [{ messageId: 'citySample', data: { area: 30 } }] },
  ],
  notApplicable: [{ name: 'sheet without 耕地面积', record: {}, absent: ['areaCultivated'] }],
});
