import { textOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { verdictOf } from './readings';

export default defineRule({
  id: 'verdict-basis-required',
  title: '缺判断依据说明',
  severity: 'warning',
  description: '判定为其他或违法时应填写判断（判定）依据说明；合法的以批准文号等为依据，不在此检查。',
  fields: ['verdict', 'verdictBasis'],
  patchKinds: 'both',
  messages: {
    missing: '判定为{verdict}，但判断依据说明未填写：请写明判定理由。',
  },
  source: {
    tag: 'sourced',
    refs: [],
    note: '平台填报表在违法、其他分支下设判定依据说明；没有依据说明的判定无法审核。',
  },
  check(record) {
    const verdict = verdictOf(record);
    if ((verdict !== '其他' && verdict !== '违法') || textOf(record, 'verdictBasis') !== undefined) return [];
    return [{ messageId: 'missing', data: { verdict }, fields: ['verdictBasis'] }];
  },
});
