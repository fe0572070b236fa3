/**
 * What raw Gauss-Krüger numbers may look like in China (../shared/domain/coordinate-txt.md,
 * "Plausibility"), shared by geom-zone-mismatch, geom-xy-swapped and geom-out-of-range so the
 * three agree on what "prefixed" and "swapped" mean.
 */
import type { DeclaredCrs } from './model';

/** An easting with the zone number prefixed has 8 integer digits (zone 13–45 × 1,000,000 + offset). */
export function isPrefixedEasting(easting: number): boolean {
  return easting >= 10_000_000 && easting < 100_000_000;
}

/** The 2-digit zone prefix of an 8-digit easting, else undefined. */
export function zonePrefix(easting: number): number | undefined {
  return isPrefixedEasting(easting) ? Math.floor(easting / 1_000_000) : undefined;
}

/** A 7-digit value: what a northing in China looks like (1,000,000–9,999,999). */
export function isSevenDigit(value: number): boolean {
  return value >= 1_000_000 && value < 10_000_000;
}

/**
 * X and Y swapped (coordinate-txt.md): the northing slot carries an 8-digit, zone-prefixed value
 * while the easting slot carries a 7-digit one.
 */
export function looksSwapped(easting: number, northing: number): boolean {
  return isPrefixedEasting(northing) && isSevenDigit(easting);
}

/** Mainland China's northings (≈ 16°N–54°N), coordinate-txt.md. */
export const MAINLAND_NORTHING = { min: 1_800_000, max: 5_950_000 } as const;

/**
 * The easting's offset from the zone's false origin (500,000 at the central meridian), as a range
 * a real point can have: ±1.5° is at most ≈ 167 km at the equator and less further north, so a
 * 3-degree zone stays within 300,000–700,000 (coordinate-txt.md); a 6-degree zone spans ±3°
 * (≈ ±320 km at 18°N), hence 150,000–850,000 (inferred from the same geometry).
 */
export function zoneOffsetRange(zoneWidth: 3 | 6 | undefined): { readonly min: number; readonly max: number } {
  return zoneWidth === 6 ? { min: 150_000, max: 850_000 } : { min: 300_000, max: 700_000 };
}

/** The easting without its zone prefix. */
export function zoneOffset(easting: number): number {
  return isPrefixedEasting(easting) ? easting % 1_000_000 : easting;
}

/**
 * The zone the file itself declares: 带号, else the one a declared zone-prefixed EPSG code names
 * (3-degree 4513–4533 = 4488 + zone; 6-degree 4491–4501 = 4478 + zone). Never the zone read off
 * the coordinates: that is what geom-zone-mismatch compares against.
 */
export function declaredZone(declared: DeclaredCrs): number | undefined {
  if (declared.zone !== undefined && Number.isInteger(declared.zone)) return declared.zone;
  const epsg = declared.epsg;
  if (epsg === undefined) return undefined;
  if (epsg >= 4513 && epsg <= 4533) return epsg - 4488;
  if (epsg >= 4491 && epsg <= 4501) return epsg - 4478;
  return undefined;
}

/**
 * Longitude and latitude written the other way round: China's latitudes (3.5–54) first and its
 * longitudes (73–136) second. Inferred from the country's extent; only asked of geographic data.
 */
export function looksSwappedLonLat(first: number, second: number): boolean {
  return first >= 3 && first <= 54 && second >= 73 && second <= 136;
}

/** Values that can only be degrees: no projected coordinate in China is this small. */
export function looksLikeDegrees(first: number, second: number): boolean {
  return Math.abs(first) <= 180 && Math.abs(second) <= 180;
}
