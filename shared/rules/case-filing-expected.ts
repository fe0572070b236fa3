import { textOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { isCaseFiled, isTransferred, verdictOf } from './readings';

export default defineRule({
  id: 'case-filing-expected',
  severity: 'warning',
  description: '判定为违法、未移交其他部门的图斑应及时立案：是否立案为否或未填时提示，已整改到位的也不例外（不得以罚代管）。',
  fields: ['verdict', 'caseFiled'],
  optionalFields: ['transferDept', 'transferred'],
  patchKinds: 'both',
  messages: {
    notFiled: '判定为违法且未移交，但是否立案为“{caseFiled}”：应及时立案查处。',
    unanswered: '判定为违法且未移交，是否立案未填：应及时立案查处。',
  },
  source: {
    tag: 'seed',
    refs: ['S1', 'S0'],
    note: 'S1: 经核实认定为违法且符合立案条件的，须及时立案，依法严肃查处。S0: 不能“以罚代管”，故已整改的也应立案。移交的按 rules.md 由接收部门处理。',
  },
  check(record) {
    if (verdictOf(record) !== '违法' || isTransferred(record) || isCaseFiled(record)) return [];
    const caseFiled = textOf(record, 'caseFiled');
    if (caseFiled === undefined) return [{ messageId: 'unanswered', fields: ['caseFiled'] }];
    return [{ messageId: 'notFiled', data: { caseFiled }, fields: ['caseFiled'] }];
  },
});
