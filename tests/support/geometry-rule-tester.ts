/**
 * ESLint-style tester for geometry rules (shared/geometry/rules/). Every `<rule-id>.test.ts` calls
 * `testGeometryRule` with valid and invalid cases, each either a hand-built file
 * (tests/support/geometry-builders.ts) or the text of a TXT file, run through the real pipeline:
 * the readers for text, the real per-parcel analysis (CRS, validity, areas) unless a case overrides
 * it, and the rule runner (profile severity included). It refuses sloppy suites like the record
 * tester: no valid or no invalid case, an invalid case without expected reports, a message id never
 * exercised (reader messages excepted: the readers' own tests exercise those), a placeholder a
 * report does not supply, or a finding without a location (rules.md: every geometry finding is
 * located; a point carries its coordinates).
 */
import { describe, expect, it } from 'vitest';
import type { ParcelAnalysis } from '../../shared/geometry/analysis';
import { analyseParcel } from '../../shared/geometry/check-coordinate-file';
import type { AnyGeometryRule, ExpectedArea, GeometryContext } from '../../shared/geometry/define-geometry-rule';
import type { CoordinateFile } from '../../shared/geometry/model';
import { readCoordinateFile } from '../../shared/geometry/read-coordinate-file';
import { READ_PROBLEM_MESSAGES } from '../../shared/geometry/read-problem-messages';
import { runGeometryRules, type GeometryFinding } from '../../shared/geometry/run-geometry-rules';
import { builtInProfile } from '../../shared/profiles/profiles';
import type { Profile } from '../../shared/profiles/profile-schema';
import { templatePlaceholders } from '../../shared/report/render-message';
import { coordinateFile, type AnalysisSpec, type FileSpec } from './geometry-builders';
import { offerSuite } from './rule-case-sink';
import { itHasASoundSuite } from './suite-soundness';

export interface GeometryCase {
  readonly name: string;
  /** A hand-built file, or `text`: a file's content read by the real readers (UTF-8, named `fileName`). */
  readonly file?: FileSpec;
  readonly text?: string;
  readonly fileName?: string;
  /** Per parcel, in order: overrides of the real analysis (e.g. `crs: null` for an unknown CRS). */
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

function fileOf(c: GeometryCase): CoordinateFile {
  if (c.file && c.text === undefined) return coordinateFile(c.file);
  if (c.text !== undefined && !c.file) return readCoordinateFile(new TextEncoder().encode(c.text), c.fileName ?? 'case.txt');
  throw new Error(`case ${c.name}: give either file or text`);
}

function analysisFor(parcel: CoordinateFile['parcels'][number], file: CoordinateFile, spec: AnalysisSpec | undefined): ParcelAnalysis {
  const real = analyseParcel(parcel, file).analysis;
  if (!spec) return real;
  // Without a CRS there is no ellipsoidal area either (as in analyseParcel).
  const { crs: _crs, ellipsoidalAreaM2: _ellipsoidal, ...rest } = real;
  const crs = spec.crs === null ? undefined : (spec.crs ?? real.crs);
  const ellipsoidal = spec.ellipsoidalAreaM2 ?? (spec.crs === null ? undefined : real.ellipsoidalAreaM2);
  return {
    ...rest,
    ...(crs ? { crs } : {}),
    ...(spec.validity ? { validity: spec.validity } : {}),
    ...(spec.planarAreaM2 !== undefined ? { planarAreaM2: spec.planarAreaM2 } : {}),
    ...(ellipsoidal !== undefined ? { ellipsoidalAreaM2: ellipsoidal } : {}),
  };
}

export function runGeometryCase(rule: AnyGeometryRule, c: GeometryCase): { file: CoordinateFile; findings: GeometryFinding[] } {
  const file = fileOf(c);
  const analyses = file.parcels.map((parcel, i) => analysisFor(parcel, file, c.analyses?.[i]));
  // The runner keeps reader problems of every rule (none may vanish); a rule's suite sees its own.
  return { file, findings: runGeometryRules([rule], file, analyses, contextFor(c)).filter((f) => f.ruleId === rule.id) };
}

function key(e: { messageId: string; parcel?: number | undefined }): string {
  return `${e.parcel ?? 0}:${e.messageId}`;
}

export function testGeometryRule(rule: AnyGeometryRule, cases: GeometryRuleCases): void {
  if (offerSuite({ ruleId: rule.id, kind: 'geometry', rule, cases })) return;
  describe(rule.id, () => {
    itHasASoundSuite(cases);

    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const { findings } = runGeometryCase(rule, c);
        expect(findings.map((f) => ({ messageId: f.messageId, location: f.location }))).toEqual([]);
      });
    }

    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const { file, findings } = runGeometryCase(rule, c);
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
          const template = (rule.messages as Record<string, string>)[f.messageId];
          expect(template, `message id ${f.messageId} is declared`).toBeDefined();
          for (const name of templatePlaceholders(template ?? '')) expect(f.data, `placeholder {${name}} of ${f.messageId} is supplied`).toHaveProperty(name);
          // A file that could not be read at all has nothing to point at but itself.
          const located = f.location.parcel !== undefined || f.location.line !== undefined || f.location.x !== undefined || file.parcels.length === 0;
          expect(located, `${f.messageId} names a parcel, a line or a position`).toBe(true);
          if (f.location.point !== undefined) {
            expect(f.location.x, 'a point location carries its coordinates').toBeTypeOf('number');
            expect(f.location.y).toBeTypeOf('number');
          }
        }
      });
    }

    it('exercises every message id in an invalid case', () => {
      const used = new Set(cases.invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
      const fromReaders = new Set(Object.keys((READ_PROBLEM_MESSAGES as Readonly<Record<string, Readonly<Record<string, string>>>>)[rule.id] ?? {}));
      for (const id of Object.keys(rule.messages)) if (!fromReaders.has(id)) expect(used.has(id), `message id ${id} has an invalid case`).toBe(true);
    });
  });
}
