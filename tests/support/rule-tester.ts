/**
 * ESLint-style tester for rule modules. Every `<rule-id>.test.ts` calls `testRule` with valid and
 * invalid cases; the tester runs them through the real engine (applicability and patch-kind scope
 * included) and refuses sloppy suites: no valid or no invalid case, an invalid case without
 * expected reports, a duplicate case, a field the rule does not declare, a message id never
 * exercised, or a template placeholder a report does not supply.
 */
import { describe, expect, it } from 'vitest';
import { ENGINE_WIDE_FIELDS } from '../../shared/engine/rule-field-index';
import { AuditRun } from '../../shared/engine/run-rules';
import { FIELD_IDS, type FieldId } from '../../shared/model/field-dictionary';
import { buildRecord } from '../../shared/model/patch-record';
import { builtInProfile } from '../../shared/profiles/profiles';
import type { Profile } from '../../shared/profiles/profile-schema';
import type { Finding } from '../../shared/report/finding';
import { templatePlaceholders } from '../../shared/report/render-message';
import type { RuleDefinition } from '../../shared/rules/define-rule';
import { offerSuite } from './rule-case-sink';

export type RawRecord = Partial<Record<FieldId, unknown>>;

interface CaseBase {
  /** What the case shows; defaults to the record as JSON. */
  readonly name?: string;
  /** One record, or several for batch rules (patch-id-duplicate). */
  readonly record?: RawRecord;
  readonly records?: readonly RawRecord[];
  /** Fields the input lacks (a sheet without that column). By default every field the rule reads is present. */
  readonly absent?: readonly FieldId[];
  readonly asOf?: string;
  /** A year from the title row. */
  readonly titleYear?: number;
  /** Overrides merged into the national profile. */
  readonly profile?: Partial<Profile>;
}

export interface ExpectedReport {
  readonly messageId: string;
  /** For batch cases: the index of the record that carries it. */
  readonly index?: number;
  readonly fields?: readonly FieldId[];
  /** Values the report's data must contain. */
  readonly data?: Readonly<Record<string, string | number>>;
}

export type ValidCase = CaseBase;
export interface InvalidCase extends CaseBase {
  readonly errors: readonly ExpectedReport[];
}

export interface RuleCases {
  readonly valid: readonly ValidCase[];
  readonly invalid: readonly InvalidCase[];
  /** Inputs on which the rule must report itself not applicable. */
  readonly notApplicable?: readonly ValidCase[];
}

const DEFAULT_AS_OF = '2024-06-30';

function recordsOf(c: CaseBase): readonly RawRecord[] {
  if (c.record && c.records) throw new Error('a case has either `record` or `records`');
  const records = c.records ?? (c.record ? [c.record] : undefined);
  if (!records || records.length === 0) throw new Error('a case needs a record');
  return records;
}

function caseName(c: CaseBase): string {
  return c.name ?? JSON.stringify(c.records ?? c.record);
}

export interface CaseRun {
  readonly findings: readonly Finding[];
  readonly applicable: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any rule, whatever its message ids and state
type SomeRule = RuleDefinition<string, any>;

export function runCase(rule: SomeRule, c: CaseBase): CaseRun {
  const base = builtInProfile('national');
  const profile: Profile = c.profile ? { ...base, ...c.profile } : base;
  const declared = new Set<FieldId>([...rule.fields, ...(rule.optionalFields ?? []), ...ENGINE_WIDE_FIELDS]);
  // The engine-wide fields (图斑类别, 批次, the dates that set the data year) a case fills are columns of its input.
  const engineFilled = ENGINE_WIDE_FIELDS.filter((f) => recordsOf(c).some((r) => r[f] !== undefined));
  const present = new Set<FieldId>([...rule.fields, ...(rule.optionalFields ?? []), ...engineFilled].filter((f) => !(c.absent ?? []).includes(f)));
  const run = new AuditRun([rule], { profile, asOf: c.asOf ?? DEFAULT_AS_OF, ...(c.titleYear !== undefined ? { titleYear: c.titleYear } : {}) });
  const findings: Finding[] = [];
  let applicable = true;
  recordsOf(c).forEach((raw, index) => {
    for (const key of Object.keys(raw)) {
      if (!FIELD_IDS.includes(key as FieldId)) throw new Error(`unknown field id "${key}" in case ${caseName(c)}`);
      if (!declared.has(key as FieldId)) throw new Error(`case ${caseName(c)} sets "${key}", which ${rule.id} does not declare in fields/optionalFields`);
    }
    const record = buildRecord(raw, { present });
    const statuses = run.statuses(record.present);
    if (statuses[0]?.notApplicable) applicable = false;
    // Rows are 1-based as in a sheet; `index` in expectations is 0-based.
    findings.push(...run.check(record, { row: index + 1 }, statuses));
  });
  return { findings, applicable };
}

function sortKey(e: { messageId: string; index?: number }): string {
  return `${e.index ?? 0}:${e.messageId}`;
}

export function testRule(rule: SomeRule, cases: RuleCases): void {
  if (offerSuite({ ruleId: rule.id, kind: 'record', rule, cases })) return;
  describe(rule.id, () => {
    it('has a sound test suite', () => {
      expect(cases.valid.length, 'at least one valid case').toBeGreaterThan(0);
      expect(cases.invalid.length, 'at least one invalid case').toBeGreaterThan(0);
      const seen = new Set<string>();
      for (const c of [...cases.valid, ...cases.invalid, ...(cases.notApplicable ?? [])]) {
        const key = JSON.stringify({ r: c.record, rs: c.records, a: c.absent, d: c.asOf, t: c.titleYear, p: c.profile });
        expect(seen.has(key), `duplicate case ${caseName(c)}`).toBe(false);
        seen.add(key);
      }
      for (const c of cases.invalid) expect(c.errors.length, `invalid case ${caseName(c)} names its expected reports`).toBeGreaterThan(0);
    });

    for (const c of cases.valid) {
      it(`valid: ${caseName(c)}`, () => {
        const { findings, applicable } = runCase(rule, c);
        expect(applicable, 'a valid case must be applicable (use notApplicable for that)').toBe(true);
        expect(findings.map((f) => f.messageId)).toEqual([]);
      });
    }

    for (const c of cases.invalid) {
      it(`invalid: ${caseName(c)}`, () => {
        const { findings } = runCase(rule, c);
        const actual = findings.map((f) => ({ messageId: f.messageId, index: (f.location.row ?? 1) - 1 })).sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
        const expected = c.errors.map((e) => ({ messageId: e.messageId, index: e.index ?? 0 })).sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
        expect(actual).toEqual(expected);
        // Pair each expectation with a distinct finding of its message id and record that satisfies
        // its fields and data, so two reports with one message id are each checked.
        const unmatched = [...findings];
        for (const e of c.errors) {
          const fits = (f: Finding): boolean =>
            f.messageId === e.messageId &&
            (f.location.row ?? 1) - 1 === (e.index ?? 0) &&
            (!e.fields || JSON.stringify([...f.fields].sort()) === JSON.stringify([...e.fields].sort())) &&
            (!e.data || Object.entries(e.data).every(([k, v]) => f.data[k] === v));
          const at = unmatched.findIndex(fits);
          expect(at, `a ${e.messageId} report with fields ${JSON.stringify(e.fields)} and data ${JSON.stringify(e.data)}; got ${JSON.stringify(findings.map((f) => ({ m: f.messageId, fields: f.fields, data: f.data })))}`).toBeGreaterThanOrEqual(0);
          unmatched.splice(at, 1);
        }
        for (const f of findings) {
          const template = (rule.messages as Record<string, string>)[f.messageId];
          expect(template, `message id ${f.messageId} is declared`).toBeDefined();
          for (const name of templatePlaceholders(template ?? '')) {
            expect(f.data, `placeholder {${name}} of ${f.messageId} is supplied`).toHaveProperty(name);
          }
        }
      });
    }

    for (const c of cases.notApplicable ?? []) {
      it(`not applicable: ${caseName(c)}`, () => {
        const { findings, applicable } = runCase(rule, c);
        expect(applicable).toBe(false);
        expect(findings).toEqual([]);
      });
    }

    it('exercises every message id in an invalid case', () => {
      const used = new Set(cases.invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
      for (const id of Object.keys(rule.messages)) expect(used.has(id), `message id ${id} has an invalid case`).toBe(true);
    });
  });
}
