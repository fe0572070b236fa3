import { dateOf, isEmpty, isFilled } from '../model/patch-record';
import { defineRule } from './define-rule';
import { isCaseFiled } from './readings';

export default defineRule({
  id: 'case-without-field-check',
  title: '立案前未实地核查',
  severity: 'warning',
  description:
    '已立案（是否立案为是）或已有处罚决定书文号，却没有实地核查时间，或实地核查时间晚于立案时间：图斑只是线索，须先实地核查再立案处罚。只填立案时间而是否立案不为是的不算已立案。',
  fields: ['fieldCheckDate'],
  optionalFields: ['caseFiled', 'penaltyNo', 'caseDate'],
  // Without a 是否立案 or a 处罚决定书文号 column no case can be seen: the rule cannot prove its
  // condition and must say so rather than pass every record.
  requiresAnyOf: ['caseFiled', 'penaltyNo'],
  patchKinds: 'both',
  messages: {
    noFieldCheck: '已立案或已作出处罚决定，但没有实地核查时间：图斑只是线索，请先实地核查并填写核查时间。',
    checkAfterCase: '实地核查时间 {fieldCheckDate:日期} 晚于立案时间 {caseDate:日期}：应先核查后立案。',
  },
  source: {
    tag: 'seed',
    refs: ['S2'],
    note: 'S2: 疑似违法违规变化图斑……不得将其直接作为作出行政处罚的依据，必须……经实地核查后，依据事实……进行处置。',
  },
  check(record) {
    if (!isCaseFiled(record) && !isFilled(record, 'penaltyNo')) return [];
    if (isEmpty(record, 'fieldCheckDate')) return [{ messageId: 'noFieldCheck', fields: ['fieldCheckDate'] }];
    const fieldCheckDate = dateOf(record, 'fieldCheckDate');
    const caseDate = dateOf(record, 'caseDate');
    if (fieldCheckDate && caseDate && fieldCheckDate > caseDate) {
      return [{ messageId: 'checkAfterCase', data: { fieldCheckDate, caseDate }, fields: ['fieldCheckDate', 'caseDate'] }];
    }
    return [];
  },
});
