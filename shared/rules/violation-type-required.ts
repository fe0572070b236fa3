import { isEmpty } from '../model/patch-record';
import { defineRule } from './define-rule';
import { verdictOf } from './readings';

export default defineRule({
  id: 'violation-type-required',
  title: '违法图斑缺违法类型',
  severity: 'error',
  description: '判定为违法时必须填写违法类型（至少一级）：违法图斑的类别由违法类型而非具体情形填报。',
  fields: ['verdict', 'violationType'],
  patchKinds: 'both',
  messages: {
    missing: '判定为违法，但违法类型未填写：请选择违法类型。',
  },
  source: {
    tag: 'sourced',
    refs: [],
    note: '平台违法分支以违法类型（一级至四级级联，一级必填）记录违法的类别。',
  },
  check(record) {
    if (verdictOf(record) !== '违法' || !isEmpty(record, 'violationType')) return [];
    return [{ messageId: 'missing', fields: ['violationType'] }];
  },
});
