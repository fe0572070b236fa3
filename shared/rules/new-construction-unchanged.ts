import { textOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { detailOf, patchTypeIs } from './readings';

/** The issued type that asserts a new construction (fields.md patchType). */
const NEW_CONSTRUCTION: readonly string[] = ['新增非农建设类'];

export default defineRule({
  id: 'new-construction-unchanged',
  title: '新增建设填实地未变化',
  severity: 'warning',
  description: '图斑类型为新增非农建设类，具体情形却填实地未变化（含伪变化，按填报值读取）：下发即认定有新增建设，须核实。',
  fields: ['patchType', 'verdictDetail'],
  patchKinds: 'land',
  messages: {
    unchangedNewConstruction: '图斑类型为“{patchType}”，但具体情形填“{verdictDetail}”（实地未变化）：请核实。',
  },
  source: {
    tag: 'inferred',
    refs: ['S4'],
    note: '新增非农建设类图斑是影像上新出现的建设，判为实地未变化需充分举证；S4 要求复核实地未变化没有新增违法。',
  },
  check(record, context) {
    // The type is read as field-check-required reads it (`新增非农建设` without 类 too).
    if (!patchTypeIs(record, NEW_CONSTRUCTION) || detailOf(record, context.profile) !== '实地未变化') return [];
    return [{ messageId: 'unchangedNewConstruction', data: { patchType: textOf(record, 'patchType') ?? '', verdictDetail: textOf(record, 'verdictDetail') ?? '' }, fields: ['verdictDetail'] }];
  },
});
