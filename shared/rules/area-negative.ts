import { AREA_FIELDS } from '../model/field-dictionary';
import type { PatchRecord } from '../model/patch-record';
import { defineRule } from './define-rule';
import { fieldLabels } from './readings';

function isNegative(record: PatchRecord, field: (typeof AREA_FIELDS)[number]): boolean {
  const value = record.values[field];
  return value?.kind === 'area' && value.readings.some((r) => r.value < 0);
}

export default defineRule({
  id: 'area-negative',
  title: '面积为负数',
  severity: 'error',
  description: '任一面积为负数（任一单位的填报值小于 0）：每个出错的面积字段各报一次。',
  fields: AREA_FIELDS,
  requires: 'any',
  patchKinds: 'both',
  messages: {
    negative: '{label}为负数（{value}）：面积不能小于 0，请改正。',
  },
  source: { tag: 'inferred', refs: [], note: '面积不可能为负；负值多为录入错误或公式误差。' },
  check(record) {
    return AREA_FIELDS.filter((field) => isNegative(record, field)).map((field) => ({
      messageId: 'negative' as const,
      data: { label: fieldLabels([field]), value: record.values[field]?.text ?? '' },
      fields: [field],
    }));
  },
});
