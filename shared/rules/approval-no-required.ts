import { dateOf, isEmpty, isFilled, textOf } from '../model/patch-record';
import { defineRule } from './define-rule';

export default defineRule({
  id: 'approval-no-required',
  title: '缺批准文号',
  severity: 'error',
  description: '填写了批准时间却没有批准文号：完善手续须同时填报文号和批准时间（无法识别的日期也算已填）。',
  fields: ['approvalNo', 'approvalDate'],
  patchKinds: 'both',
  messages: {
    missingNumber: '已填批准时间 {approvalDate:日期}，但批准文号为空：请填写批准文号。',
  },
  source: { tag: 'seed', refs: ['S0', 'S1'], note: 'S0: 已经完善审批手续的，要填报审批文件文号、批准时间等相关信息。' },
  check(record) {
    if (isFilled(record, 'approvalDate') && isEmpty(record, 'approvalNo')) {
      // A readable date as a date (an Excel serial 44927 means nothing to the filer); an impossible one as filed.
      const approvalDate = dateOf(record, 'approvalDate') ?? textOf(record, 'approvalDate') ?? '';
      return [{ messageId: 'missingNumber', data: { approvalDate }, fields: ['approvalNo'] }];
    }
    return [];
  },
});
