import { textOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { detailWithinVerdict, verdictOf } from './readings';

export default defineRule({
  id: 'verdict-detail-valid',
  title: '具体情形与判定不符',
  severity: 'error',
  description:
    '判定为合法或其他（配置 verdictDetails 中列有具体情形的判定类型）时，具体情形必须填写且属于该判定类型的情形（同义词按配置归并）；判定为违法时不看具体情形，其类别由违法类型填报。',
  fields: ['verdict', 'verdictDetail'],
  patchKinds: 'land',
  messages: {
    missing: '判定为{verdict}，但具体情形未填写（应为：{allowed}）。',
    notForVerdict: '具体情形“{verdictDetail}”不属于判定类型“{verdict}”的情形（应为：{allowed}）。',
  },
  source: {
    tag: 'sourced',
    refs: [],
    note: '平台填报表按判定类型分支给出具体情形：合法（农转用已批、增减挂钩、其他批准，通知中另见历史批文）、其他（设施农用地、临时用地、农村道路、油田用地、实地未变化、其他）；列表与同义词由配置 verdictDetails 提供。',
  },
  check(record, context) {
    const verdict = verdictOf(record);
    if (verdict === undefined) return [];
    const cases = context.profile.verdictDetails[verdict];
    if (cases === undefined) return [];
    const allowed = Object.keys(cases).join('、');
    const verdictDetail = textOf(record, 'verdictDetail');
    if (verdictDetail === undefined) return [{ messageId: 'missing', data: { verdict, allowed }, fields: ['verdictDetail'] }];
    if (detailWithinVerdict(verdictDetail, verdict, context.profile) !== undefined) return [];
    return [{ messageId: 'notForVerdict', data: { verdict, verdictDetail, allowed }, fields: ['verdictDetail'] }];
  },
});
