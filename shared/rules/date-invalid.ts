import { DATE_FIELDS, type FieldId } from '../model/field-dictionary';
import type { PatchRecord } from '../model/patch-record';
import { defineRule, type RuleReport } from './define-rule';
import { fieldLabels } from './readings';

type DateInvalidMessage = 'impossible' | 'format' | 'serialRange';

/** parseDate's reasons (model/dates.ts) → message ids; an unknown reason reads as a format error. */
const MESSAGE_BY_REASON: Readonly<Record<string, DateInvalidMessage>> = {
  impossible: 'impossible',
  format: 'format',
  'serial-range': 'serialRange',
};

function invalidDate(record: PatchRecord, field: FieldId): RuleReport<DateInvalidMessage> | undefined {
  const value = record.values[field];
  if (value?.kind !== 'invalid' || value.expected !== 'date') return undefined;
  return {
    messageId: MESSAGE_BY_REASON[value.reason] ?? 'format',
    data: { label: fieldLabels([field]), text: value.text, reason: value.reason },
    fields: [field],
  };
}

export default defineRule({
  id: 'date-invalid',
  title: '日期无效',
  severity: 'error',
  description: '任一日期不是真实日期（不存在的日期、无法识别的写法、超出范围的 Excel 日期序号）：每个出错的日期字段各报一次，其他规则视其为已填但值未知。',
  fields: DATE_FIELDS,
  requires: 'any',
  patchKinds: 'both',
  messages: {
    impossible: '{label}“{text}”不是真实存在的日期。',
    format: '{label}“{text}”无法识别为日期，应写作 2023-05-06 或 2023年5月6日。',
    serialRange: '{label}“{text}”作为 Excel 日期序号超出范围，不是有效日期。',
  },
  source: {
    tag: 'inferred',
    refs: [],
    note: 'rules.md: 不可能的日期只由本规则报告一次；其他规则视其为已填、值未知（比较日期的规则跳过）。',
  },
  check(record) {
    return DATE_FIELDS.map((field) => invalidDate(record, field)).filter((r) => r !== undefined);
  },
});
