import type { Profile } from '../profiles/profile-schema';
import type { Severity } from '../report/finding';
import type { RuleSource } from '../rules/define-rule';
import type { CoordinateFile, GeometryLocation, Parcel } from './model';
import type { ParcelAnalysis } from './analysis';

/** What the form says the areas should be, for geom-area-mismatch (公顷). */
export interface ExpectedArea {
  readonly field: 'violationArea' | 'areaMonitored';
  readonly hectares: number;
}

export interface GeometryContext {
  readonly profile: Profile;
  readonly expectedArea?: ExpectedArea;
  /** The monitored patch polygon, when known (geom-outside-patch), as (easting, northing) rings in the file's CRS. */
  readonly patchRings?: readonly Float64Array[];
}

export interface GeometryReport<M extends string = string> {
  readonly messageId: M;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly location: GeometryLocation;
}

/**
 * A geometry rule: metadata like a record rule (id = file name = catalogue id, severity,
 * messages, source) and a pure check over one parcel with its analysis (validity, areas, CRS),
 * computed once per parcel by the pipeline. Rules found while reading (geom-parse-error,
 * geom-header-invalid) report through the reader's problems and check the file.
 */
export interface GeometryRuleDefinition<M extends string = string> {
  readonly id: string;
  /** What users see instead of the id: short Chinese (≤ 12 characters), unique among all rules. */
  readonly title: string;
  readonly severity: Severity;
  readonly description: string;
  readonly messages: Readonly<Record<M, string>>;
  readonly source: RuleSource;
  /**
   * File-level checks. `analyses[i]` is the analysis of `file.parcels[i]` (added for totals over
   * all parcels — geom-area-mismatch against the form's area — and batch checks like geom-overlap).
   */
  checkFile?(file: CoordinateFile, context: GeometryContext, analyses: readonly ParcelAnalysis[]): readonly GeometryReport<M>[];
  /** Whether checkParcel also runs on 线 and 点 records (only geom-not-area: the polygon checks do not apply to them). */
  readonly checksNonAreas?: boolean;
  checkParcel?(parcel: Parcel, analysis: ParcelAnalysis, file: CoordinateFile, context: GeometryContext): readonly GeometryReport<M>[];
}

export type AnyGeometryRule = GeometryRuleDefinition<string>;

export function defineGeometryRule<M extends string>(rule: GeometryRuleDefinition<M>): GeometryRuleDefinition<M> {
  return rule;
}
