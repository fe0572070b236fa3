import { dateOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { verdictOf } from './readings';

export default defineRule({
  id: 'approval-after-image',
  title: '先建后批',
  severity: 'warning',
  description: '判定为合法，但批准时间晚于后时相（同日不算）：影像上已建成时尚未批准，疑为先建后批；无法识别的日期不比较。',
  fields: ['verdict', 'approvalDate', 'imageAfter'],
  patchKinds: 'land',
  messages: {
    approvedAfterImage: '判定为合法，但批准时间 {approvalDate:日期} 晚于后时相 {imageAfter:日期}：疑为先建后批，请核对批准时间或改判。',
  },
  source: {
    tag: 'inferred',
    refs: [],
    note: '后时相影像已显示变化，批准时间在其后说明用地早于批准（先建后批），合法判定须核实；后时相为下发属性，故标记批准时间。',
  },
  check(record) {
    if (verdictOf(record) !== '合法') return [];
    const approvalDate = dateOf(record, 'approvalDate');
    const imageAfter = dateOf(record, 'imageAfter');
    if (approvalDate === undefined || imageAfter === undefined || approvalDate <= imageAfter) return [];
    return [{ messageId: 'approvedAfterImage', data: { approvalDate, imageAfter }, fields: ['approvalDate'] }];
  },
});
