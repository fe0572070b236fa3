import { defineRule } from './define-rule';
import { emptyFields, fieldLabels, isCaseFiled } from './readings';

export default defineRule({
  id: 'case-details-required',
  title: '立案缺编号或时间',
  severity: 'error',
  description: '是否立案为是，但立案编号或立案时间为空（无法辨认的日期算已填，由 date-invalid 报告）。',
  fields: ['caseFiled', 'caseNo', 'caseDate'],
  patchKinds: 'both',
  messages: {
    missingDetails: '已立案，但{missing}未填：请补填。',
  },
  source: { tag: 'inferred', refs: [], note: '立案即有案号和立案日期；缺少任一项，立案情况无法核对。' },
  check(record) {
    if (!isCaseFiled(record)) return [];
    const missing = emptyFields(record, ['caseNo', 'caseDate']);
    return missing.length === 0 ? [] : [{ messageId: 'missingDetails', data: { missing: fieldLabels(missing) }, fields: missing }];
  },
});
