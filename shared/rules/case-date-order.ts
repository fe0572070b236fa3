import type { FieldId } from '../model/field-dictionary';
import { dateOf } from '../model/patch-record';
import { defineRule } from './define-rule';

type OrderMessage = 'caseAfterPenalty' | 'penaltyAfterClosed' | 'caseAfterClosed';

/** The chain 立案时间 ≤ 处罚决定时间 ≤ 结案时间, with the data key each date is reported under. */
const CHAIN: readonly { readonly field: FieldId; readonly key: string }[] = [
  { field: 'caseDate', key: 'caseDate' },
  { field: 'penaltyDate', key: 'penaltyDate' },
  { field: 'caseClosedDate', key: 'caseClosedDate' },
];

const MESSAGE_FOR_PAIR: Readonly<Record<string, OrderMessage>> = {
  'caseDate>penaltyDate': 'caseAfterPenalty',
  'penaltyDate>caseClosedDate': 'penaltyAfterClosed',
  'caseDate>caseClosedDate': 'caseAfterClosed',
};

export default defineRule({
  id: 'case-date-order',
  severity: 'error',
  description:
    '立案时间、处罚决定时间、结案时间应依次不早于前者（同日可以）。只比较已填且有效的日期：缺一个时比较其余两个；报告顺序颠倒的那一对。',
  fields: ['caseDate', 'penaltyDate', 'caseClosedDate'],
  patchKinds: 'both',
  messages: {
    caseAfterPenalty: '立案时间 {caseDate} 晚于处罚决定时间 {penaltyDate}。',
    penaltyAfterClosed: '处罚决定时间 {penaltyDate} 晚于结案时间 {caseClosedDate}。',
    caseAfterClosed: '立案时间 {caseDate} 晚于结案时间 {caseClosedDate}。',
  },
  source: { tag: 'inferred', refs: [], note: '查处程序依次为立案、处罚决定、结案；日期颠倒说明至少一个日期填错。' },
  check(record) {
    // Adjacent pairs among the dates present: by transitivity every pair out of order shows in one of them.
    const dated = CHAIN.flatMap((link) => {
      const date = dateOf(record, link.field);
      return date === undefined ? [] : [{ ...link, date }];
    });
    const reports = [];
    for (let i = 1; i < dated.length; i += 1) {
      const earlier = dated[i - 1];
      const later = dated[i];
      if (!earlier || !later || earlier.date <= later.date) continue;
      const messageId = MESSAGE_FOR_PAIR[`${earlier.key}>${later.key}`];
      if (messageId) reports.push({ messageId, data: { [earlier.key]: earlier.date, [later.key]: later.date }, fields: [earlier.field, later.field] });
    }
    return reports;
  },
});
