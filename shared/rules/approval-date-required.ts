import { isEmpty, isFilled, textOf } from '../model/patch-record';
import { defineRule } from './define-rule';

export default defineRule({
  id: 'approval-date-required',
  title: '缺批准时间',
  severity: 'error',
  description: '填写了批准文号却没有批准时间：完善手续须同时填报文号和批准时间。',
  fields: ['approvalNo', 'approvalDate'],
  patchKinds: 'both',
  messages: {
    missingDate: '已填批准文号“{approvalNo}”，但批准时间为空：请填写批准时间。',
  },
  source: { tag: 'seed', refs: ['S0', 'S1'], note: 'S0: 已经完善审批手续的，要填报审批文件文号、批准时间等相关信息。' },
  check(record) {
    if (isFilled(record, 'approvalNo') && isEmpty(record, 'approvalDate')) {
      return [{ messageId: 'missingDate', data: { approvalNo: textOf(record, 'approvalNo') ?? '' }, fields: ['approvalDate'] }];
    }
    return [];
  },
});
