import { areaOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { areaAtLeast, areaForMessage } from './readings';

export default defineRule({
  id: 'city-sample-check',
  title: '市级抽查图斑',
  severity: 'info',
  description: '耕地面积 ≥ 30亩（按亩计）：属于市级抽查范围。',
  fields: ['areaCultivated'],
  patchKinds: 'land',
  messages: {
    citySample: '耕地面积 {area:亩}，达到市级抽查标准（{threshold} 亩及以上）：纳入市级抽查。',
  },
  source: {
    tag: 'seed',
    refs: ['S4'],
    note: 'S4 四(二): 市级对辖区内占用耕地 30 亩以上的图斑进行抽查。阈值见 profile.thresholds.citySampleCultivatedMu。',
  },
  check(record, context) {
    // The threshold is in 亩 whatever the profile's display unit.
    const areaMu = areaOf(record, 'areaCultivated', 'mu');
    const threshold = context.profile.thresholds.citySampleCultivatedMu;
    if (areaMu === undefined || !areaAtLeast(areaMu, threshold)) return [];
    return [{ messageId: 'citySample', data: { area: areaForMessage(areaMu), threshold } }];
  },
});
