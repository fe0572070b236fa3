import type { AreaUnit } from '../model/areas';
import { excelSerialToIso, type IsoDate } from '../model/dates';
import type { FieldId } from '../model/field-dictionary';
import { textOf, type PatchRecord } from '../model/patch-record';
import type { Profile } from '../profiles/profile-schema';
import type { Finding, FindingLocation, Severity } from '../report/finding';
import type { AnyRule, RuleContext } from '../rules/define-rule';
import { isMineralPatch, yearInText } from '../rules/readings';

/** Why a rule did not run on an input (reported in the audit summary, never silently passed). */
export type NotApplicableReason = { readonly kind: 'missing-fields'; readonly missing: readonly FieldId[] } | { readonly kind: 'disabled' };

export interface RuleStatus {
  readonly rule: AnyRule;
  readonly severity: Severity;
  readonly notApplicable?: NotApplicableReason;
}

export interface AuditOptions {
  readonly profile: Profile;
  readonly asOf: IsoDate;
  /** A year read from the sheet's title row, if any. */
  readonly titleYear?: number;
}

/** Which of a rule's fields an input lacks; empty when the rule can run. */
export function missingFields(rule: AnyRule, present: ReadonlySet<FieldId>): FieldId[] {
  const missing = rule.requires === 'any' ? (rule.fields.some((f) => present.has(f)) ? [] : [...rule.fields]) : rule.fields.filter((f) => !present.has(f));
  const anyOf = rule.requiresAnyOf ?? [];
  if (anyOf.length > 0 && !anyOf.some((f) => present.has(f))) missing.push(...anyOf);
  return missing;
}

export function ruleStatus(rule: AnyRule, present: ReadonlySet<FieldId>, profile: Profile): RuleStatus {
  const configured = profile.rules[rule.id];
  if (configured === 'off') return { rule, severity: rule.severity, notApplicable: { kind: 'disabled' } };
  const severity = configured ?? rule.severity;
  const missing = missingFields(rule, present);
  return missing.length > 0 ? { rule, severity, notApplicable: { kind: 'missing-fields', missing } } : { rule, severity };
}

/** The data year of one record (rules.md): 批次, else the title row, else the profile, else the audit year. */
export function dataYearOf(record: PatchRecord, options: AuditOptions): number {
  const batch = textOf(record, 'batch');
  return (batch !== undefined ? batchYear(batch) : undefined) ?? options.titleYear ?? options.profile.year ?? Number(options.asOf.slice(0, 4));
}

/** The year of a 批次 such as `2023年5月`, or of a 批次 cell stored as an Excel date (a bare serial). */
function batchYear(batch: string): number | undefined {
  if (/^\d{5}(?:\.\d+)?$/u.test(batch)) {
    const iso = excelSerialToIso(Number(batch));
    return iso === undefined ? undefined : Number(iso.slice(0, 4));
  }
  return yearInText(batch);
}

/**
 * Runs rules over the records of one input (a sheet, or one form). Rule applicability is decided
 * per record from its `present` fields, so a form whose controls appear later picks rules up as
 * they become applicable; batch state (duplicates) lives as long as this object.
 */
export class AuditRun {
  private readonly states = new Map<string, unknown>();
  private readonly areaUnit: AreaUnit;

  constructor(
    readonly rules: readonly AnyRule[],
    readonly options: AuditOptions,
  ) {
    this.areaUnit = options.profile.areaUnit;
    for (const rule of rules) if (rule.createBatchState) this.states.set(rule.id, rule.createBatchState());
  }

  statuses(present: ReadonlySet<FieldId>): RuleStatus[] {
    return this.rules.map((rule) => ruleStatus(rule, present, this.options.profile));
  }

  check(record: PatchRecord, location: FindingLocation = {}, statuses = this.statuses(record.present)): Finding[] {
    const { profile, asOf } = this.options;
    const context: RuleContext = { profile, asOf, dataYear: dataYearOf(record, this.options), areaUnit: this.areaUnit, ...(location.row !== undefined ? { row: location.row } : {}) };
    const mineral = isMineralPatch(record, profile);
    const findings: Finding[] = [];
    for (const status of statuses) {
      if (status.notApplicable) continue;
      const { rule } = status;
      if ((rule.patchKinds === 'land' && mineral) || (rule.patchKinds === 'mineral' && !mineral)) continue;
      for (const report of rule.check(record, context, this.states.get(rule.id))) {
        findings.push({
          ruleId: rule.id,
          severity: report.severity ?? status.severity,
          fields: report.fields ?? rule.fields,
          messageId: report.messageId,
          data: report.data ?? {},
          location,
        });
      }
    }
    return findings;
  }
}
