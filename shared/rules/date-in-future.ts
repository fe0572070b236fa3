import { FIELD_DEFINITIONS, type FieldDefinition, type FieldId } from '../model/field-dictionary';
import { dateOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { fieldLabels } from './readings';

/**
 * Dates of things already done (field dictionary `pastEvent`): every date but 拟完成整改时间 and
 * 临时用地到期时间, which lie ahead by nature (rules.md).
 */
const PAST_EVENT_DATE_FIELDS: readonly FieldId[] = FIELD_DEFINITIONS.filter((f: FieldDefinition) => f.type === 'date' && f.pastEvent === true).map((f) => f.id);

export default defineRule({
  id: 'date-in-future',
  title: '日期晚于审核日',
  severity: 'error',
  description: '已发生事件的日期（影像、批准、移交、立案、处罚、结案、整改完成、核查等，不含拟完成整改时间和临时用地到期时间）晚于审核日期：每个出错的日期字段各报一次。',
  fields: PAST_EVENT_DATE_FIELDS,
  requires: 'any',
  patchKinds: 'both',
  messages: {
    future: '{label}“{date}”晚于今天（{asOf:日期}）：已发生的事不能在未来，请核对。',
  },
  source: { tag: 'inferred', refs: [], note: '记录已发生事件的日期不能晚于审核日期（--as-of）；多为年份或月日录入错误。' },
  check(record, context) {
    return PAST_EVENT_DATE_FIELDS.flatMap((field) => {
      const date = dateOf(record, field);
      if (date === undefined || date <= context.asOf) return [];
      return [{ messageId: 'future' as const, data: { label: fieldLabels([field]), date, asOf: context.asOf }, fields: [field] }];
    });
  },
});
