import type { FieldId } from '../model/field-dictionary';
import type { PatchRecord } from '../model/patch-record';
import type { AnyRule } from '../rules/define-rule';

/**
 * Fields the engine itself reads for every rule, whatever the rule declares: 图斑类别 decides
 * whether a land-only or mineral-only rule runs (readings.ts isMineralPatch), and 批次 (on a form
 * without one, 后时相 or 下发时间) sets the data year every date rule sees (run-rules.ts
 * dataYearOf). A change to one of them re-runs all rules.
 */
export const ENGINE_WIDE_FIELDS: readonly FieldId[] = ['patchKind', 'batch', 'imageAfter', 'issuedAt'];

/**
 * Fields the shared readings read on behalf of another: the canonical 具体情形 depends on the
 * verdict it is read within (readings.ts detailOf), so a rule reading 具体情形 reads 判定类型 too.
 * The tracking test in rule-field-index.test.ts finds any read missing here.
 */
export const IMPLIED_READS: Readonly<Partial<Record<FieldId, readonly FieldId[]>>> = {
  verdictDetail: ['verdict'],
};

/**
 * Every field a rule may read: its required fields, its optional fields, its `requiresAnyOf`
 * alternatives and what those imply. Presence counts as much as value: a field appearing on a form
 * makes a rule applicable, so its appearance is a change too.
 */
export function fieldsReadBy(rule: AnyRule): ReadonlySet<FieldId> {
  const declared = [...rule.fields, ...(rule.optionalFields ?? []), ...(rule.requiresAnyOf ?? []), ...(rule.requiresAnyOfGroups ?? []).flat()];
  return new Set<FieldId>([...declared, ...declared.flatMap((field) => IMPLIED_READS[field] ?? [])]);
}

/**
 * Which rules read which field (house style: "the engine re-runs a rule only when one of its
 * fields changes"). The extension keeps the findings of a form and, when the filer edits a
 * control, re-runs only the rules the changed fields touch.
 */
export class RuleFieldIndex {
  private readonly byField = new Map<FieldId, AnyRule[]>();
  private readonly engineWide: ReadonlySet<FieldId>;

  constructor(
    readonly rules: readonly AnyRule[],
    engineWideFields: readonly FieldId[] = ENGINE_WIDE_FIELDS,
  ) {
    this.engineWide = new Set(engineWideFields);
    for (const rule of rules) {
      for (const field of fieldsReadBy(rule)) {
        const list = this.byField.get(field);
        if (list) list.push(rule);
        else this.byField.set(field, [rule]);
      }
    }
  }

  /** The rules reading `field`, in registry order. */
  rulesReading(field: FieldId): readonly AnyRule[] {
    return this.engineWide.has(field) ? this.rules : (this.byField.get(field) ?? []);
  }

  /** The rules to re-run after `changed` fields changed, in registry order, each once. */
  rulesAffectedBy(changed: Iterable<FieldId>): AnyRule[] {
    const affected = new Set<AnyRule>();
    for (const field of changed) {
      if (this.engineWide.has(field)) return [...this.rules];
      for (const rule of this.byField.get(field) ?? []) affected.add(rule);
    }
    return this.rules.filter((rule) => affected.has(rule));
  }
}

/** A field value compared as filed: its kind and text (the normalised value follows from them). */
function valueKey(record: PatchRecord, field: FieldId): string {
  const value = record.values[field];
  if (value === undefined) return record.present.has(field) ? 'present' : 'absent';
  return `${value.kind}\u0000${value.text}\u0000${value.kind === 'area' ? value.readings.map((r) => `${r.unit}:${r.value}`).join(',') : ''}`;
}

/** The fields whose presence or value differs between two readings of one form. */
export function changedFields(before: PatchRecord, after: PatchRecord): FieldId[] {
  const candidates = new Set<FieldId>([...before.present, ...after.present, ...(Object.keys(before.values) as FieldId[]), ...(Object.keys(after.values) as FieldId[])]);
  return [...candidates].filter((field) => valueKey(before, field) !== valueKey(after, field));
}
