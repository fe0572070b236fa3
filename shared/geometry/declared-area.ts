/**
 * The file's own 地块面积 against the parcel's computed area, judged once for the two rules that
 * report it: geom-area-mismatch (a different area) and geom-area-unit (the right area in the
 * wrong unit — square metres or 亩 where the standard says 公顷). A value that matches the
 * computed area when read as square metres or 亩 is a unit problem, never a mismatch of
 * thousands of percent (coordinate-txt.md, 地块面积).
 *
 * The computed area is the planar Gauss-Krüger area the format states, or, for a file in degrees
 * (计量单位=度), the CGCS2000 ellipsoidal area: a planar area in square degrees means nothing.
 */
import { INVALIDATING_KINDS, type ParcelAnalysis } from './analysis';
import { roundTo } from './format-numbers';
import { SQUARE_METRES_PER, type AreaUnit, type Parcel } from './model';
import type { Profile } from '../profiles/profile-schema';

export const PLANAR_METHOD = '高斯-克吕格平面面积（鞋带公式，外圈减内圈）';
export const ELLIPSOIDAL_METHOD = 'CGCS2000 椭球面积（测地线多边形，a = 6378137 m，f = 1/298.257222101）';

export interface AreaTolerance {
  readonly m2: number;
  readonly rule: string;
}

export type DeclaredAreaVerdict =
  | { readonly kind: 'not-compared' }
  | { readonly kind: 'matches' }
  /** The value read in `unit` matches: the unit is wrong (or written but not the standard's). */
  | { readonly kind: 'wrong-unit'; readonly value: number; readonly unit: Exclude<AreaUnit, '公顷'>; readonly convertedHa: number; readonly computedM2: number; readonly method: string }
  | { readonly kind: 'mismatch'; readonly declaredM2: number; readonly computedM2: number; readonly tolerance: AreaTolerance; readonly method: string };

/**
 * An area is worth comparing only for a polygon that is one: a parcel without rings, or one that
 * crosses itself or lost points to unreadable lines, has its own findings, and its area would only
 * add a misleading one.
 */
export function hasMeaningfulArea(parcel: Parcel, analysis: ParcelAnalysis): boolean {
  return parcel.rings.length > 0 && !analysis.validity.some((issue) => INVALIDATING_KINDS.has(issue.kind));
}

/** max(relative × area, minimum, half the unit of the last decimal written), in m². */
function toleranceFor(declaredM2: number, decimals: number | undefined, unitM2: number, profile: Profile): AreaTolerance {
  const { declaredAreaRelative, declaredAreaMinM2 } = profile.geometry;
  const halfLastDigit = decimals === undefined || !Number.isInteger(decimals) || decimals < 0 ? 0 : 0.5 * 10 ** -decimals * unitM2;
  const terms: AreaTolerance[] = [
    { m2: declaredAreaRelative * Math.abs(declaredM2), rule: `${roundTo(declaredAreaRelative * 100, 4)}%` },
    { m2: declaredAreaMinM2, rule: `最小 ${declaredAreaMinM2} 平方米` },
    { m2: halfLastDigit, rule: '所填面积末位的一半' },
  ];
  return terms.reduce((a, b) => (b.m2 > a.m2 ? b : a));
}

export function judgeDeclaredArea(parcel: Parcel, analysis: ParcelAnalysis, profile: Profile): DeclaredAreaVerdict {
  const declaredHa = parcel.declaredAreaHa;
  const geographic = analysis.crs?.kind === 'geographic';
  const computedM2 = geographic ? analysis.ellipsoidalAreaM2 : analysis.planarAreaM2;
  if (declaredHa === undefined || !Number.isFinite(declaredHa) || computedM2 === undefined || !Number.isFinite(computedM2) || !hasMeaningfulArea(parcel, analysis))
    return { kind: 'not-compared' };
  const method = geographic ? ELLIPSOIDAL_METHOD : PLANAR_METHOD;
  const decimals = parcel.declaredAreaDecimals;
  const written = parcel.declaredAreaUnit ?? '公顷';
  const declaredM2 = declaredHa * 10_000;
  const matches = (m2: number, unit: AreaUnit): boolean => Math.abs(computedM2 - m2) <= toleranceFor(m2, decimals, SQUARE_METRES_PER[unit], profile).m2;

  if (matches(declaredM2, written)) {
    if (written === '公顷') return { kind: 'matches' };
    return { kind: 'wrong-unit', value: roundTo(declaredM2 / SQUARE_METRES_PER[written], 10), unit: written, convertedHa: declaredHa, computedM2, method };
  }
  // Without a written unit, the number may be square metres or 亩 (what other tools write).
  if (parcel.declaredAreaUnit === undefined) {
    for (const unit of ['平方米', '亩'] as const) {
      const m2 = declaredHa * SQUARE_METRES_PER[unit];
      if (matches(m2, unit)) return { kind: 'wrong-unit', value: declaredHa, unit, convertedHa: m2 / 10_000, computedM2, method };
    }
  }
  return { kind: 'mismatch', declaredM2, computedM2, tolerance: toleranceFor(declaredM2, decimals, SQUARE_METRES_PER[written], profile), method };
}
