import { isEmpty, isYes } from '../model/patch-record';
import { defineRule } from './define-rule';

export default defineRule({
  id: 'case-closed-without-penalty',
  title: '结案缺处罚决定',
  severity: 'warning',
  description: '是否结案为是，但处罚（处理）决定书文号为空：结案应有处罚或处理决定。',
  fields: ['caseClosed', 'penaltyNo'],
  patchKinds: 'both',
  messages: {
    noDecision: '已结案，但处罚（处理）决定书文号未填：请补填。',
  },
  source: { tag: 'inferred', refs: [], note: '结案以作出处罚（处理）决定并执行为前提；不予处罚等少数情形仍应有决定文书，故为警告。' },
  check(record) {
    return isYes(record, 'caseClosed') && isEmpty(record, 'penaltyNo') ? [{ messageId: 'noDecision', fields: ['penaltyNo'] }] : [];
  },
});
