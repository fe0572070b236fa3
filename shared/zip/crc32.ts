/**
 * CRC-32 (ISO 3309, the zip checksum), incrementally. Kept by hand: fflate checks no CRC on the
 * raw-deflate paths this reader uses and does not export its table; this is 20 lines.
 */

let table: Int32Array | undefined;

function crcTable(): Int32Array {
  if (table) return table;
  table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
}

function update(crc: number, bytes: Uint8Array): number {
  const t = crcTable();
  let c = crc;
  // Hot loop (a 120 MB sheet part): indexes are in range by construction, so no `?? 0` checks.
  for (let i = 0; i < bytes.length; i++) c = (t[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return c;
}

/** The CRC-32 of `bytes`; `crc32.start/update/finish` for data that arrives in chunks. */
export const crc32 = Object.assign((bytes: Uint8Array): number => (update(-1, bytes) ^ -1) >>> 0, {
  start: (): number => -1,
  update,
  finish: (crc: number): number => (crc ^ -1) >>> 0,
});
