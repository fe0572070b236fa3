import { isEmpty } from '../model/patch-record';
import { defineRule } from './define-rule';
import { isResolved } from './readings';

export default defineRule({
  id: 'resolved-measure-required',
  title: '缺整改措施',
  severity: 'error',
  description: '是否消除违法状态为是，但整改措施为空：须说明以何种方式消除。',
  fields: ['rectResolved', 'rectMeasure'],
  patchKinds: 'both',
  messages: {
    noMeasure: '已消除违法状态，但整改措施未填：请选择或填写整改措施。',
  },
  source: { tag: 'inferred', refs: [], note: '消除违法状态的方式（拆除、复耕、补办手续……）决定须附的证明（照片或批文），不可缺。' },
  check(record) {
    return isResolved(record) && isEmpty(record, 'rectMeasure') ? [{ messageId: 'noMeasure', fields: ['rectMeasure'] }] : [];
  },
});
