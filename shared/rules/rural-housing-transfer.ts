import type { FieldId } from '../model/field-dictionary';
import { isPresent, isYes, type PatchRecord } from '../model/patch-record';
import { defineRule } from './define-rule';
import { isCaseFiled, isTransferred, verdictOf } from './readings';

/** Where the user records a transfer: 是否移交, else 移交部门 (rules.md's reading of 移交). */
function transferField(record: PatchRecord): FieldId[] {
  if (isPresent(record, 'transferred')) return ['transferred'];
  return isPresent(record, 'transferDept') ? ['transferDept'] : [];
}

export default defineRule({
  id: 'rural-housing-transfer',
  title: '农村建房未移交立案',
  severity: 'warning',
  description:
    '违法且“是否新增农村乱占耕地建房”为是（农村村民建住宅）的图斑，既未移交（是否移交为是；没有该列时，移交部门已填）也未立案：应移交相关部门或依法立案。',
  fields: ['verdict', 'flagRuralHousing', 'caseFiled'],
  optionalFields: ['transferDept', 'transferred'],
  patchKinds: 'both',
  messages: {
    neitherTransferredNorFiled: '判定为违法的农村村民建住宅，既未移交相关部门，也未立案。',
  },
  source: {
    tag: 'seed',
    refs: ['S1'],
    note: 'S1: 对农村村民非法占用土地建住宅等属于其他部门职责范围的卫片执法图斑，要在核实后及时移交相关部门，做好记录；本部门查处的则须立案。',
  },
  check(record) {
    if (verdictOf(record) !== '违法' || !isYes(record, 'flagRuralHousing')) return [];
    if (isTransferred(record) || isCaseFiled(record)) return [];
    return [{ messageId: 'neitherTransferredNorFiled', fields: [...transferField(record), 'caseFiled'] }];
  },
});
