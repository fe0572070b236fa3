import { isEmpty } from '../model/patch-record';
import { defineRule } from './define-rule';
import { isResolved } from './readings';

export default defineRule({
  id: 'resolved-date-required',
  title: '缺整改完成时间',
  severity: 'warning',
  description: '是否消除违法状态为是，但整改完成时间为空：无法判断是否在年度节点前整改到位（无法辨认的日期算已填）。',
  fields: ['rectResolved', 'rectDate'],
  patchKinds: 'both',
  messages: {
    noDate: '已消除违法状态，但整改完成时间未填：请补填。',
  },
  source: { tag: 'inferred', refs: ['S1', 'S4'], note: '整改完成时间决定是否在年度节点前消除违法状态（S1、S4），缺少则无法统计。' },
  check(record) {
    return isResolved(record) && isEmpty(record, 'rectDate') ? [{ messageId: 'noDate', fields: ['rectDate'] }] : [];
  },
});
