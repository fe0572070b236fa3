import type { AreaUnit } from '../model/areas';
import type { IsoDate } from '../model/dates';
import type { FieldId } from '../model/field-dictionary';
import type { PatchRecord } from '../model/patch-record';
import type { Profile } from '../profiles/profile-schema';
import type { MessageData, Severity } from '../report/finding';

/** Where a rule comes from (rules.md tags): a seed notice, public material, or our reading. */
export type SeedRef = 'S0' | 'S1' | 'S2' | 'S3' | 'S4';
export interface RuleSource {
  readonly tag: 'seed' | 'sourced' | 'inferred';
  /** Seed notices cited; required for tag 'seed', allowed as supporting refs otherwise. */
  readonly refs: readonly SeedRef[];
  /** What the source says, or why we infer it; for 'inferred' rules, what a profile may change. */
  readonly note: string;
}

/** What a rule sees besides the record. */
export interface RuleContext {
  readonly profile: Profile;
  /** The audit date (--as-of): dates of past events may not lie after it. */
  readonly asOf: IsoDate;
  /**
   * The data year (rules.md): 批次/年度, else the title row, else the year most 后时相 (下发时间)
   * dates fall in, else the profile's year; never the audit date's. Undefined when nothing says it.
   */
  readonly dataYear: number | undefined;
  /** The profile's area unit: every area a rule compares is read in it. */
  readonly areaUnit: AreaUnit;
  /** 1-based row (sheet) for batch rules that name another row; absent on a form. */
  readonly row?: number;
}

/** One thing a rule reports about a record; the engine turns it into a Finding. */
export interface RuleReport<M extends string = string> {
  readonly messageId: M;
  readonly data?: MessageData;
  /** The fields at fault, when narrower than the rule's `fields` (the extension marks these). */
  readonly fields?: readonly FieldId[];
  /** A milder severity for this report than the rule's (a doubt rather than a defect: 无法确认照片). */
  readonly severity?: 'info';
}

export type PatchKindScope = 'land' | 'mineral' | 'both';

export interface RuleDefinition<M extends string = string, S = undefined> {
  /** Kebab-case, equal to the file name, from the catalogue; never reused. */
  readonly id: string;
  /** What users see instead of the id: short Chinese (≤ 12 characters), unique among all rules. */
  readonly title: string;
  readonly severity: Severity;
  readonly description: string;
  /** Fields the rule reads. With `requires: 'all'` (default) every one must be present in the input. */
  readonly fields: readonly FieldId[];
  /** Fields read when present (rules.md: bracketed fields). */
  readonly optionalFields?: readonly FieldId[];
  /** 'any': the rule runs when at least one of `fields` is present (area-negative, date-invalid). */
  readonly requires?: 'all' | 'any';
  /**
   * Besides `fields`, at least one of these must be present (they are usually also in
   * `optionalFields`): temp-use-expired needs 到期时间 or 批准时间, the flag rules some flag column.
   */
  readonly requiresAnyOf?: readonly FieldId[];
  /**
   * Further alternatives, each group needing one present field: cultivated-flags-required needs
   * some flag column (requiresAnyOf) and 违法占用耕地 or 耕地面积.
   */
  readonly requiresAnyOfGroups?: readonly (readonly FieldId[])[];
  /** Land-only, mineral-only or both (rules.md: "Land-only rules"). */
  readonly patchKinds: PatchKindScope;
  readonly messages: Readonly<Record<M, string>>;
  readonly source: RuleSource;
  /** Per-batch state for rules that compare records (patch-id-duplicate). */
  readonly createBatchState?: () => S;
  // Method syntax on purpose: a rule with its own state type still fits AnyRule in the registry.
  check(record: PatchRecord, context: RuleContext, state: S): readonly RuleReport<M>[];
}

/** The type every rule module exports as default; the id must equal the file name. */
export type AnyRule = RuleDefinition<string, unknown>;

export function defineRule<M extends string, S = undefined>(rule: RuleDefinition<M, S>): RuleDefinition<M, S> {
  return rule;
}
