import { textOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { detailOf, emptyFields, fieldLabels } from './readings';

export default defineRule({
  id: 'temp-use-approval-required',
  title: '临时用地缺批文',
  severity: 'error',
  description: '具体情形为临时用地（按填报值读取，不论判定类型）时，必须填写临时用地的批准文号和批准时间；缺哪项报哪项（无法识别的日期算已填）。',
  fields: ['verdictDetail', 'approvalNo', 'approvalDate'],
  patchKinds: 'land',
  messages: {
    missing: '具体情形为“{verdictDetail}”（临时用地），但{missing}未填写。',
  },
  source: {
    tag: 'sourced',
    refs: ['S4'],
    note: '临时用地须经批准，平台填报临时用地须填批准文号、批准时间；S4 要求复核临时用地不改变批准用途。',
  },
  check(record, context) {
    if (detailOf(record, context.profile) !== '临时用地') return [];
    const missing = emptyFields(record, ['approvalNo', 'approvalDate']);
    if (missing.length === 0) return [];
    return [{ messageId: 'missing', data: { verdictDetail: textOf(record, 'verdictDetail') ?? '', missing: fieldLabels(missing) }, fields: missing }];
  },
});
