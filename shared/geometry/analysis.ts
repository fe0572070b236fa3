/**
 * What the pipeline computes once per parcel, for every geometry rule to read: the resolved CRS,
 * the validity issues (JTS semantics) and both areas. Producers: crs.ts, validity.ts, areas.ts;
 * assembled by check-coordinate-file.ts.
 */

import type { RingPart } from './ring-model';

/** A CGCS2000 CRS the product ships (crs.ts): geographic 4490 or a Gauss-Krüger zone. */
export interface ResolvedCrs {
  readonly epsg: number;
  /** proj4 definition string (our own, never a file's WKT). */
  readonly proj4: string;
  readonly kind: 'geographic' | 'gauss-kruger';
  readonly zoneWidth?: 3 | 6;
  readonly zone?: number;
  /** Whether eastings carry the zone number prefix (8-digit Y). */
  readonly prefixed?: boolean;
  /** zh-CN, e.g. "CGCS2000 3度带 第35带（EPSG:4523）". */
  readonly label: string;
}

/**
 * One way a polygon breaks OGC simple-features validity (as JTS IsValidOp judges it), plus the
 * duplicate vertices JTS tolerates but the catalogue warns about. `ring` is the 0-based index in
 * the parcel's rings (0 = shell); `point` the 0-based vertex index where the problem is seen.
 */
export type ValidityIssueKind =
  | 'invalid-coordinate'
  | 'ring-not-closed'
  | 'too-few-points'
  | 'self-intersection'
  | 'rings-cross'
  | 'hole-outside-shell'
  | 'nested-holes'
  | 'disconnected-interior'
  | 'duplicate-vertex';

export interface ValidityIssue {
  readonly kind: ValidityIssueKind;
  readonly ring: number;
  readonly point?: number;
  readonly otherRing?: number;
  /** Where, as (easting, northing). */
  readonly x?: number;
  readonly y?: number;
}

/** Kinds that make a polygon invalid for JTS (duplicate-vertex does not). */
export const INVALIDATING_KINDS: ReadonlySet<ValidityIssueKind> = new Set<ValidityIssueKind>([
  'invalid-coordinate',
  'ring-not-closed',
  'too-few-points',
  'self-intersection',
  'rings-cross',
  'hole-outside-shell',
  'nested-holes',
  'disconnected-interior',
]);

export interface ParcelAnalysis {
  readonly crs?: ResolvedCrs;
  /** The parcel's parts by containment (ring-model.ts): ring indices, outer ring first. Absent = ring 0 the shell, the rest its holes. */
  readonly parts?: readonly RingPart[];
  readonly validity: readonly ValidityIssue[];
  /** Shoelace area of the (easting, northing) rings: per part outer minus holes, m², never negative. */
  readonly planarAreaM2: number;
  /** Geodesic area on the CGCS2000 ellipsoid, m², when the CRS is known. */
  readonly ellipsoidalAreaM2?: number;
}
