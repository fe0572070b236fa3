/**
 * Raw DEFLATE (RFC 1951) decoding, synchronous, for the entries of a zipped shapefile.
 *
 * Why our own: readCoordinateFile is synchronous (model.ts API) and must run in a Worker, the
 * extension and Node alike. The platform inflaters are asynchronous (DecompressionStream in
 * browsers, zlib's promisified inflateRaw in but-unzip's Node build), and SheetJS's CFB inflater
 * would pull the whole spreadsheet library into the geometry worker. Shapefile zips are small
 * (kilobytes to a few megabytes), so a compact canonical-Huffman decoder in the style of zlib's
 * `puff.c` is fast enough (measured in inflate-raw.test.ts) and easy to check against zlib.
 *
 * Never throws: a damaged stream or one that would grow past `maxBytes` (a zip bomb) is reported.
 */

export type InflateResult = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: 'corrupt' | 'too-large' };

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258] as const;
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0] as const;
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577] as const;
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13] as const;
/** Order in which the code-length code lengths are sent (RFC 1951 §3.2.7). */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15] as const;
const MAX_BITS = 15;

class InflateError extends Error {
  constructor(readonly reason: 'corrupt' | 'too-large') {
    super(reason);
  }
}

/** A canonical Huffman code as puff.c keeps it: how many codes of each length, symbols by code. */
interface Huffman {
  readonly counts: Int32Array;
  readonly symbols: Int32Array;
}

/** Builds a code from symbol code lengths; over-subscribed sets are corrupt, incomplete ones allowed (a lone distance code). */
function buildHuffman(lengths: ArrayLike<number>, n: number): Huffman {
  const counts = new Int32Array(MAX_BITS + 1);
  const symbols = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    const len = lengths[s] ?? 0;
    counts[len] = (counts[len] ?? 0) + 1;
  }
  let left = 1;
  for (let len = 1; len <= MAX_BITS; len++) {
    left = left * 2 - (counts[len] ?? 0);
    if (left < 0) throw new InflateError('corrupt');
  }
  const offsets = new Int32Array(MAX_BITS + 2);
  for (let len = 1; len < MAX_BITS; len++) offsets[len + 1] = (offsets[len] ?? 0) + (counts[len] ?? 0);
  for (let s = 0; s < n; s++) {
    const len = lengths[s] ?? 0;
    if (len === 0) continue;
    const at = offsets[len] ?? 0;
    symbols[at] = s;
    offsets[len] = at + 1;
  }
  return { counts, symbols };
}

let fixedTables: { readonly lengths: Huffman; readonly distances: Huffman } | undefined;

function fixedHuffman(): {
  readonly lengths: Huffman;
  readonly distances: Huffman;
} {
  if (fixedTables) return fixedTables;
  const l = new Uint8Array(288);
  l.fill(8, 0, 144);
  l.fill(9, 144, 256);
  l.fill(7, 256, 280);
  l.fill(8, 280, 288);
  const d = new Uint8Array(30).fill(5);
  fixedTables = {
    lengths: buildHuffman(l, 288),
    distances: buildHuffman(d, 30),
  };
  return fixedTables;
}

class Inflater {
  private pos = 0;
  private bitBuffer = 0;
  private bitCount = 0;
  private out: Uint8Array;
  private outLength = 0;

  constructor(
    private readonly input: Uint8Array,
    private readonly maxBytes: number,
    sizeHint: number,
  ) {
    this.out = new Uint8Array(Math.max(1024, Math.min(maxBytes, sizeHint)));
  }

  private bits(n: number): number {
    while (this.bitCount < n) {
      if (this.pos >= this.input.length) throw new InflateError('corrupt');
      this.bitBuffer |= (this.input[this.pos++] ?? 0) << this.bitCount;
      this.bitCount += 8;
    }
    const value = this.bitBuffer & ((1 << n) - 1);
    this.bitBuffer >>>= n;
    this.bitCount -= n;
    return value;
  }

  private ensure(extra: number): void {
    const need = this.outLength + extra;
    if (need <= this.out.length) return;
    if (need > this.maxBytes) throw new InflateError('too-large');
    const grown = new Uint8Array(Math.min(this.maxBytes, Math.max(need, this.out.length * 2)));
    grown.set(this.out.subarray(0, this.outLength));
    this.out = grown;
  }

  /** One symbol, bit by bit (codes are sent most-significant bit first); the bit buffer is kept in locals for speed. */
  private decode(h: Huffman): number {
    let code = 0;
    let first = 0;
    let index = 0;
    let buffer = this.bitBuffer;
    let count = this.bitCount;
    for (let len = 1; len <= MAX_BITS; len++) {
      if (count === 0) {
        if (this.pos >= this.input.length) throw new InflateError('corrupt');
        buffer = this.input[this.pos++] ?? 0;
        count = 8;
      }
      code |= buffer & 1;
      buffer >>>= 1;
      count--;
      const n = h.counts[len] ?? 0;
      if (code - first < n) {
        this.bitBuffer = buffer;
        this.bitCount = count;
        return h.symbols[index + code - first] ?? 0;
      }
      index += n;
      first = (first + n) << 1;
      code <<= 1;
    }
    throw new InflateError('corrupt'); // ran out of codes: an incomplete code's unused pattern
  }

  private stored(): void {
    this.bitBuffer = 0;
    this.bitCount = 0;
    if (this.pos + 4 > this.input.length) throw new InflateError('corrupt');
    const len = (this.input[this.pos] ?? 0) | ((this.input[this.pos + 1] ?? 0) << 8);
    const nlen = (this.input[this.pos + 2] ?? 0) | ((this.input[this.pos + 3] ?? 0) << 8);
    this.pos += 4;
    if (len !== (~nlen & 0xffff) || this.pos + len > this.input.length) throw new InflateError('corrupt');
    this.ensure(len);
    this.out.set(this.input.subarray(this.pos, this.pos + len), this.outLength);
    this.outLength += len;
    this.pos += len;
  }

  private codes(lengths: Huffman, distances: Huffman): void {
    for (;;) {
      const symbol = this.decode(lengths);
      if (symbol < 256) {
        this.ensure(1);
        this.out[this.outLength++] = symbol;
        continue;
      }
      if (symbol === 256) return;
      const li = symbol - 257;
      if (li >= 29) throw new InflateError('corrupt');
      const length = (LENGTH_BASE[li] ?? 0) + this.bits(LENGTH_EXTRA[li] ?? 0);
      const di = this.decode(distances);
      if (di >= 30) throw new InflateError('corrupt');
      const distance = (DIST_BASE[di] ?? 0) + this.bits(DIST_EXTRA[di] ?? 0);
      if (distance > this.outLength) throw new InflateError('corrupt');
      this.ensure(length);
      const out = this.out;
      let from = this.outLength - distance;
      let to = this.outLength;
      // Byte by byte: a match may overlap the bytes it produces (distance < length).
      for (let k = 0; k < length; k++) out[to++] = out[from++] ?? 0;
      this.outLength = to;
    }
  }

  private dynamic(): void {
    const nlen = this.bits(5) + 257;
    const ndist = this.bits(5) + 1;
    const ncode = this.bits(4) + 4;
    if (nlen > 286 || ndist > 30) throw new InflateError('corrupt');
    const lengths = new Uint8Array(320);
    for (let i = 0; i < ncode; i++) lengths[CODE_LENGTH_ORDER[i] ?? 0] = this.bits(3);
    const lencode = buildHuffman(lengths, 19);
    lengths.fill(0);
    let index = 0;
    while (index < nlen + ndist) {
      const symbol = this.decode(lencode);
      if (symbol < 16) {
        lengths[index++] = symbol;
        continue;
      }
      let repeat: number;
      let value = 0;
      if (symbol === 16) {
        if (index === 0) throw new InflateError('corrupt');
        value = lengths[index - 1] ?? 0;
        repeat = 3 + this.bits(2);
      } else if (symbol === 17) repeat = 3 + this.bits(3);
      else repeat = 11 + this.bits(7);
      if (index + repeat > nlen + ndist) throw new InflateError('corrupt');
      while (repeat-- > 0) lengths[index++] = value;
    }
    if (lengths[256] === 0) throw new InflateError('corrupt'); // no end-of-block code
    const lencodes = buildHuffman(lengths, nlen);
    const distcodes = buildHuffman(lengths.subarray(nlen, nlen + ndist), ndist);
    this.codes(lencodes, distcodes);
  }

  run(): Uint8Array {
    let last = 0;
    while (last === 0) {
      last = this.bits(1);
      const type = this.bits(2);
      if (type === 0) this.stored();
      else if (type === 1) {
        const fixed = fixedHuffman();
        this.codes(fixed.lengths, fixed.distances);
      } else if (type === 2) this.dynamic();
      else throw new InflateError('corrupt');
    }
    return this.out.slice(0, this.outLength);
  }
}

/**
 * Inflates a raw DEFLATE stream. `sizeHint` (the zip's declared uncompressed size) only sizes the
 * first buffer; `maxBytes` bounds the output whatever the archive claims.
 */
export function inflateRaw(input: Uint8Array, maxBytes: number, sizeHint = input.length * 4): InflateResult {
  try {
    return { ok: true, bytes: new Inflater(input, maxBytes, sizeHint).run() };
  } catch (error) {
    if (error instanceof InflateError) return { ok: false, reason: error.reason };
    if (error instanceof RangeError) return { ok: false, reason: 'too-large' }; // allocation refused
    return { ok: false, reason: 'corrupt' };
  }
}

let crcTable: Int32Array | undefined;

/** CRC-32 (ISO-HDLC, as zip uses) of the bytes: a damaged entry inflates to the wrong bytes more often than it fails. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  const table = crcTable;
  let crc = -1;
  for (let i = 0; i < bytes.length; i++) crc = (table[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
