/**
 * Boundary files (违法用地矢量范围) as read: parcels (地块) made of rings (圈), every point keeping
 * where it came from, so that each geometry finding names parcel, ring, point and source line
 * (../shared/domain/coordinate-txt.md).
 *
 * Coordinates are stored as filed, in typed arrays that cross threads as transferables:
 * `coords` interleaves [X0, Y0, X1, Y1, …] in the file's own axis order — for the 国土 TXT format
 * X = northing and Y = easting with the zone prefix (7 and 8 digits); for GeoJSON and shapefiles
 * X = easting/longitude and Y = northing/latitude. `axisOrder` says which; `planarXY` (below)
 * gives (easting, northing) for computation.
 */

export type AxisOrder = 'northing-easting' | 'easting-northing';

/** Units a 地块面积 is met in: the standard's 公顷, and square metres and 亩 from other tools. */
export type AreaUnit = '公顷' | '平方米' | '亩';

/** Square metres per unit (1 亩 = 10000/15 m², exactly 666.67 rounded). */
export const SQUARE_METRES_PER: Readonly<Record<AreaUnit, number>> = { 公顷: 10_000, 平方米: 1, 亩: 10_000 / 15 };

export interface Ring {
  /**
   * 圈号 as filed. The standard numbers the outer ring 1 and holes 2, 3 …, but tools number every
   * ring of a multi-part parcel: which ring is a hole is decided by geometry (ring-model.ts).
   */
  readonly ringNo: number;
  /** What the file's structure declares (a GeoJSON Polygon's inner rings, a shapefile ring's orientation); TXT declares nothing. */
  readonly role?: 'outer' | 'hole';
  /** Interleaved coordinates as filed, closing repeat included when the file has it. */
  readonly coords: Float64Array;
  /** 点号 as filed (J1, 1 …); empty strings where the format has none. */
  readonly pointNames: readonly string[];
  /** 1-based source line of each point; 0 where the format has no lines (shapefile, GeoJSON). */
  readonly lines: Int32Array;
}

export interface Parcel {
  /** 1-based position in the file. */
  readonly index: number;
  /** 地块编号 as filed (or a feature's id / the index as text). */
  readonly id: string;
  readonly name: string;
  /**
   * 地块面积 as filed, read as 公顷 (TXT), with the decimals written; when the value carries
   * another unit (`1234平方米`, `1.8亩`), converted to 公顷. Absent when empty.
   */
  readonly declaredAreaHa?: number;
  readonly declaredAreaDecimals?: number;
  /** The unit written after 地块面积, when one was (`2.6708公顷`). */
  readonly declaredAreaUnit?: AreaUnit;
  /** 图形属性 (TXT): only 面 is a boundary; 线 and 点 are reported by geom-not-area. Absent = not stated (an area). */
  readonly shape?: '面' | '线' | '点';
  /** 界址点数 as filed (TXT). */
  readonly declaredPointCount?: number;
  /** The line of the parcel's `@` line (TXT). */
  readonly line?: number;
  /** Other attributes (地块用途, 地类编码, DBF fields …). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly rings: readonly Ring[];
}

/** What the file says about its coordinate system (TXT header, .prj, GeoJSON crs), as read. */
export interface DeclaredCrs {
  /** 坐标系 as written, e.g. 2000国家大地坐标系. */
  readonly datum?: string;
  /** 几度分带: 3 or 6. */
  readonly zoneWidth?: number;
  /** 带号. */
  readonly zone?: number;
  readonly projection?: string;
  readonly unit?: string;
  /** An EPSG code when the file names one (GeoJSON crs, a .prj we recognise). */
  readonly epsg?: number;
}

export interface HeaderEntry {
  readonly value: string;
  readonly line: number;
}

/** Where a geometry finding is, as the user sees it (1-based). */
export interface GeometryLocation {
  readonly parcel?: number;
  readonly parcelId?: string;
  readonly ring?: number;
  /** 1-based position of the point within its ring. */
  readonly point?: number;
  readonly pointName?: string;
  readonly line?: number;
  /** Coordinates as filed, for every input (rules.md: "coordinates for all input"). */
  readonly x?: number;
  readonly y?: number;
}

/** A problem found while reading (geom-parse-error, geom-header-invalid …), as data. */
export interface ReadProblem {
  readonly ruleId: string;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string | number>>;
  readonly location: GeometryLocation;
}

export interface CoordinateFile {
  readonly format: 'txt' | 'shapefile' | 'geojson';
  readonly encoding?: 'utf-8' | 'gbk';
  readonly axisOrder: AxisOrder;
  /** TXT [属性描述] entries by key (格式版本号, 坐标系, 几度分带, 带号 …). */
  readonly header: Readonly<Record<string, HeaderEntry>>;
  readonly declaredCrs: DeclaredCrs;
  readonly parcels: readonly Parcel[];
  readonly problems: readonly ReadProblem[];
}

/** Whether a parcel is a boundary (面), the only kind the polygon checks apply to. */
export function isArea(parcel: Parcel): boolean {
  return parcel.shape === undefined || parcel.shape === '面';
}

/** (easting, northing) of point i of a ring, whatever the file's axis order. */
export function planarPoint(ring: Ring, i: number, axisOrder: AxisOrder): [number, number] {
  const a = ring.coords[2 * i] ?? Number.NaN;
  const b = ring.coords[2 * i + 1] ?? Number.NaN;
  return axisOrder === 'northing-easting' ? [b, a] : [a, b];
}

export function pointCount(ring: Ring): number {
  return ring.coords.length / 2;
}
