import { isEmpty, textOf } from '../model/patch-record';
import { defineRule } from './define-rule';

/** 处理方式 values that are not a filed case and so need their reason written down (fields.md). */
const UNFILED_HANDLINGS: readonly string[] = ['非立案处理', '不处理'];

export default defineRule({
  id: 'mineral-handling-explained',
  title: '矿产处理方式缺说明',
  severity: 'error',
  description: '矿产图斑的处理方式为非立案处理或不处理，却没有判定依据说明。',
  fields: ['patchKind', 'handling', 'verdictBasis'],
  patchKinds: 'mineral',
  messages: {
    missingBasis: '矿产图斑处理方式为“{handling}”，但未填判定依据说明。',
  },
  source: { tag: 'sourced', refs: [], note: '矿产卫片处理方式为 立案 / 非立案处理 / 不处理；后两者须说明依据。' },
  check(record) {
    const handling = textOf(record, 'handling');
    if (handling === undefined || !UNFILED_HANDLINGS.includes(handling.replace(/\s+/gu, '')) || !isEmpty(record, 'verdictBasis')) return [];
    return [{ messageId: 'missingBasis', data: { handling }, fields: ['verdictBasis'] }];
  },
});
