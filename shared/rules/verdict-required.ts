import { defineRule } from './define-rule';
import { isMineralPatch, verdictOf } from './readings';

export default defineRule({
  id: 'verdict-required',
  title: '判定类型缺失或无效',
  severity: 'error',
  description:
    '判定类型必须填写；土地图斑只能填配置中的判定类型（全国默认：合法、违法、其他），取值去掉空白后比对（“违 法”按“违法”读，与其他规则一致）；矿产图斑已填的值由 mineral-verdict-valid 判断。',
  fields: ['verdict'],
  patchKinds: 'both',
  messages: {
    missing: '判定类型未填写：请选择合法、违法或其他。',
    unknown: '判定类型“{verdict}”不是土地图斑的判定类型（应为：{allowed}）。',
  },
  source: {
    tag: 'seed',
    refs: ['S1'],
    note: 'S1: 对下发的土地、矿产卫片执法图斑开展核查，按规则判定上报；土地图斑的判定类型取自配置 verdicts.land。',
  },
  check(record, context) {
    const verdict = verdictOf(record);
    if (verdict === undefined) return [{ messageId: 'missing', fields: ['verdict'] }];
    if (isMineralPatch(record, context.profile)) return [];
    const allowed = context.profile.verdicts.land;
    if (allowed.includes(verdict)) return [];
    return [{ messageId: 'unknown', data: { verdict, allowed: allowed.join('、') }, fields: ['verdict'] }];
  },
});
