import { isFilled, textOf, type PatchRecord } from '../model/patch-record';
import { defineRule } from './define-rule';
import { enumOf, isCaseFiled, isTransferred, verdictOf } from './readings';

/** 处理方式 values that are not a filed case (fields.md); with their 说明 they answer this rule. */
const UNFILED_HANDLINGS: readonly string[] = ['非立案处理', '不处理'];

/**
 * Handled without a case and the reason written down (不予立案说明, else 判定依据说明): seed S1 asks
 * filing only of cases 符合立案条件; whether the reason holds is for the handling rules to judge.
 */
function explainedWithoutCase(record: PatchRecord): boolean {
  const handling = enumOf(record, 'handling');
  return handling !== undefined && UNFILED_HANDLINGS.includes(handling) && (isFilled(record, 'noCaseReason') || isFilled(record, 'verdictBasis'));
}

export default defineRule({
  id: 'case-filing-expected',
  title: '违法图斑未立案',
  severity: 'warning',
  description:
    '判定为违法、未移交其他部门的图斑应及时立案：是否立案为否或未填时提示，已整改到位的也不例外（不得以罚代管）；处理方式为非立案处理或不处理且写明说明（不予立案说明，或判定依据说明）的除外。',
  fields: ['verdict', 'caseFiled'],
  optionalFields: ['transferDept', 'transferred', 'handling', 'noCaseReason', 'verdictBasis'],
  patchKinds: 'both',
  messages: {
    notFiled: '判定为违法且未移交，但是否立案为“{caseFiled}”：应及时立案查处。',
    unanswered: '判定为违法且未移交，是否立案未填：应及时立案查处。',
  },
  source: {
    tag: 'seed',
    refs: ['S1', 'S0'],
    note: 'S1: 经核实认定为违法且符合立案条件的，须及时立案，依法严肃查处；非立案处理、不处理并说明理由的，由 mineral-handling-explained 等规则审查说明。S0: 不能“以罚代管”，故已整改的也应立案。移交的按 rules.md 由接收部门处理。',
  },
  check(record) {
    if (verdictOf(record) !== '违法' || isTransferred(record) || isCaseFiled(record) || explainedWithoutCase(record)) return [];
    const caseFiled = textOf(record, 'caseFiled');
    if (caseFiled === undefined) return [{ messageId: 'unanswered', fields: ['caseFiled'] }];
    return [{ messageId: 'notFiled', data: { caseFiled }, fields: ['caseFiled'] }];
  },
});
