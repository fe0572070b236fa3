import { dateOf } from '../model/patch-record';
import { defineRule } from './define-rule';

export default defineRule({
  id: 'image-date-order',
  title: '前后时相倒序',
  severity: 'error',
  description: '前时相晚于后时相：两期影像的先后颠倒（同一天不算颠倒）。',
  fields: ['imageBefore', 'imageAfter'],
  patchKinds: 'both',
  messages: {
    reversed: '前时相 {imageBefore:日期} 晚于后时相 {imageAfter:日期}：两个时相可能填反了。',
  },
  source: { tag: 'inferred', refs: [], note: '变化图斑由前、后两期影像对比提取，前时相须早于后时相；颠倒多为两列互换或录入错误。' },
  check(record) {
    const imageBefore = dateOf(record, 'imageBefore');
    const imageAfter = dateOf(record, 'imageAfter');
    if (imageBefore === undefined || imageAfter === undefined || imageBefore <= imageAfter) return [];
    return [{ messageId: 'reversed', data: { imageBefore, imageAfter } }];
  },
});
