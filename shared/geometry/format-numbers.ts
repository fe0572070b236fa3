/**
 * Numbers as geometry findings show them: rounded for reading, kept as numbers in `data` so that
 * consumers (JSON, the ledger) can still compare them.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Coordinates to the millimetre (精度=0.001 in the format's header). */
export function roundCoordinate(value: number): number {
  return roundTo(value, 3);
}
