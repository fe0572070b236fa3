/**
 * The CGCS2000 coordinate systems the product ships, defined in code (coordinate-txt.md, "Coordinate
 * reference systems"): geographic EPSG:4490 and the Gauss-Krüger zones, 3-degree and 6-degree,
 * with and without the zone number prefixed to the easting. A file's .prj WKT is never trusted
 * (proj4js rejects Esri's Gauss_Kruger WKT); proj4 is only handed the strings built here, and its
 * global definition registry is not touched.
 *
 * proj4js maps `+proj=tmerc` to its extended transverse Mercator (Poder/Engsager, Krüger series
 * to n⁶), accurate to well under a millimetre within a zone.
 */
import proj4 from 'proj4';
import type { Converter } from 'proj4';
import type { ResolvedCrs } from './analysis';
import { zonePrefix } from './coordinate-plausibility';
import type { DeclaredCrs } from './model';

export const CGCS2000_GEOGRAPHIC_EPSG = 4490;

/** GRS80 equals the CGCS2000 ellipsoid (a = 6378137, 1/f = 298.257222101) to sub-millimetre. */
const GEOGRAPHIC_PROJ4 = '+proj=longlat +ellps=GRS80 +no_defs';

export type ZoneWidth = 3 | 6;

interface ZoneSeries {
  readonly width: ZoneWidth;
  readonly firstZone: number;
  readonly lastZone: number;
  /** EPSG code of firstZone with the zone prefix; the unprefixed series follows the prefixed one. */
  readonly firstPrefixedEpsg: number;
  readonly firstUnprefixedEpsg: number;
}

// EPSG: 3-degree zones 25–45 = 4513–4533 (prefixed), 4534–4554 (not); 6-degree zones 13–23 =
// 4491–4501 (prefixed), 4502–4512 (not).
const SERIES: Readonly<Record<ZoneWidth, ZoneSeries>> = {
  3: { width: 3, firstZone: 25, lastZone: 45, firstPrefixedEpsg: 4513, firstUnprefixedEpsg: 4534 },
  6: { width: 6, firstZone: 13, lastZone: 23, firstPrefixedEpsg: 4491, firstUnprefixedEpsg: 4502 },
};

/** Whether `zone` is a CGCS2000 zone of this width (3-degree 25–45, 6-degree 13–23). */
export function isZoneOf(width: ZoneWidth, zone: number): boolean {
  const series = SERIES[width];
  return Number.isInteger(zone) && zone >= series.firstZone && zone <= series.lastZone;
}

/** Central meridian in degrees east: 3 × zone (3-degree), 6 × zone − 3 (6-degree). */
export function centralMeridian(width: ZoneWidth, zone: number): number {
  return width === 3 ? 3 * zone : 6 * zone - 3;
}

/** False easting in metres: 500,000, plus zone × 1,000,000 when the easting carries the zone. */
export function falseEasting(zone: number, prefixed: boolean): number {
  return (prefixed ? zone * 1_000_000 : 0) + 500_000;
}

export function geographicCrs(): ResolvedCrs {
  return { epsg: CGCS2000_GEOGRAPHIC_EPSG, proj4: GEOGRAPHIC_PROJ4, kind: 'geographic', label: 'CGCS2000 地理坐标（EPSG:4490）' };
}

/** The Gauss-Krüger zone CRS, or undefined when CGCS2000 has no such zone. */
export function gaussKrugerCrs(zoneWidth: ZoneWidth, zone: number, prefixed: boolean): ResolvedCrs | undefined {
  if (!isZoneOf(zoneWidth, zone)) return undefined;
  const series = SERIES[zoneWidth];
  const epsg = (prefixed ? series.firstPrefixedEpsg : series.firstUnprefixedEpsg) + (zone - series.firstZone);
  const cm = centralMeridian(zoneWidth, zone);
  const fe = falseEasting(zone, prefixed);
  return {
    epsg,
    proj4: `+proj=tmerc +lat_0=0 +lon_0=${cm} +k=1 +x_0=${fe} +y_0=0 +ellps=GRS80 +units=m +no_defs`,
    kind: 'gauss-kruger',
    zoneWidth,
    zone,
    prefixed,
    label: `CGCS2000 ${zoneWidth}度带 第${zone}带${prefixed ? '' : ' 不加带号'}（EPSG:${epsg}）`,
  };
}

/** One of the CRSs above by EPSG code, else undefined. */
export function crsByEpsg(code: number): ResolvedCrs | undefined {
  if (code === CGCS2000_GEOGRAPHIC_EPSG) return geographicCrs();
  for (const series of [SERIES[3], SERIES[6]]) {
    const count = series.lastZone - series.firstZone + 1;
    for (const prefixed of [true, false]) {
      const first = prefixed ? series.firstPrefixedEpsg : series.firstUnprefixedEpsg;
      if (Number.isInteger(code) && code >= first && code < first + count) {
        return gaussKrugerCrs(series.width, series.firstZone + (code - first), prefixed);
      }
    }
  }
  return undefined;
}

/**
 * The zone number an 8-digit easting carries (its leading two digits), when that number is a
 * CGCS2000 zone of either width (13–23 or 25–45), else undefined.
 */
export function zonePrefixOf(easting: number): number | undefined {
  const zone = zonePrefix(easting);
  return zone !== undefined && (isZoneOf(3, zone) || isZoneOf(6, zone)) ? zone : undefined;
}

/**
 * The zone width to use for `zone`: the declared 几度分带 when the zone exists at that width, else
 * the width whose range holds the zone. The ranges do not overlap (6-degree 13–23, 3-degree
 * 25–45), so a zone number alone is unambiguous; a contradicting 几度分带 is a header finding
 * for the rules, while the coordinates still convert the only way that places them in China.
 */
function widthForZone(zone: number, declaredWidth: number | undefined): ZoneWidth | undefined {
  if ((declaredWidth === 3 || declaredWidth === 6) && isZoneOf(declaredWidth, zone)) return declaredWidth;
  if (isZoneOf(3, zone)) return 3;
  if (isZoneOf(6, zone)) return 6;
  return undefined;
}

/** 计量单位=度 (or °, degree): the TXT's X and Y are latitude and longitude (coordinate-txt.md, header variants). */
export function declaresDegrees(declared: DeclaredCrs): boolean {
  const unit = declared.unit?.normalize('NFKC').replace(/\s/gu, '').toLowerCase();
  return unit === '度' || unit === '°' || unit === 'degree' || unit === 'degrees' || unit === 'deg';
}

/**
 * The CRS a file's coordinates are in. An EPSG code the file names wins when we ship it. Otherwise
 * (TXT): the zone comes from the easting's prefix when it has 8 digits, else from 带号; the width
 * from 几度分带 (default 3, see widthForZone). Undefined when nothing identifies a zone.
 * `sampleEasting` is any easting of the file (NaN when there is none).
 */
export function resolveCrs(declared: DeclaredCrs, sampleEasting: number): ResolvedCrs | undefined {
  if (declared.epsg !== undefined) {
    const byCode = crsByEpsg(declared.epsg);
    if (byCode) return byCode;
  }
  const prefix = zonePrefixOf(sampleEasting);
  if (prefix !== undefined) {
    const width = widthForZone(prefix, declared.zoneWidth);
    return width === undefined ? undefined : gaussKrugerCrs(width, prefix, true);
  }
  const zone = declared.zone;
  if (zone === undefined) return undefined;
  const width = widthForZone(zone, declared.zoneWidth ?? 3);
  return width === undefined ? undefined : gaussKrugerCrs(width, zone, false);
}

/** One proj4 converter per CRS, built from our own strings (never from proj4's registry). */
const converters = new Map<string, Converter>();

function converterFor(crs: ResolvedCrs): Converter {
  let converter = converters.get(crs.proj4);
  if (!converter) {
    converter = proj4(GEOGRAPHIC_PROJ4, crs.proj4);
    converters.set(crs.proj4, converter);
  }
  return converter;
}

/**
 * One conversion that never throws: proj4 throws a TypeError on non-finite input (and may on
 * values far outside the projection), while a filed coordinate can be anything. NaN instead.
 */
function convert(converter: Converter, direction: 'forward' | 'inverse', a: number, b: number): [number, number] {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return [Number.NaN, Number.NaN];
  try {
    const [u, v] = converter[direction]([a, b]);
    return u !== undefined && v !== undefined && Number.isFinite(u) && Number.isFinite(v) ? [u, v] : [Number.NaN, Number.NaN];
  } catch {
    return [Number.NaN, Number.NaN];
  }
}

/** (easting, northing) in metres → [longitude, latitude] in degrees; NaN where it cannot convert. Geographic CRSs pass through. */
export function toLonLat(crs: ResolvedCrs, easting: number, northing: number): [number, number] {
  if (crs.kind === 'geographic') return [easting, northing];
  return convert(converterFor(crs), 'inverse', easting, northing);
}

/** [longitude, latitude] in degrees → [easting, northing] in metres; NaN where it cannot convert. */
export function fromLonLat(crs: ResolvedCrs, lon: number, lat: number): [number, number] {
  if (crs.kind === 'geographic') return [lon, lat];
  return convert(converterFor(crs), 'forward', lon, lat);
}

/** Interleaved (easting, northing) → a new interleaved (longitude, latitude) array. */
export function toLonLatArray(crs: ResolvedCrs, eastingNorthing: Float64Array): Float64Array {
  const out = new Float64Array(eastingNorthing.length);
  if (crs.kind === 'geographic') {
    out.set(eastingNorthing);
    return out;
  }
  const converter = converterFor(crs);
  for (let i = 0; i + 1 < eastingNorthing.length; i += 2) {
    const [lon, lat] = convert(converter, 'inverse', eastingNorthing[i] ?? Number.NaN, eastingNorthing[i + 1] ?? Number.NaN);
    out[i] = lon;
    out[i + 1] = lat;
  }
  // An odd trailing value has no partner: it cannot be a point.
  if (eastingNorthing.length % 2 === 1) out[eastingNorthing.length - 1] = Number.NaN;
  return out;
}
