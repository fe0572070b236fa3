import { areaOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { areaAtLeast, areaForMessage } from './readings';

export default defineRule({
  id: 'county-focus-check',
  title: '县级重点核查图斑',
  severity: 'info',
  description: '耕地面积 ≥ 10亩（按亩计）：县级须重点细致核查、持续跟踪监管。',
  fields: ['areaCultivated'],
  patchKinds: 'land',
  messages: {
    countyFocus: '耕地面积 {area:亩}，达到县级重点核查标准（{threshold} 亩及以上）：须重点细致核查、持续跟踪监管。',
  },
  source: {
    tag: 'seed',
    refs: ['S4'],
    note: 'S4 四(二): 县级对辖区内占用耕地 10 亩以上的图斑要重点细致核查、持续跟踪监管。阈值见 profile.thresholds.countyFocusCultivatedMu。',
  },
  check(record, context) {
    // The threshold is in 亩 whatever the profile's display unit.
    const areaMu = areaOf(record, 'areaCultivated', 'mu');
    const threshold = context.profile.thresholds.countyFocusCultivatedMu;
    if (areaMu === undefined || !areaAtLeast(areaMu, threshold)) return [];
    return [{ messageId: 'countyFocus', data: { area: areaForMessage(areaMu), threshold } }];
  },
});
