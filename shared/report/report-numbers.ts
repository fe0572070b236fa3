/**
 * Rounding of report figures (README, "Rounding"): 公顷 to 4 decimals, 亩 to 2, percentages to 2,
 * a ratio to 4; half away from zero on the decimal value, so that 1.005 亩 shows as 1.01 and no
 * binary artefact (0.30000000000000004) reaches a figure. Sums are exact (unrounded) until shown.
 */
export const DECIMALS = { ha: 4, mu: 2, pct: 2, ratio: 4 } as const;

/** Rounds half away from zero as the decimal text reads (1.005 → 1.01, not 1.00). */
export function roundDecimal(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  // 12 significant digits drop the noise a sum of binary fractions carries; the exponent shift is exact.
  const clean = Number(value.toPrecision(12));
  const text = String(Math.abs(clean));
  const shifted = text.includes('e') ? Math.abs(clean) * 10 ** decimals : Number(`${text}e${decimals}`);
  const rounded = Math.round(shifted);
  const back = text.includes('e') ? rounded / 10 ** decimals : Number(`${rounded}e-${decimals}`);
  const signed = clean < 0 ? -back : back;
  return Object.is(signed, -0) ? 0 : signed;
}

/** num / den as a percentage (2 decimals); null when the denominator is zero. */
export function percentOf(num: number, den: number): number | null {
  return den > 0 ? roundDecimal((num / den) * 100, DECIMALS.pct) : null;
}

/** A number as the template writes it: fixed decimals, no thousands separator. */
export function fixed(value: number | null | undefined, decimals: number): string {
  return value === null || value === undefined ? '' : roundDecimal(value, decimals).toFixed(decimals);
}
