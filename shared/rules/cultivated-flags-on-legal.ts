import { SIX_FLAGS } from '../model/field-dictionary';
import { isPresent, isYes } from '../model/patch-record';
import { defineRule } from './define-rule';
import { fieldLabels, verdictOf } from './readings';

export default defineRule({
  id: 'cultivated-flags-on-legal',
  title: '非违法图斑标识为是',
  severity: 'warning',
  description: '判定为合法或其他的图斑，六项耕地标识中却有答“是”的：这些标识描述违法占用耕地，与判定矛盾；只查输入中有的标识列。',
  fields: ['verdict'],
  // rules.md lists "flag* (six)": the flag columns a sheet has are judged (see cultivated-flags-required).
  optionalFields: SIX_FLAGS,
  requiresAnyOf: SIX_FLAGS,
  patchKinds: 'land',
  messages: {
    flagOnLegal: '判定为{verdict}，但{flags}答“是”：这些标识只用于违法占用耕地，请改为“否”或核对判定。',
  },
  source: {
    tag: 'inferred',
    refs: ['S4'],
    note: 'S4 的六项标识是对违法占用耕地地块的判定；合法或其他的图斑答“是”，判定与标识必有一处错误。',
  },
  check(record) {
    const verdict = verdictOf(record);
    if (verdict !== '合法' && verdict !== '其他') return [];
    const flagged = SIX_FLAGS.filter((f) => isPresent(record, f) && isYes(record, f));
    if (flagged.length === 0) return [];
    return [{ messageId: 'flagOnLegal', data: { verdict, flags: fieldLabels(flagged) }, fields: flagged }];
  },
});
