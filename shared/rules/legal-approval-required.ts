import { textOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { detailOf, verdictOf } from './readings';

/**
 * 合法 cases resting on an approval document (rules.md). 增减挂钩 is among them: seed S1 三(三) counts
 * it among the ways of 完善用地手续, which need 文号 and 批准时间.
 */
const CASES_WITH_APPROVAL: readonly string[] = ['农转用已批', '增减挂钩', '历史批文', '其他批准'];

export default defineRule({
  id: 'legal-approval-required',
  title: '合法图斑缺批准文号',
  severity: 'error',
  description:
    '判定为合法、具体情形为农转用已批、增减挂钩、历史批文或其他批准（含配置中的同义词）时，必须填写批准文号。',
  fields: ['verdict', 'verdictDetail', 'approvalNo'],
  patchKinds: 'land',
  messages: {
    missing: '判定为合法（{verdictDetail}），但批准文号未填写。',
  },
  source: {
    tag: 'seed',
    refs: ['S0', 'S1'],
    note: 'S0: 已经完善审批手续的，要填报审批文件文号、批准时间等相关信息；S1 快报按批准文件认定合法用地，三(三) 把增减挂钩列为完善用地手续的方式之一。',
  },
  check(record, context) {
    if (verdictOf(record) !== '合法' || textOf(record, 'approvalNo') !== undefined) return [];
    // Read as every 具体情形 rule reads it; the verdict is 合法 here, so 合法's list is tried first.
    const canonical = detailOf(record, context.profile);
    if (canonical === undefined || !CASES_WITH_APPROVAL.includes(canonical)) return [];
    return [{ messageId: 'missing', data: { verdictDetail: canonical }, fields: ['approvalNo'] }];
  },
});
