import type { AreaUnit } from '../model/areas';
import { excelSerialToIso, type IsoDate } from '../model/dates';
import type { FieldId } from '../model/field-dictionary';
import { dateOf, textOf, type PatchRecord } from '../model/patch-record';
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
  /**
   * The year most 后时相 (else 下发时间) dates of the input fall in (rules.md, data year), computed
   * only when a record needs it: a sheet with a 批次 or a title year never reads it.
   */
  readonly datesYear?: () => number | undefined;
}

/** Which of a rule's fields an input lacks; empty when the rule can run. */
export function missingFields(rule: AnyRule, present: ReadonlySet<FieldId>): FieldId[] {
  const missing = rule.requires === 'any' ? (rule.fields.some((f) => present.has(f)) ? [] : [...rule.fields]) : rule.fields.filter((f) => !present.has(f));
  const anyOf = rule.requiresAnyOf ?? [];
  if (anyOf.length > 0 && !anyOf.some((f) => present.has(f))) missing.push(...anyOf);
  for (const group of rule.requiresAnyOfGroups ?? []) if (!group.some((f) => present.has(f))) missing.push(...group);
  return missing;
}

export function ruleStatus(rule: AnyRule, present: ReadonlySet<FieldId>, profile: Profile): RuleStatus {
  const configured = profile.rules[rule.id];
  if (configured === 'off') return { rule, severity: rule.severity, notApplicable: { kind: 'disabled' } };
  const severity = configured ?? rule.severity;
  // rules.md: a profile with defaultPatchKind 矿产 makes a sheet without 图斑类别 mineral patches,
  // so the mineral rules (which read patchKind) apply to it.
  const known = profile.defaultPatchKind === '矿产' && !present.has('patchKind') ? new Set<FieldId>([...present, 'patchKind']) : present;
  const missing = missingFields(rule, known);
  return missing.length > 0 ? { rule, severity, notApplicable: { kind: 'missing-fields', missing } } : { rule, severity };
}

/** The year of a date field of one record, when it holds a readable date. */
function dateYear(record: PatchRecord, field: FieldId): number | undefined {
  const date = dateOf(record, field);
  return date === undefined ? undefined : Number(date.slice(0, 4));
}

/**
 * The data year of one record (rules.md): the 批次/年度, else the title row's year, else the year
 * most 后时相 (or 下发时间) dates fall in (on a form: the record's own), else the profile's year.
 * Never the audit date's year: annual audits run in January–February of the next year. Undefined
 * when nothing tells it (rules that need it then stay quiet).
 */
export function dataYearOf(record: PatchRecord, options: AuditOptions): number | undefined {
  const batch = textOf(record, 'batch');
  return (
    (batch !== undefined ? batchYear(batch) : undefined) ??
    options.titleYear ??
    (options.datesYear ? options.datesYear() : (dateYear(record, 'imageAfter') ?? dateYear(record, 'issuedAt'))) ??
    options.profile.year
  );
}

/**
 * The year most of the records' 后时相 dates fall in, else most of their 下发时间 dates; ties go to
 * the later year. Undefined when no record has either date.
 */
export function majorityDateYear(records: Iterable<PatchRecord>): number | undefined {
  const byField: Record<'imageAfter' | 'issuedAt', Map<number, number>> = { imageAfter: new Map(), issuedAt: new Map() };
  for (const record of records) {
    for (const field of ['imageAfter', 'issuedAt'] as const) {
      const year = dateYear(record, field);
      if (year !== undefined) byField[field].set(year, (byField[field].get(year) ?? 0) + 1);
    }
  }
  for (const counts of [byField.imageAfter, byField.issuedAt]) {
    let best: [number, number] | undefined;
    for (const [year, n] of counts) if (best === undefined || n > best[1] || (n === best[1] && year > best[0])) best = [year, n];
    if (best) return best[0];
  }
  return undefined;
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
