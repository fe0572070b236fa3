/**
 * The geometry pipeline (rules.md, Geometry): read the file → analyse each parcel once (its
 * (easting, northing) rings, CRS, validity with JTS semantics, planar and ellipsoidal areas) → run
 * every geometry rule → findings located to parcel, ring, point and line. Pure: bytes in, data out;
 * the Worker (geometry-worker.ts) and the CLI (`tuban-lint geom`) call it through geometry-api.ts.
 */
import type { Profile } from '../profiles/profile-schema';
import type { Severity } from '../report/finding';
import type { ParcelAnalysis, ResolvedCrs } from './analysis';
import { ellipsoidalAreaM2, planarAreaM2 } from './areas';
import { looksLikeDegrees, looksSwapped } from './coordinate-plausibility';
import { declaresDegrees, geographicCrs, resolveCrs, toLonLatArray } from './crs';
import type { AnyGeometryRule, ExpectedArea, GeometryContext } from './define-geometry-rule';
import { roundTo } from './format-numbers';
import { isArea, type CoordinateFile, type Parcel } from './model';
import { packParcels, type PackedParcels } from './overlap';
import { closedPlanarRings } from './planar-rings';
import { readCoordinateFile } from './read-coordinate-file';
import { GEOMETRY_RULES } from './rules';
import { runGeometryRules, type GeometryFinding } from './run-geometry-rules';
import { checkParcelValidity } from './parcel-validity';
import { ringModel } from './ring-model';

export interface GeometryCheckOptions {
  readonly profile: Profile;
  /** The form's 违法面积 (else 监测面积), for geom-area-mismatch against the ellipsoidal area. */
  readonly expectedArea?: ExpectedArea;
  /** The monitored patch, (E, N) rings in the file's CRS, for geom-outside-patch. */
  readonly patchRings?: readonly Float64Array[];
  /** Defaults to every geometry rule. */
  readonly rules?: readonly AnyGeometryRule[];
  /** Return the parcels' (E, N) rings packed (for a map, or a cross-file overlap check). */
  readonly includeGeometry?: boolean;
}

/** One parcel as the reports list it. Areas in 公顷, rounded to the square centimetre. */
export interface ParcelSummary {
  /** 1-based position in the file. */
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly rings: number;
  /** Outer rings (a multipolygon has several); 0 for a 线 or 点 record. */
  readonly parts: number;
  /** 图形属性 when the record is not an area (线 or 点). */
  readonly shape?: '线' | '点';
  readonly points: number;
  readonly declaredAreaHa?: number;
  readonly planarAreaHa: number;
  readonly ellipsoidalAreaHa?: number;
  readonly crs?: { readonly epsg: number; readonly label: string };
}

export interface GeometryCheckResult {
  readonly fileName: string;
  readonly format: CoordinateFile['format'];
  readonly encoding?: CoordinateFile['encoding'];
  /** False when nothing could be read: no parcels and a geom-parse-error (the CLI exits 2). */
  readonly readable: boolean;
  readonly parcels: readonly ParcelSummary[];
  readonly findings: readonly GeometryFinding[];
  readonly summary: { readonly parcels: number; readonly findings: Readonly<Record<Severity, number>> };
  /** With `includeGeometry`: the parcels' (E, N) rings, implicitly closed, in parcel order. */
  readonly geometry?: PackedParcels;
}

/** The first easting of the parcel that is not part of a swapped pair: what identifies its zone. */
function sampleEasting(rings: readonly Float64Array[]): number {
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i += 2) {
      const e = ring[i] ?? Number.NaN;
      const n = ring[i + 1] ?? Number.NaN;
      if (Number.isFinite(e) && Number.isFinite(n) && !looksSwapped(e, n)) return e;
    }
  }
  return Number.NaN;
}

/** The first finite point of the rings, as (E, N). */
function firstPoint(rings: readonly Float64Array[]): [number, number] | undefined {
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i += 2) {
      const e = ring[i] ?? Number.NaN;
      const n = ring[i + 1] ?? Number.NaN;
      if (Number.isFinite(e) && Number.isFinite(n)) return [e, n];
    }
  }
  return undefined;
}

/**
 * The parcel's CRS: what the file declares (crs.ts), else geographic CGCS2000 when the values can
 * only be degrees — a GeoJSON without `crs` is longitude/latitude by RFC 7946, and a shapefile
 * without .prj in degrees is too (WGS84 and CGCS2000 agree to centimetres).
 */
function crsOf(file: CoordinateFile, rings: readonly Float64Array[]): ResolvedCrs | undefined {
  // A parcel without a single readable point is in no CRS (its reader problems say why).
  const first = firstPoint(rings);
  if (!first) return undefined;
  // 计量单位=度: the TXT holds latitude/longitude (coordinate-txt.md, header variants).
  if (declaresDegrees(file.declaredCrs)) return geographicCrs();
  const declared = resolveCrs(file.declaredCrs, sampleEasting(rings));
  if (declared) return declared;
  return file.format !== 'txt' && looksLikeDegrees(first[0], first[1]) ? geographicCrs() : undefined;
}

/**
 * Analysis of one parcel. The CRS is resolved per parcel (a file may mix zones; the header's
 * 带号 and the eastings' prefixes are compared by geom-zone-mismatch). The ellipsoidal area is
 * left out when the CRS is unknown or a point does not convert: a wrong area is worse than none.
 */
export function analyseParcel(parcel: Parcel, file: CoordinateFile): { analysis: ParcelAnalysis; rings: Float64Array[] } {
  const rings = closedPlanarRings(parcel, file.axisOrder);
  const crs = crsOf(file, rings);
  const model = ringModel(
    rings,
    parcel.rings.map((ring) => ring.role),
  );
  // A 线 or 点 record is not a boundary (geom-not-area): no polygon checks, no area.
  const validity = isArea(parcel) ? checkParcelValidity(rings, model) : [];
  const planar = isArea(parcel) ? planarAreaM2(rings, model.parts) : Number.NaN;
  let ellipsoidal: number | undefined;
  if (crs && isArea(parcel)) {
    const area = ellipsoidalAreaM2(
      rings.map((ring) => toLonLatArray(crs, ring)),
      model.parts,
    );
    if (Number.isFinite(area)) ellipsoidal = area;
  }
  return {
    analysis: { ...(crs ? { crs } : {}), parts: model.parts, validity, planarAreaM2: planar, ...(ellipsoidal !== undefined ? { ellipsoidalAreaM2: ellipsoidal } : {}) },
    rings,
  };
}

function summarise(parcel: Parcel, analysis: ParcelAnalysis): ParcelSummary {
  return {
    index: parcel.index,
    id: parcel.id,
    name: parcel.name,
    rings: parcel.rings.length,
    parts: isArea(parcel) ? (analysis.parts?.length ?? Math.min(1, parcel.rings.length)) : 0,
    ...(parcel.shape !== undefined && parcel.shape !== '面' ? { shape: parcel.shape } : {}),
    points: parcel.rings.reduce((sum, ring) => sum + ring.pointNames.length, 0),
    ...(parcel.declaredAreaHa !== undefined ? { declaredAreaHa: parcel.declaredAreaHa } : {}),
    planarAreaHa: isArea(parcel) ? roundTo(analysis.planarAreaM2 / 10_000, 8) : 0,
    ...(analysis.ellipsoidalAreaM2 !== undefined ? { ellipsoidalAreaHa: roundTo(analysis.ellipsoidalAreaM2 / 10_000, 8) } : {}),
    ...(analysis.crs ? { crs: { epsg: analysis.crs.epsg, label: analysis.crs.label } } : {}),
  };
}

/** Runs the analysis and the rules over a file already read (hand-built files in tests come in here). */
export function checkParsedFile(file: CoordinateFile, fileName: string, options: GeometryCheckOptions): GeometryCheckResult {
  const analysed = file.parcels.map((parcel) => analyseParcel(parcel, file));
  const analyses = analysed.map((a) => a.analysis);
  const context: GeometryContext = {
    profile: options.profile,
    ...(options.expectedArea ? { expectedArea: options.expectedArea } : {}),
    ...(options.patchRings ? { patchRings: options.patchRings } : {}),
  };
  const findings = runGeometryRules(options.rules ?? GEOMETRY_RULES, file, analyses, context);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  const readable = file.parcels.length > 0 || !file.problems.some((p) => p.ruleId === 'geom-parse-error');
  return {
    fileName,
    format: file.format,
    ...(file.encoding ? { encoding: file.encoding } : {}),
    readable,
    parcels: file.parcels.map((parcel, i) => summarise(parcel, analyses[i] ?? { validity: [], planarAreaM2: Number.NaN })),
    findings,
    summary: { parcels: file.parcels.length, findings: counts },
    ...(options.includeGeometry ? { geometry: packParcels(analysed.map((a) => a.rings)) } : {}),
  };
}

/** Reads and checks a boundary file (TXT, zipped shapefile, GeoJSON) from its bytes. Never throws on bad input. */
export function checkCoordinateFile(bytes: Uint8Array, fileName: string, options: GeometryCheckOptions): GeometryCheckResult {
  return checkParsedFile(readCoordinateFile(bytes, fileName), fileName, options);
}
