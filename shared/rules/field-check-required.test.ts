import { testRule } from '../../tests/support/rule-tester';
import rule from './field-check-required';

const suspect = { patchType: '新增非农建设类' };

testRule(rule, {
  valid: [
    { name: 'checked in the field', record: { ...suspect, areaCultivated: '60', fieldCheckDate: '2023-06-01' } },
    { name: 'an impossible 核查时间 counts as a record (date-invalid reports it)', record: { ...suspect, areaCultivated: '60', fieldCheckDate: '2023-06-31' } },
    { name: '耕地 just below 50亩', record: { ...suspect, areaCultivated: '49.99' } },
    { name: '永农 and 红线 just below 30亩', record: { ...suspect, areaCultivated: '10', areaFarmland: '29.99', areaRedline: '29.99' } },
    { name: 'a patch type outside the list', record: { patchType: '耕地流出类', areaCultivated: '60' } },
    { name: 'no patch type filed', record: { areaCultivated: '60' } },
    { name: 'no areas filed', record: { ...suspect } },
    { name: 'land-only: not on a 矿产 patch', record: { ...suspect, areaCultivated: '60', patchKind: '矿产' } },
    { name: 'the thresholds are in 亩 even under a 公顷 profile (3.3 公顷 = 49.5 亩)', record: { ...suspect, areaCultivated: { ha: '3.3000' } }, profile: { areaUnit: 'ha' } },
    { name: 'a 永农 column absent: only 耕地 is read', record: { ...suspect, areaCultivated: '20' }, absent: ['areaFarmland', 'areaRedline'] },
  ],
  invalid: [
    {
      name: '耕地 exactly 50亩',
      record: { ...suspect, areaCultivated: '50' },
      errors: [{ messageId: 'missingFieldCheck', fields: ['fieldCheckDate'], data: { patchType: '新增非农建设类', label: '耕地面积', area: 50, threshold: 50 } }],
    },
    {
      name: '其他新增建设类',
      record: { patchType: '其他新增建设类', areaCultivated: '55.5' },
      errors: [{ messageId: 'missingFieldCheck', data: { patchType: '其他新增建设类', area: 55.5 } }],
    },
    {
      name: '永农 exactly 30亩',
      record: { patchType: '其他变化类', areaCultivated: '5', areaFarmland: '30' },
      errors: [{ messageId: 'missingFieldCheck', data: { label: '永久基本农田面积', area: 30, threshold: 30 } }],
    },
    {
      name: '生态红线 exactly 30亩',
      record: { patchType: '年度内持续变化类', areaCultivated: '0', areaRedline: '30.00' },
      errors: [{ messageId: 'missingFieldCheck', data: { label: '生态保护红线面积', threshold: 30 } }],
    },
    {
      name: '耕地 filed in 公顷 is read in 亩 (3.3334 公顷 = 50.001亩)',
      record: { ...suspect, areaCultivated: { ha: '3.3334' } },
      profile: { areaUnit: 'ha' },
      errors: [{ messageId: 'missingFieldCheck', data: { area: 50.001, threshold: 50 } }],
    },
    {
      name: '2 公顷 永农 is exactly 30亩',
      record: { ...suspect, areaCultivated: '0', areaFarmland: { ha: '2.0000' } },
      errors: [{ messageId: 'missingFieldCheck', data: { label: '永久基本农田面积', area: 30 } }],
    },
    { name: 'a type filed without 类', record: { patchType: '新增非农建设', areaCultivated: '50' }, errors: [{ messageId: 'missingFieldCheck' }] },
    {
      name: 'a profile with other thresholds',
      record: { ...suspect, areaCultivated: '40' },
      profile: { thresholds: { ruralRoadMaxWidthM: 8, tempUseDefaultYears: 2, fieldCheckCultivatedMu: 40, fieldCheckFarmlandMu: 20, fieldCheckRedlineMu: 20, countyFocusCultivatedMu: 10, citySampleCultivatedMu: 30, photoGpsMaxDistanceM: 500 } },
      errors: [{ messageId: 'missingFieldCheck', data: { threshold: 40 } }],
    },
  ],
  notApplicable: [
    { name: 'sheet without 实地核查时间', record: { ...suspect, areaCultivated: '60' }, absent: ['fieldCheckDate'] },
    { name: 'sheet without 图斑类型', record: { areaCultivated: '60' }, absent: ['patchType'] },
  ],
});
