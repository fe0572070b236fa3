import { isYes, textOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { isCaseFiled } from './readings';

export default defineRule({
  id: 'case-closed-without-case',
  title: '未立案却已结案',
  severity: 'error',
  description: '是否结案为是，但是否立案不是“是”（为否或未填）：未立案无从结案。',
  fields: ['caseClosed', 'caseFiled'],
  patchKinds: 'both',
  messages: {
    caseNotFiled: '已结案，但是否立案为“{caseFiled}”。',
    caseUnanswered: '已结案，但是否立案未填。',
  },
  source: { tag: 'inferred', refs: [], note: '结案是立案查处的终点：结案而未立案，必有一处填错。' },
  check(record) {
    if (!isYes(record, 'caseClosed') || isCaseFiled(record)) return [];
    const caseFiled = textOf(record, 'caseFiled');
    if (caseFiled === undefined) return [{ messageId: 'caseUnanswered', fields: ['caseFiled'] }];
    return [{ messageId: 'caseNotFiled', data: { caseFiled }, fields: ['caseClosed', 'caseFiled'] }];
  },
});
