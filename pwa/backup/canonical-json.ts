/**
 * The canonical text of a stored row, as written into a backup and covered by its checksum:
 * JSON with object keys sorted (by UTF-16 code units, as IndexedDB compares strings), absent
 * (`undefined`) properties left out, and each Blob written as `{"$blob":"<base64>","type":"<MIME>"}`.
 * Anything JSON cannot carry faithfully (Date, Map, typed arrays, NaN …) is refused rather than
 * silently changed: a backup must restore exactly what was stored.
 */

/** The key that marks an encoded Blob; no stored object may use it for its own data. */
export const BLOB_MARKER = '$blob';

export class UnsupportedValueError extends Error {
  constructor(readonly path: string, what: string) {
    super(`不能写入备份的数据（${path}）：${what}`);
    this.name = 'UnsupportedValueError';
  }
}

/** Every Blob inside a row (a row's Blobs must be read as bytes before it can be written). */
export function collectBlobs(value: unknown, into: Blob[] = []): Blob[] {
  if (value instanceof Blob) into.push(value);
  else if (Array.isArray(value)) for (const item of value) collectBlobs(item, into);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) collectBlobs(item, into);
  return into;
}

/**
 * The canonical text of `value`. `base64Of` holds the base64 text of every Blob in it (see
 * collectBlobs / blobToBase64); a Blob missing from it is a programming error.
 */
export function canonicalJson(value: unknown, base64Of: ReadonlyMap<Blob, string> = new Map(), path = '$'): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new UnsupportedValueError(path, `非有限数值 ${String(value)}`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new UnsupportedValueError(path, `类型 ${typeof value}`);
  }
  if (value instanceof Blob) {
    const base64 = base64Of.get(value);
    if (base64 === undefined) throw new Error(`canonicalJson: the Blob at ${path} was not read first`);
    return `{${JSON.stringify(BLOB_MARKER)}:${JSON.stringify(base64)},"type":${JSON.stringify(value.type)}}`;
  }
  if (Array.isArray(value)) {
    const parts = value.map((item: unknown, index) => {
      if (item === undefined) throw new UnsupportedValueError(`${path}[${index}]`, '数组中的空值');
      return canonicalJson(item, base64Of, `${path}[${index}]`);
    });
    return `[${parts.join(',')}]`;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new UnsupportedValueError(path, `对象类型 ${Object.prototype.toString.call(value)}`);
  const parts: string[] = [];
  for (const key of Object.keys(value).sort()) {
    if (key === BLOB_MARKER) throw new UnsupportedValueError(path, `保留字段名 ${BLOB_MARKER}`);
    const item: unknown = (value as Record<string, unknown>)[key];
    if (item === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJson(item, base64Of, `${path}.${key}`)}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * The prefix of a Blob stored beside the rows (the .zip backup: one file per photo or document)
 * rather than as base64: `{"$blob":"file:files/12","type":"image/jpeg"}`. Base64 has no `:`, so the
 * two never meet.
 */
export const BLOB_FILE_PREFIX = 'file:';

/**
 * A row back from its canonical text: Blobs are Blobs again, with their bytes and type — from their
 * base64, or from `files` for a Blob stored beside the rows (a reference missing from `files` throws).
 */
export function parseCanonicalRow(text: string, files?: ReadonlyMap<string, Blob>): unknown {
  // Most rows hold no Blob; a reviver on every value would slow 100,000-row restores for nothing.
  if (!text.includes(`"${BLOB_MARKER}"`)) return JSON.parse(text);
  return JSON.parse(text, (_key, value: unknown) => {
    if (!isEncodedBlob(value)) return value;
    const encoded = value[BLOB_MARKER];
    if (!encoded.startsWith(BLOB_FILE_PREFIX)) return base64ToBlob(encoded, value.type);
    const file = files?.get(encoded.slice(BLOB_FILE_PREFIX.length));
    if (file === undefined) throw new Error(`missing file ${encoded}`);
    return new Blob([file], { type: value.type });
  });
}

function isEncodedBlob(value: unknown): value is { [BLOB_MARKER]: string; type: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  return keys.length === 2 && typeof record[BLOB_MARKER] === 'string' && typeof record.type === 'string';
}

// Bytes ↔ base64 through btoa/atob (browsers and Node 20 alike), in slices: String.fromCharCode
// with a whole photo as arguments would overflow the call stack.
const SLICE = 0x8000;

export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const binary: string[] = [];
  for (let start = 0; start < bytes.length; start += SLICE) binary.push(String.fromCharCode(...bytes.subarray(start, start + SLICE)));
  return btoa(binary.join(''));
}

export function base64ToBlob(base64: string, type: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}
