/**
 * Little-endian integers from a byte array, for the binary formats read by hand (zip directories,
 * dBase headers). Out-of-range bytes read as 0, so a truncated header gives a value the caller's
 * bounds checks reject instead of an exception.
 */

export function readU16LE(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

export function readU32LE(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16) | ((b[at + 3] ?? 0) << 24)) >>> 0;
}
