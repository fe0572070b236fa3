import { defineRule } from './define-rule';
import { verdictOf } from './readings';

export default defineRule({
  id: 'mineral-verdict-valid',
  title: '矿产判定类型无效',
  severity: 'error',
  description: '矿产图斑的判定类型已填写，但不是矿产卫片的判定类型之一（默认 合法/违法/伪变化）；空值由 verdict-required 报告。',
  fields: ['patchKind', 'verdict'],
  patchKinds: 'mineral',
  messages: {
    invalid: '矿产图斑的判定类型“{verdict}”不是 {allowed} 之一。',
  },
  source: { tag: 'sourced', refs: [], note: '矿产卫片判定类型为 合法 / 违法 / 伪变化（不同于土地图斑的 其他）；列表见 profile.verdicts.mineral。' },
  check(record, context) {
    const verdict = verdictOf(record);
    if (verdict === undefined) return [];
    const allowed = context.profile.verdicts.mineral;
    if (allowed.includes(verdict.replace(/\s+/gu, ''))) return [];
    return [{ messageId: 'invalid', data: { verdict, allowed: allowed.join('/') }, fields: ['verdict'] }];
  },
});
