import { defineRule } from './define-rule';
import { isCaseFiled, verdictOf } from './readings';

export default defineRule({
  id: 'case-on-non-illegal',
  title: '非违法图斑立案',
  severity: 'error',
  description: '是否立案为是，但图斑未判定为违法（判定为合法、其他、伪变化，或尚未判定）：立案与判定矛盾。',
  fields: ['verdict', 'caseFiled'],
  patchKinds: 'both',
  messages: {
    notIllegal: '判定为“{verdict}”，却已立案：立案只针对违法图斑。',
    noVerdict: '尚未判定，却已立案：请先填报判定类型为违法。',
  },
  source: { tag: 'inferred', refs: [], note: '立案查处的对象是违法行为：判定不是违法（含未判定）而已立案，二者必有一处填错。' },
  check(record) {
    if (!isCaseFiled(record)) return [];
    const verdict = verdictOf(record);
    if (verdict === '违法') return [];
    if (verdict === undefined) return [{ messageId: 'noVerdict', fields: ['verdict'] }];
    return [{ messageId: 'notIllegal', data: { verdict }, fields: ['verdict', 'caseFiled'] }];
  },
});
