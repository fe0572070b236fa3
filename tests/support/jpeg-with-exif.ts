/**
 * Writes small JPEG files with the EXIF a field phone or 核查 app writes (DateTimeOriginal, its
 * OffsetTimeOriginal, GPS latitude/longitude), for the photo reader's and rules' tests.
 *
 * Our own writer rather than piexifjs: piexifjs 1.0.6 omits the 4-byte next-IFD pointer after its
 * Exif and GPS IFDs (stack-notes.md), which strict readers flag. Here every IFD is
 * `count (2) + entries (12 each) + next-IFD offset (4)`, followed by the values that do not fit in
 * an entry, as TIFF 6.0 §2 lays it out. Both byte orders are written (phones use either).
 */

export interface ExifSpec {
  /** `YYYY:MM:DD HH:MM:SS` as EXIF writes it (any string is written as given, for bad-value tests). */
  readonly dateTimeOriginal?: string;
  /** `+08:00` */
  readonly offsetTimeOriginal?: string;
  /** DateTimeDigitized (CreateDate), the fallback when DateTimeOriginal is absent. */
  readonly dateTimeDigitized?: string;
  /** Signed degrees; written as degrees/minutes/seconds rationals with N/S. */
  readonly latitude?: number;
  /** Signed degrees; written with E/W. */
  readonly longitude?: number;
  readonly make?: string;
  readonly byteOrder?: 'II' | 'MM';
}

type Entry = { tag: number; type: 'ascii'; value: string } | { tag: number; type: 'byte'; value: readonly number[] } | { tag: number; type: 'long'; value: number } | { tag: number; type: 'rational'; value: readonly (readonly [number, number])[] };

const TYPE_CODE = { byte: 1, ascii: 2, long: 4, rational: 5 } as const;

/** A 16×16 grey baseline JPEG body (everything after SOI), encoded once by Chromium's canvas: a decodable image for e2e use. */
const JPEG_BODY_BASE64 =
  '/+AAEEpGSUYAAQEAAAEAAQAA/+IB2ElDQ19QUk9GSUxFAAEBAAAByAAAAAAEMAAAbW50clJHQiBYWVogB+AAAQABAAAAAAAAYWNzcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAPbWAAEAAAAA0y0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJZGVzYwAAAPAAAAAkclhZWgAAARQAAAAUZ1hZWgAAASgAAAAUYlhZWgAAATwAAAAUd3RwdAAAAVAAAAAUclRSQwAAAWQAAAAoZ1RSQwAAAWQAAAAoYlRSQwAAAWQAAAAoY3BydAAAAYwAAAA8bWx1YwAAAAAAAAABAAAADGVuVVMAAAAIAAAAHABzAFIARwBCWFlaIAAAAAAAAG+iAAA49QAAA5BYWVogAAAAAAAAYpkAALeFAAAY2lhZWiAAAAAAAAAkoAAAD4QAALbPWFlaIAAAAAAAAPbWAAEAAAAA0y1wYXJhAAAAAAAEAAAAAmZmAADypwAADVkAABPQAAAKWwAAAAAAAAAAbWx1YwAAAAAAAAABAAAADGVuVVMAAAAgAAAAHABHAG8AbwBnAGwAZQAgAEkAbgBjAC4AIAAyADAAMQA2/9sAQwAQCwwODAoQDg0OEhEQExgoGhgWFhgxIyUdKDozPTw5Mzg3QEhcTkBEV0U3OFBtUVdfYmdoZz5NcXlwZHhcZWdj/9sAQwEREhIYFRgvGhovY0I4QmNjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj/8AAEQgAEAAQAwEiAAIRAQMRAf/EABUAAQEAAAAAAAAAAAAAAAAAAAAB/8QAGhAAAgIDAAAAAAAAAAAAAAAAERIABBQjQf/EABUBAQEAAAAAAAAAAAAAAAAAAAEE/8QAGREAAgMBAAAAAAAAAAAAAAAAAGEREiEi/9oADAMBAAIRAxEAPwCXbmImt2PQBFK5lvrRR0kxdp5abEU8JMUqeI+x2HABDIZHzVn/2Q==';

function bytesOf(entry: Entry): number[] {
  switch (entry.type) {
    case 'ascii':
      return [...new TextEncoder().encode(entry.value), 0];
    case 'byte':
      return [...entry.value];
    case 'long':
    case 'rational':
      return [];
  }
}

function countOf(entry: Entry): number {
  if (entry.type === 'long') return 1;
  if (entry.type === 'rational') return entry.value.length;
  return bytesOf(entry).length;
}

function sizeOf(entry: Entry): number {
  if (entry.type === 'long') return 4;
  if (entry.type === 'rational') return entry.value.length * 8;
  return bytesOf(entry).length;
}

/** An IFD at `start` (offset from the TIFF header): its bytes, with out-of-line values after it. */
function writeIfd(entries: readonly Entry[], start: number, littleEndian: boolean): Uint8Array {
  const sorted = [...entries].sort((a, b) => a.tag - b.tag);
  const tableSize = 2 + sorted.length * 12 + 4;
  const extraSize = sorted.reduce((sum, e) => sum + (sizeOf(e) > 4 ? sizeOf(e) + (sizeOf(e) % 2) : 0), 0);
  const out = new Uint8Array(tableSize + extraSize);
  const view = new DataView(out.buffer);
  view.setUint16(0, sorted.length, littleEndian);
  let extra = tableSize;
  sorted.forEach((entry, i) => {
    const at = 2 + i * 12;
    view.setUint16(at, entry.tag, littleEndian);
    view.setUint16(at + 2, TYPE_CODE[entry.type], littleEndian);
    view.setUint32(at + 4, countOf(entry), littleEndian);
    const size = sizeOf(entry);
    const valueAt = size > 4 ? extra : at + 8;
    if (size > 4) {
      view.setUint32(at + 8, start + extra, littleEndian);
      extra += size + (size % 2);
    }
    if (entry.type === 'long') view.setUint32(valueAt, entry.value, littleEndian);
    else if (entry.type === 'rational') {
      entry.value.forEach(([numerator, denominator], k) => {
        view.setUint32(valueAt + k * 8, numerator, littleEndian);
        view.setUint32(valueAt + k * 8 + 4, denominator, littleEndian);
      });
    } else out.set(bytesOf(entry), valueAt);
  });
  // The next-IFD pointer (0: no further IFD) is the table's last 4 bytes, already zero.
  return out;
}

/** Degrees → [degrees, minutes, seconds × 10000] rationals, as phones write them. */
function dms(value: number): (readonly [number, number])[] {
  const abs = Math.abs(value);
  const degrees = Math.floor(abs);
  const minutesFull = (abs - degrees) * 60;
  const minutes = Math.floor(minutesFull);
  const seconds = Math.round((minutesFull - minutes) * 60 * 10_000);
  return [
    [degrees, 1],
    [minutes, 1],
    [seconds, 10_000],
  ];
}

/** The TIFF structure (header, IFD0, Exif IFD, GPS IFD) of an APP1 Exif segment. */
export function tiffWithExif(spec: ExifSpec): Uint8Array {
  const littleEndian = (spec.byteOrder ?? 'II') === 'II';
  const exifEntries: Entry[] = [];
  if (spec.dateTimeOriginal !== undefined) exifEntries.push({ tag: 0x9003, type: 'ascii', value: spec.dateTimeOriginal });
  if (spec.dateTimeDigitized !== undefined) exifEntries.push({ tag: 0x9004, type: 'ascii', value: spec.dateTimeDigitized });
  if (spec.offsetTimeOriginal !== undefined) exifEntries.push({ tag: 0x9011, type: 'ascii', value: spec.offsetTimeOriginal });
  const gpsEntries: Entry[] = [];
  if (spec.latitude !== undefined && spec.longitude !== undefined) {
    gpsEntries.push({ tag: 0x0000, type: 'byte', value: [2, 3, 0, 0] });
    gpsEntries.push({ tag: 0x0001, type: 'ascii', value: spec.latitude < 0 ? 'S' : 'N' });
    gpsEntries.push({ tag: 0x0002, type: 'rational', value: dms(spec.latitude) });
    gpsEntries.push({ tag: 0x0003, type: 'ascii', value: spec.longitude < 0 ? 'W' : 'E' });
    gpsEntries.push({ tag: 0x0004, type: 'rational', value: dms(spec.longitude) });
  }
  const ifd0Entries: Entry[] = [{ tag: 0x010f, type: 'ascii', value: spec.make ?? 'tuban-lint test' }];
  // Pointers first with a placeholder offset, so IFD0's size is known before the others are placed.
  if (exifEntries.length > 0) ifd0Entries.push({ tag: 0x8769, type: 'long', value: 0 });
  if (gpsEntries.length > 0) ifd0Entries.push({ tag: 0x8825, type: 'long', value: 0 });
  const ifd0Size = writeIfd(ifd0Entries, 8, littleEndian).length;
  const exifStart = 8 + ifd0Size;
  const exifIfd = exifEntries.length > 0 ? writeIfd(exifEntries, exifStart, littleEndian) : new Uint8Array(0);
  const gpsStart = exifStart + exifIfd.length;
  const gpsIfd = gpsEntries.length > 0 ? writeIfd(gpsEntries, gpsStart, littleEndian) : new Uint8Array(0);
  const pointers = ifd0Entries.map((e): Entry => {
    if (e.type !== 'long') return e;
    return { ...e, value: e.tag === 0x8769 ? exifStart : gpsStart };
  });
  const ifd0 = writeIfd(pointers, 8, littleEndian);

  const tiff = new Uint8Array(8 + ifd0.length + exifIfd.length + gpsIfd.length);
  const view = new DataView(tiff.buffer);
  tiff.set(littleEndian ? [0x49, 0x49] : [0x4d, 0x4d], 0);
  view.setUint16(2, 42, littleEndian);
  view.setUint32(4, 8, littleEndian);
  tiff.set(ifd0, 8);
  tiff.set(exifIfd, exifStart);
  tiff.set(gpsIfd, gpsStart);
  return tiff;
}

function jpegBody(): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(JPEG_BODY_BASE64), (c) => c.charCodeAt(0));
}

/** A JPEG: SOI, an APP1 Exif segment (unless `exif` is undefined), then a small decodable image. */
export function jpegWithExif(exif: ExifSpec | undefined): Uint8Array<ArrayBuffer> {
  const body = jpegBody();
  if (exif === undefined) return Uint8Array.from([0xff, 0xd8, ...body]);
  const tiff = tiffWithExif(exif);
  const payload = new Uint8Array(6 + tiff.length);
  payload.set([0x45, 0x78, 0x69, 0x66, 0, 0], 0); // "Exif\0\0"
  payload.set(tiff, 6);
  const segmentLength = payload.length + 2;
  return Uint8Array.from([0xff, 0xd8, 0xff, 0xe1, segmentLength >> 8, segmentLength & 0xff, ...payload, ...body]);
}
