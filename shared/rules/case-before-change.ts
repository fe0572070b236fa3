import { dateOf } from '../model/patch-record';
import { defineRule } from './define-rule';

export default defineRule({
  id: 'case-before-change',
  title: '立案早于前时相',
  severity: 'warning',
  description: '立案时间早于前时相：立案时卫片上尚未出现这一变化，立案可能针对的是另一违法行为，或日期填错（同日不报）。',
  fields: ['caseDate', 'imageBefore'],
  patchKinds: 'both',
  messages: {
    caseBeforeImage: '立案时间 {caseDate:日期} 早于前时相 {imageBefore:日期}：变化发生前不能立案，请核对立案时间。',
  },
  source: { tag: 'inferred', refs: [], note: '图斑反映前后时相之间的变化；针对该变化的立案不应早于前时相。早于前时相的可能是历史案件，须人工核对。' },
  check(record) {
    const caseDate = dateOf(record, 'caseDate');
    const imageBefore = dateOf(record, 'imageBefore');
    if (!caseDate || !imageBefore || caseDate >= imageBefore) return [];
    return [{ messageId: 'caseBeforeImage', data: { caseDate, imageBefore }, fields: ['caseDate'] }];
  },
});
