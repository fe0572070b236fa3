/**
 * Hand-built boundary files for geometry tests: parcels written as the TXT format files them
 * (X = northing, Y = zone-prefixed easting, lines counted as a reader would), without going
 * through a reader, so rule tests state exactly the geometry they mean.
 */
import type { ResolvedCrs, ValidityIssue } from '../../shared/geometry/analysis';
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

/** Overrides of a parcel's real analysis in a rule test; `crs: null` means no CRS. */
export interface AnalysisSpec {
  readonly crs?: ResolvedCrs | null;
  readonly validity?: readonly ValidityIssue[];
  readonly planarAreaM2?: number;
  readonly ellipsoidalAreaM2?: number;
}

/** One parcel of a TXT written by `txt`: its `@` line fields and rings of [X, Y] as filed. */
export interface TxtParcelSpec {
  readonly id: string;
  /** 地块面积 as written (公顷); default 0.0505 (the example square's planar area, rounded). */
  readonly areaHa?: string;
  /** 界址点数; default the number of point lines. */
  readonly count?: number;
  readonly name?: string;
  readonly rings: readonly (readonly (readonly [number | string, number | string])[])[];
}

/**
 * The text of a coordinate TXT. Layout (for expected lines): [属性描述] on line 1, the header
 * entries on lines 2–11 (with STANDARD_HEADER), [地块坐标] on line 12, then each parcel's `@`
 * line followed by its point lines (the first parcel's `@` line is 13, its first point 14).
 */
export function txt(parcels: readonly TxtParcelSpec[], header: Readonly<Record<string, string>> = STANDARD_HEADER): string {
  const lines = ['[属性描述]', ...Object.entries(header).map(([k, v]) => `${k}=${v}`), '[地块坐标]'];
  for (const p of parcels) {
    const count = p.count ?? p.rings.reduce((n, r) => n + r.length, 0);
    lines.push(`${count},${p.areaHa ?? '0.0505'},${p.id},${p.name ?? '某违法用地'},面,,工业用地,,@`);
    p.rings.forEach((ring, r) => ring.forEach(([x, y], i) => lines.push(`J${i + 1},${r + 1},${x},${y}`)));
  }
  return `${lines.join('\n')}\n`;
}

