/**
 * What a shapefile's .prj (ESRI WKT1, occasionally WKT2) says about the CRS, as DeclaredCrs.
 *
 * The WKT is never handed to proj4 (proj4js rejects Esri's Gauss_Kruger, and a file's WKT must
 * not decide the maths — coordinate-txt.md). Only a CGCS2000 transverse-Mercator projection is
 * recognised, and only from its parameters: the central meridian and the false easting give the
 * zone width, the zone and whether eastings carry the zone prefix (coordinate-txt.md, "Coordinate
 * reference systems"). An AUTHORITY code is not taken on trust. Where the parameters leave the zone
 * width open (an unprefixed zone whose meridian is both a 3° and a 6° one: 75°, 81° … 135°), the
 * projection's name decides ("3_Degree", "6_Degree"); otherwise no zone or EPSG is declared and
 * crs.ts resolves the CRS from the coordinates.
 */
import type { DeclaredCrs } from './model';

function firstName(wkt: string, keyword: string): string | undefined {
  const match = new RegExp(`${keyword}\\s*[[(]\\s*"([^"]*)"`, 'iu').exec(wkt);
  return match?.[1];
}

/** PARAMETER["Central_Meridian",117.0] (WKT1) or PARAMETER["Longitude of natural origin",117,ANGLEUNIT…] (WKT2), keyed by a folded name. */
function parameters(wkt: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const match of wkt.matchAll(/PARAMETER\s*[[(]\s*"([^"]*)"\s*,\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/giu)) {
    const key = (match[1] ?? '').toLowerCase().replace(/[\s_]+/gu, ' ');
    if (!out.has(key)) out.set(key, Number(match[2]));
  }
  return out;
}

function parameter(params: ReadonlyMap<string, number>, ...names: string[]): number | undefined {
  for (const name of names) {
    const value = params.get(name);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The linear unit: the last UNIT of a projected CRS (WKT1 puts it after PROJECTION and the parameters). */
function linearUnit(wkt: string): string | undefined {
  const units = [...wkt.matchAll(/(?:LENGTH)?UNIT\s*[[(]\s*"([^"]*)"/giu)].map((m) => m[1] ?? '');
  return units[units.length - 1];
}

const CGCS2000 = /china[\s_]*(?:geodetic[\s_]*coordinate[\s_]*system[\s_]*)?2000|cgcs[\s_]*2000/iu;
const TRANSVERSE_MERCATOR = /gauss|kr[uü]ger|transverse[\s_]*mercator/iu;
const METRE = /^(?:meter|metre|m)$/iu;

function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6;
}

export function declaredCrsFromPrj(wkt: string): DeclaredCrs {
  const projcs = firstName(wkt, 'PROJCS') ?? firstName(wkt, 'PROJCRS');
  const geogcs = firstName(wkt, 'GEOGCS') ?? firstName(wkt, 'BASEGEOGCRS') ?? firstName(wkt, 'GEOGCRS');
  const datumName = firstName(wkt, 'DATUM');
  const datum = datumName ?? geogcs;
  const isCgcs2000 = CGCS2000.test(`${datumName ?? ''} ${geogcs ?? ''} ${projcs ?? ''}`);
  const base: DeclaredCrs = { ...(datum !== undefined ? { datum } : {}) };

  if (projcs === undefined) {
    // A geographic CRS: CGCS2000 longitude/latitude is EPSG:4490.
    return isCgcs2000 && geogcs !== undefined ? { ...base, epsg: 4490 } : base;
  }
  const projection = firstName(wkt, 'PROJECTION') ?? firstName(wkt, 'METHOD');
  const unit = linearUnit(wkt);
  const described: DeclaredCrs = { ...base, ...(projection !== undefined ? { projection } : {}), ...(unit !== undefined ? { unit } : {}) };
  if (!isCgcs2000 || projection === undefined || !TRANSVERSE_MERCATOR.test(projection) || (unit !== undefined && !METRE.test(unit))) return described;

  const params = parameters(wkt);
  const cm = parameter(params, 'central meridian', 'longitude of natural origin', 'longitude of center', 'longitude of origin');
  const fe = parameter(params, 'false easting');
  const fn = parameter(params, 'false northing') ?? 0;
  const k = parameter(params, 'scale factor', 'scale factor at natural origin') ?? 1;
  const lat0 = parameter(params, 'latitude of origin', 'latitude of natural origin') ?? 0;
  if (cm === undefined || fe === undefined || !near(fn, 0) || !near(k, 1) || !near(lat0, 0)) return described;

  const prefix = Math.round((fe - 500_000) / 1_000_000);
  if (!near(fe, prefix * 1_000_000 + 500_000) || prefix < 0) return described;
  const zone3 = Number.isInteger(cm / 3) ? cm / 3 : undefined;
  const zone6 = Number.isInteger((cm + 3) / 6) ? (cm + 3) / 6 : undefined;
  const name = projcs.toLowerCase();
  const named = /3[\s_-]*degree|3度/u.test(name) ? 3 : /6[\s_-]*degree|6度/u.test(name) ? 6 : undefined;

  if (prefix > 0) {
    // The prefix is the zone number: it says which width the meridian belongs to.
    if (zone3 === prefix && zone3 >= 25 && zone3 <= 45) return { ...described, zoneWidth: 3, zone: zone3, epsg: 4488 + zone3 };
    if (zone6 === prefix && zone6 >= 13 && zone6 <= 23) return { ...described, zoneWidth: 6, zone: zone6, epsg: 4478 + zone6 };
    return described;
  }
  const width = named ?? (zone6 === undefined ? 3 : undefined);
  if (width === 3 && zone3 !== undefined && cm >= 75 && cm <= 135) return { ...described, zoneWidth: 3, zone: zone3, epsg: 4534 + (cm - 75) / 3 };
  if (width === 6 && zone6 !== undefined && zone6 >= 13 && zone6 <= 23) return { ...described, zoneWidth: 6, zone: zone6, epsg: 4502 + (zone6 - 13) };
  return described;
}
