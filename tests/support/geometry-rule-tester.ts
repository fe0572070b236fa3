/**
 * ESLint-style tester for geometry rules (shared/geometry/rules/). Every `<rule-id>.test.ts` calls
 * `testGeometryRule` with valid and invalid cases: hand-built files (tests/support/geometry-
 * builders.ts) with their analyses, run through the real rule runner (profile severity included).
 * It refuses sloppy suites like the record tester: no valid or no invalid case, an invalid case
 * without expected reports, a message id never exercised, a placeholder a report does not supply,
 * or a finding without a location (rules.md: every geometry finding is located).
 */
import { describe, expect, it } from 'vitest';
import type { ParcelAnalysis } from '../../shared/geometry/analysis';
import type { AnyGeometryRule, ExpectedArea, GeometryContext } from '../../shared/geometry/define-geometry-rule';
import type { CoordinateFile } from '../../shared/geometry/model';
import { runGeometryRules, type GeometryFinding } from '../../shared/geometry/run-geometry-rules';
import { builtInProfile } from '../../shared/profiles/profiles';
import type { Profile } from '../../shared/profiles/profile-schema';
import { templatePlaceholders } from '../../shared/report/render-message';
import { analysisOf, coordinateFile, type AnalysisSpec, type FileSpec } from './geometry-builders';

export interface GeometryCase {
  readonly name: string;
  readonly file: FileSpec;
  /** Per parcel, in order; missing entries get `analysisOf`'s defaults. */
  readonly analyses?: readonly AnalysisSpec[];
  readonly expectedArea?: ExpectedArea;
  readonly patchRings?: readonly Float64Array[];
  /** Overrides of the national profile's `geometry` and `areaTolerance`. */
  readonly geometry?: Partial<Profile['geometry']>;
  readonly areaTolerance?: Profile['areaTolerance'];
}

export interface ExpectedGeometryReport {
  readonly messageId: string;
  /** 1-based parcel number; omitted for a file-level report. */
  readonly parcel?: number;
  readonly ring?: number;
  readonly point?: number;
  readonly line?: number;
  /** Values the report's data must contain. */
  readonly data?: Readonly<Record<string, string | number>>;
}

export interface InvalidGeometryCase extends GeometryCase {
  readonly errors: readonly ExpectedGeometryReport[];
}

export interface GeometryRuleCases {
  readonly valid: readonly GeometryCase[];
  readonly invalid: readonly InvalidGeometryCase[];
}

export function contextFor(c: GeometryCase): GeometryContext {
  const base = builtInProfile('national');
  const profile: Profile = {
    ...base,
    geometry: { ...base.geometry, ...(c.geometry ?? {}) },
    ...(c.areaTolerance ? { areaTolerance: c.areaTolerance } : {}),
  };
  return {
    profile,
    ...(c.expectedArea ? { expectedArea: c.expectedArea } : {}),
    ...(c.patchRings ? { patchRings: c.patchRings } : {}),
  };
}

export function runGeometryCase(rule: AnyGeometryRule, c: GeometryCase): { file: CoordinateFile; findings: GeometryFinding[] } {
  const file = coordinateFile(c.file);
  const analyses: ParcelAnalysis[] = file.parcels.map((parcel, i) => analysisOf(parcel, file.axisOrder, c.analyses?.[i] ?? {}));
  return { file, findings: runGeometryRules([rule], file, analyses, contextFor(c)) };
}

function key(e: { messageId: string; parcel?: number | undefined }): string {
  return `${e.parcel ?? 0}:${e.messageId}`;
}

export function testGeometryRule(rule: AnyGeometryRule, cases: GeometryRuleCases): void {
  describe(rule.id, () => {
    it('has a sound test suite', () => {
      expect(cases.valid.length, 'at least one valid case').toBeGreaterThan(0);
      expect(cases.invalid.length, 'at least one invalid case').toBeGreaterThan(0);
      const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
      expect(new Set(names).size, 'case names are distinct').toBe(names.length);
      for (const c of cases.invalid) expect(c.errors.length, `invalid case ${c.name} names its expected reports`).toBeGreaterThan(0);
    });

    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const { findings } = runGeometryCase(rule, c);
        expect(findings.map((f) => ({ messageId: f.messageId, location: f.location }))).toEqual([]);
      });
    }

    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const { findings } = runGeometryCase(rule, c);
        const actual = findings.map((f) => key({ messageId: f.messageId, parcel: f.location.parcel })).sort();
        const expected = c.errors.map((e) => key(e)).sort();
        expect(actual).toEqual(expected);
        const unmatched = [...findings];
        for (const e of c.errors) {
          const fits = (f: GeometryFinding): boolean =>
            f.messageId === e.messageId &&
            f.location.parcel === e.parcel &&
            (e.ring === undefined || f.location.ring === e.ring) &&
            (e.point === undefined || f.location.point === e.point) &&
            (e.line === undefined || f.location.line === e.line) &&
            (!e.data || Object.entries(e.data).every(([k, v]) => f.data[k] === v));
          const at = unmatched.findIndex(fits);
          expect(at, `a report ${JSON.stringify(e)}; got ${JSON.stringify(findings.map((f) => ({ m: f.messageId, location: f.location, data: f.data })))}`).toBeGreaterThanOrEqual(0);
          unmatched.splice(at, 1);
        }
        for (const f of findings) {
          expect(f.ruleId).toBe(rule.id);
          const template = (rule.messages as Record<string, string>)[f.messageId];
          expect(template, `message id ${f.messageId} is declared`).toBeDefined();
          for (const name of templatePlaceholders(template ?? '')) expect(f.data, `placeholder {${name}} of ${f.messageId} is supplied`).toHaveProperty(name);
          const located = f.location.parcel !== undefined || f.location.line !== undefined;
          expect(located, `${f.messageId} names a parcel or a line`).toBe(true);
          if (f.location.point !== undefined) {
            expect(f.location.x, 'a point location carries its coordinates').toBeTypeOf('number');
            expect(f.location.y).toBeTypeOf('number');
          }
        }
      });
    }

    it('exercises every message id in an invalid case', () => {
      const used = new Set(cases.invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
      for (const id of Object.keys(rule.messages)) expect(used.has(id), `message id ${id} has an invalid case`).toBe(true);
    });
  });
}
