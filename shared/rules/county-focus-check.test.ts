import { testRule } from '../../tests/support/rule-tester';
import { builtInProfile } from '../profiles/profiles';
import rule from './county-focus-check';

const { thresholds } = builtInProfile('national');

testRule(rule, {
  valid: [
    { name: 'just below 10亩', record: { areaCultivated: '9.99' } },
    { name: 'no 耕地 filed', record: {} },
    { name: 'below a higher threshold from the profile', record: { areaCultivated: '12' }, profile: { thresholds: { ...thresholds, countyFocusCultivatedMu: 15 } } },
    { name: 'land-only: not on a 矿产 patch', record: { areaCultivated: '12', patchKind: '矿产' } },
    { name: 'read in 亩 under a 公顷 profile (0.6666 公顷 = 9.999亩)', record: { areaCultivated: { ha: '0.6666' } }, profile: { areaUnit: 'ha' } },
  ],
  invalid: [
    { name: 'exactly 10亩', record: { areaCultivated: '10' }, errors: [{ messageId: 'countyFocus', fields: ['areaCultivated'], data: { area: 10, threshold: 10 } }] },
    { name: 'filed in 公顷 (0.6667 公顷 = 10.0005亩)', record: { areaCultivated: { ha: '0.6667' } }, profile: { areaUnit: 'ha' }, errors: [{ messageId: 'countyFocus', data: { area: 10.0005 } }] },
    { name: 'the threshold comes from the profile', record: { areaCultivated: '6' }, profile: { thresholds: { ...thresholds, countyFocusCultivatedMu: 5 } }, errors: [{ messageId: 'countyFocus', data: { area: 6, threshold: 5 } }] },
    { name: 'on a 土地 patch', record: { areaCultivated: '35', patchKind: '土地' }, errors: [{ messageId: 'countyFocus', data: { area: 35 } }] },
  ],
  notApplicable: [{ name: 'sheet without 耕地面积', record: {}, absent: ['areaCultivated'] }],
});
