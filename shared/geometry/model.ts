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

export interface Ring {
  /** 圈号: 1 = outer ring; 2, 3, … = inner rings (holes). */
  readonly ringNo: number;
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
  /** 地块面积 as filed, in 公顷 (TXT), with the decimals written. */
  readonly declaredAreaHa?: number;
  readonly declaredAreaDecimals?: number;
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

/** (easting, northing) of point i of a ring, whatever the file's axis order. */
export function planarPoint(ring: Ring, i: number, axisOrder: AxisOrder): [number, number] {
  const a = ring.coords[2 * i] ?? Number.NaN;
  const b = ring.coords[2 * i + 1] ?? Number.NaN;
  return axisOrder === 'northing-easting' ? [b, a] : [a, b];
}

export function pointCount(ring: Ring): number {
  return ring.coords.length / 2;
}
