import { textOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { isCaseFiled } from './readings';

export default defineRule({
  id: 'penalty-without-case',
  title: '未立案却有处罚',
  severity: 'error',
  description: '填了处罚决定书文号，但是否立案不是“是”（为否或未填）：先立案后处罚。',
  fields: ['penaltyNo', 'caseFiled'],
  patchKinds: 'both',
  messages: {
    caseNotFiled: '已有处罚决定书文号“{penaltyNo}”，但是否立案为“{caseFiled}”。',
    caseUnanswered: '已有处罚决定书文号“{penaltyNo}”，但是否立案未填。',
  },
  source: { tag: 'inferred', refs: [], note: '行政处罚决定在立案调查之后作出：有处罚决定而未立案，必有一处填错。' },
  check(record) {
    const penaltyNo = textOf(record, 'penaltyNo');
    if (penaltyNo === undefined || isCaseFiled(record)) return [];
    const caseFiled = textOf(record, 'caseFiled');
    if (caseFiled === undefined) return [{ messageId: 'caseUnanswered', data: { penaltyNo }, fields: ['caseFiled'] }];
    return [{ messageId: 'caseNotFiled', data: { penaltyNo, caseFiled }, fields: ['penaltyNo', 'caseFiled'] }];
  },
});
