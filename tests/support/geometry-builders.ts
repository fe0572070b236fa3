/**
 * Hand-built boundary files for geometry tests: parcels written as the TXT format files them
 * (X = northing, Y = zone-prefixed easting, lines counted as a reader would), without going
 * through a reader, so rule tests state exactly the geometry they mean.
 */
import type { ParcelAnalysis, ResolvedCrs, ValidityIssue } from '../../shared/geometry/analysis';
import type { AxisOrder, CoordinateFile, DeclaredCrs, HeaderEntry, Parcel, ReadProblem, Ring } from '../../shared/geometry/model';

/** One ring: 圈号 and its points as filed ([X, Y] in the file's axis order). */
export interface RingSpec {
  readonly ringNo?: number;
  readonly points: readonly (readonly [number, number])[];
  readonly pointNames?: readonly string[];
}

export interface ParcelSpec {
  readonly id?: string;
  readonly name?: string;
  readonly rings: readonly (RingSpec | readonly (readonly [number, number])[])[];
  readonly declaredAreaHa?: number;
  readonly declaredAreaDecimals?: number;
  readonly declaredPointCount?: number;
  readonly attributes?: Readonly<Record<string, string>>;
}

export interface FileSpec {
  readonly format?: CoordinateFile['format'];
  readonly axisOrder?: AxisOrder;
  readonly header?: Readonly<Record<string, string>>;
  readonly declaredCrs?: DeclaredCrs;
  readonly parcels: readonly ParcelSpec[];
  readonly problems?: readonly ReadProblem[];
}

/** The header of the format's example (coordinate-txt.md), zone 35. */
export const STANDARD_HEADER: Readonly<Record<string, string>> = {
  格式版本号: '1.01版本',
  数据产生单位: 'XX县自然资源局',
  数据产生日期: '2023-6-15',
  坐标系: '2000国家大地坐标系',
  几度分带: '3',
  投影类型: '高斯克吕格',
  计量单位: '米',
  带号: '35',
  精度: '0.001',
  转换参数: ',,,,,,',
};

function isRingSpec(r: RingSpec | readonly (readonly [number, number])[]): r is RingSpec {
  return !Array.isArray(r);
}

/**
 * A file as a TXT reader would return it. Line numbers follow the TXT layout: `[属性描述]` on
 * line 1, one line per header entry, `[地块坐标]`, then each parcel's `@` line and its point lines.
 */
export function coordinateFile(spec: FileSpec): CoordinateFile {
  const format = spec.format ?? 'txt';
  const axisOrder = spec.axisOrder ?? (format === 'txt' ? 'northing-easting' : 'easting-northing');
  const headerText = spec.header ?? (format === 'txt' ? STANDARD_HEADER : {});
  let line = format === 'txt' ? 1 : 0;
  const header: Record<string, HeaderEntry> = {};
  for (const [key, value] of Object.entries(headerText)) {
    if (format === 'txt') line += 1;
    header[key] = { value, line: format === 'txt' ? line : 0 };
  }
  if (format === 'txt') line += 1;
  const parcels: Parcel[] = spec.parcels.map((p, index) => {
    const parcelLine = format === 'txt' ? ++line : undefined;
    const rings: Ring[] = p.rings.map((r, ringIndex) => {
      const ringSpec: RingSpec = isRingSpec(r) ? r : { points: r };
      const coords = new Float64Array(ringSpec.points.flatMap(([x, y]) => [x, y]));
      const lines = new Int32Array(ringSpec.points.length);
      for (let i = 0; i < lines.length; i += 1) lines[i] = format === 'txt' ? ++line : 0;
      return {
        ringNo: ringSpec.ringNo ?? ringIndex + 1,
        coords,
        pointNames: ringSpec.pointNames ?? ringSpec.points.map((_, i) => (format === 'txt' ? `J${i + 1}` : '')),
        lines,
      };
    });
    return {
      index: index + 1,
      id: p.id ?? String(index + 1),
      name: p.name ?? '',
      ...(p.declaredAreaHa !== undefined ? { declaredAreaHa: p.declaredAreaHa } : {}),
      ...(p.declaredAreaDecimals !== undefined ? { declaredAreaDecimals: p.declaredAreaDecimals } : {}),
      ...(p.declaredPointCount !== undefined ? { declaredPointCount: p.declaredPointCount } : {}),
      ...(parcelLine !== undefined ? { line: parcelLine } : {}),
      attributes: p.attributes ?? {},
      rings,
    };
  });
  const zone = headerText['带号'] !== undefined ? Number(headerText['带号']) : undefined;
  const zoneWidth = headerText['几度分带'] !== undefined ? Number(headerText['几度分带']) : undefined;
  const declaredCrs: DeclaredCrs = spec.declaredCrs ?? {
    ...(headerText['坐标系'] !== undefined ? { datum: headerText['坐标系'] } : {}),
    ...(zoneWidth !== undefined && Number.isFinite(zoneWidth) ? { zoneWidth } : {}),
    ...(zone !== undefined && Number.isFinite(zone) ? { zone } : {}),
    ...(headerText['投影类型'] !== undefined ? { projection: headerText['投影类型'] } : {}),
    ...(headerText['计量单位'] !== undefined ? { unit: headerText['计量单位'] } : {}),
  };
  return { format, axisOrder, header, declaredCrs, parcels, problems: spec.problems ?? [], ...(format === 'txt' ? { encoding: 'utf-8' as const } : {}) };
}

/** A closed square as TXT points ([X = northing, Y = prefixed easting]), counter-clockwise in (E, N). */
export function txtSquare(northing: number, easting: number, side: number): [number, number][] {
  return [
    [northing, easting],
    [northing, easting + side],
    [northing + side, easting + side],
    [northing + side, easting],
    [northing, easting],
  ];
}

/** The parcel of coordinate-txt.md's example (zone 35, 0.0765 ha filed), closing point included. */
export const EXAMPLE_POINTS: [number, number][] = [
  [3378988.976, 35383243.971],
  [3378983.339, 35383261.067],
  [3378960.0, 35383250.0],
  [3378965.0, 35383230.0],
  [3378988.976, 35383243.971],
];

/** Shoelace area of (E, N) rings, shell minus holes — the tests' own, independent of areas.ts. */
export function shoelaceM2(rings: readonly Float64Array[]): number {
  let total = 0;
  rings.forEach((ring, index) => {
    let sum = 0;
    const n = ring.length / 2;
    if (n < 3) return;
    const x0 = ring[0] ?? 0;
    const y0 = ring[1] ?? 0;
    for (let i = 0; i < n; i += 1) {
      const j = (i + 1) % n;
      const xi = (ring[2 * i] ?? 0) - x0;
      const yi = (ring[2 * i + 1] ?? 0) - y0;
      const xj = (ring[2 * j] ?? 0) - x0;
      const yj = (ring[2 * j + 1] ?? 0) - y0;
      sum += xi * yj - xj * yi;
    }
    total += index === 0 ? Math.abs(sum / 2) : -Math.abs(sum / 2);
  });
  return total;
}

/** CGCS2000 3-degree zone `zone`, prefixed (EPSG 4488 + zone), as crs.ts resolves it. */
export function gaussKrugerCrs(zone = 35): ResolvedCrs {
  const cm = 3 * zone;
  return {
    epsg: 4488 + zone,
    proj4: `+proj=tmerc +lat_0=0 +lon_0=${cm} +k=1 +x_0=${zone * 1_000_000 + 500_000} +y_0=0 +ellps=GRS80 +units=m +no_defs`,
    kind: 'gauss-kruger',
    zoneWidth: 3,
    zone,
    prefixed: true,
    label: `CGCS2000 3度带 第${zone}带（EPSG:${4488 + zone}）`,
  };
}

export interface AnalysisSpec {
  readonly crs?: ResolvedCrs | null;
  readonly validity?: readonly ValidityIssue[];
  readonly planarAreaM2?: number;
  readonly ellipsoidalAreaM2?: number;
}

/**
 * A parcel's analysis for rule tests: planar area by the tests' shoelace unless given, the zone-35
 * CRS unless `crs: null`, no validity issues unless listed.
 */
export function analysisOf(parcel: Parcel, axisOrder: AxisOrder, spec: AnalysisSpec = {}): ParcelAnalysis {
  const rings = parcel.rings.map((r) => {
    if (axisOrder === 'easting-northing') return r.coords;
    const out = new Float64Array(r.coords.length);
    for (let i = 0; i < out.length; i += 2) {
      out[i] = r.coords[i + 1] ?? 0;
      out[i + 1] = r.coords[i] ?? 0;
    }
    return out;
  });
  const crs = spec.crs === null ? undefined : (spec.crs ?? gaussKrugerCrs());
  return {
    ...(crs ? { crs } : {}),
    validity: spec.validity ?? [],
    planarAreaM2: spec.planarAreaM2 ?? shoelaceM2(rings),
    ...(spec.ellipsoidalAreaM2 !== undefined ? { ellipsoidalAreaM2: spec.ellipsoidalAreaM2 } : {}),
  };
}
