import type { FieldId } from '../model/field-dictionary';
import { areaOf, isEmpty, textOf } from '../model/patch-record';
import type { Profile } from '../profiles/profile-schema';
import { defineRule } from './define-rule';
import { areaAtLeast, areaForMessage, fieldLabels, patchTypeIs } from './readings';

/**
 * Seed S4: the patch types whose large patches the city checks one by one. S4's 疑似违法 is the patch
 * as issued, whatever the county judged: the city's check exists to test county verdicts.
 */
const FIELD_CHECK_PATCH_TYPES: readonly string[] = ['新增非农建设类', '其他新增建设类', '其他变化类', '年度内持续变化类'];

/** The areas that trigger a field check, in 亩 as the thresholds are, with their thresholds. */
function triggers(profile: Profile): readonly { readonly field: FieldId; readonly thresholdMu: number }[] {
  const t = profile.thresholds;
  return [
    { field: 'areaCultivated', thresholdMu: t.fieldCheckCultivatedMu },
    { field: 'areaFarmland', thresholdMu: t.fieldCheckFarmlandMu },
    { field: 'areaRedline', thresholdMu: t.fieldCheckRedlineMu },
  ];
}

export default defineRule({
  id: 'field-check-required',
  title: '应逐一实地核查',
  severity: 'warning',
  description:
    '新增非农建设类、其他新增建设类、其他变化类、年度内持续变化类图斑，不论县级判定结果，耕地 ≥ 50亩或永久基本农田、生态保护红线 ≥ 30亩（按亩计），却没有实地核查时间：须逐一实地核查。',
  fields: ['patchType', 'fieldCheckDate', 'areaCultivated'],
  optionalFields: ['areaFarmland', 'areaRedline'],
  patchKinds: 'land',
  messages: {
    missingFieldCheck: '{patchType}图斑{label} {area:亩}，达到逐一实地核查标准（{threshold} 亩及以上），但未填实地核查时间：请实地核查后填写。',
  },
  source: {
    tag: 'seed',
    refs: ['S4'],
    note: 'S4 四(二): 对疑似违法占用耕地 50亩、永久基本农田或生态保护红线 30亩以上的“新增非农建设类”“其他新增建设类”“其他变化类”“年度内持续变化类”图斑逐一开展实地核查。“疑似违法”指下发的图斑，不以县级判定为准（市级核查正为检验县级判定）。阈值见 profile.thresholds.fieldCheck*。',
  },
  check(record, context) {
    if (!patchTypeIs(record, FIELD_CHECK_PATCH_TYPES) || !isEmpty(record, 'fieldCheckDate')) return [];
    for (const { field, thresholdMu } of triggers(context.profile)) {
      // The thresholds are in 亩 whatever the profile's display unit.
      const areaMu = areaOf(record, field, 'mu');
      if (areaMu === undefined || !areaAtLeast(areaMu, thresholdMu)) continue;
      return [
        {
          messageId: 'missingFieldCheck',
          data: { patchType: textOf(record, 'patchType') ?? '', label: fieldLabels([field]), area: areaForMessage(areaMu), threshold: thresholdMu },
          fields: ['fieldCheckDate'],
        },
      ];
    }
    return [];
  },
});
