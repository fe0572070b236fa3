import { AREA_UNIT_LABEL } from '../model/areas';
import { SIX_FLAGS } from '../model/field-dictionary';
import { areaOf, isPresent } from '../model/patch-record';
import { defineRule } from './define-rule';
import { areaForMessage, emptyFields, fieldLabels, verdictOf } from './readings';

export default defineRule({
  id: 'cultivated-flags-required',
  title: '六项耕地标识未判定',
  severity: 'error',
  description:
    '判定为违法且违法占用耕地面积大于 0（无此列时按耕地面积）时，六项耕地标识（是否新增农村乱占耕地建房、大棚房、挖湖造景、基金项目、保障性安居住房、防疫医疗卫生设施）都必须回答（否也是回答）；只查输入中有的标识列，缺列的无从判断、不报。',
  fields: ['verdict'],
  // rules.md lists "flag* (six)". A sheet may carry only some flag columns: the ones it has are
  // judged; without any, the rule is not applicable (requiresAnyOf). The area is 违法占用耕地, or
  // where that column is absent 耕地面积; without either the rule cannot run.
  optionalFields: ['violationCultivated', 'areaCultivated', ...SIX_FLAGS],
  requiresAnyOf: SIX_FLAGS,
  requiresAnyOfGroups: [['violationCultivated', 'areaCultivated']],
  patchKinds: 'land',
  messages: {
    unanswered: '判定为违法且{areaLabel} {areaCultivated:面积}，但{flags}未填写：六项标识都须填写是或否。',
  },
  source: {
    tag: 'seed',
    refs: ['S4'],
    note: 'S4: 对涉及违法占用耕地的地块（按违法占用耕地面积判断，不按下发的耕地面积），必须同时判定“是否新增农村乱占耕地建房”“是否大棚房”“是否挖湖造景”“是否基金项目”“是否保障性安居住房”“是否因防疫和防治重大疫情需要建设的医疗卫生设施”。',
  },
  check(record, context) {
    if (verdictOf(record) !== '违法') return [];
    // The flags are asked of 违法占用耕地 (S4); the issued 耕地面积 stands in only without that column.
    const areaField = isPresent(record, 'violationCultivated') ? 'violationCultivated' : 'areaCultivated';
    const areaCultivated = areaOf(record, areaField, context.areaUnit);
    if (areaCultivated === undefined || areaCultivated <= 0) return [];
    const unanswered = emptyFields(
      record,
      SIX_FLAGS.filter((f) => isPresent(record, f)),
    );
    if (unanswered.length === 0) return [];
    return [
      {
        messageId: 'unanswered',
        data: { areaLabel: fieldLabels([areaField]), areaCultivated: areaForMessage(areaCultivated), unit: AREA_UNIT_LABEL[context.areaUnit], flags: fieldLabels(unanswered) },
        fields: unanswered,
      },
    ];
  },
});
