/**
 * What a field photo's EXIF says about where and when it was taken (issue 14): DateTimeOriginal
 * with its OffsetTimeOriginal, and the GPS position. Read with exifr's lite build (JPEG, HEIC/HEIF,
 * TIFF), in Node, workers and the browser. Never throws: a file
 * that is not an image, or whose metadata is damaged, is a reading with `problem` set, which
 * photo-no-exif reports.
 */
import exifr from 'exifr/dist/lite.esm.mjs';
import type { IsoDate } from '../model/dates';
import { daysInMonth } from '../model/dates';

/** A camera's local time as EXIF holds it, with the UTC offset when the camera wrote one. */
export interface PhotoTime {
  readonly date: IsoDate;
  /** `HH:MM:SS` */
  readonly time: string;
  /** `+08:00`; absent on most older cameras (then the time is taken as Beijing time). */
  readonly offset?: string;
}

export interface GeoPosition {
  /** Degrees, north positive (WGS84 as GPS gives it; CGCS2000 is the same at this scale). */
  readonly lat: number;
  /** Degrees, east positive. */
  readonly lon: number;
}

export type PhotoReadProblem = 'not-an-image' | 'damaged';

export interface PhotoExif {
  readonly takenAt?: PhotoTime;
  readonly position?: GeoPosition;
  /** Set when the file could not be read as an image with metadata. */
  readonly problem?: PhotoReadProblem;
}

const EXIF_DATE_TIME = /^\s*(\d{4})[:\-/](\d{2})[:\-/](\d{2})[ T](\d{2}):(\d{2}):(\d{2})/u;
const EXIF_OFFSET = /^\s*([+-])(\d{2}):(\d{2})\s*$/u;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `2023:05:06 10:11:12` → a PhotoTime; undefined for blanks, `0000:00:00 00:00:00` and impossible values. */
export function parseExifDateTime(text: unknown, offsetText: unknown): PhotoTime | undefined {
  if (typeof text !== 'string') return undefined;
  const m = EXIF_DATE_TIME.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  if (year < 1990 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const time = `${pad(hour)}:${pad(minute)}:${pad(Math.min(second, 59))}`;
  const offset = typeof offsetText === 'string' ? EXIF_OFFSET.exec(offsetText) : null;
  if (offset && Number(offset[2]) <= 14 && Number(offset[3]) < 60) return { date, time, offset: `${offset[1]}${offset[2]}:${offset[3]}` };
  return { date, time };
}

/** The ISO text of a photo time: `2023-05-06T10:11:12+08:00`, without the offset when EXIF has none. */
export function formatPhotoTime(t: PhotoTime): string {
  return `${t.date}T${t.time}${t.offset ?? ''}`;
}

const BEIJING_OFFSET_MINUTES = 8 * 60;

/**
 * The Beijing calendar date of a photo time (整改完成时间 is a Beijing date): converted when the
 * camera wrote another offset; a time without an offset is taken as Beijing time already.
 */
export function beijingDateOf(t: PhotoTime): IsoDate {
  const offset = t.offset ? EXIF_OFFSET.exec(t.offset) : null;
  if (!offset) return t.date;
  const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
  const [h, mi, s] = t.time.split(':').map(Number) as [number, number, number];
  const [y, mo, d] = t.date.split('-').map(Number) as [number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi, s) - minutes * 60_000;
  const beijing = new Date(utc + BEIJING_OFFSET_MINUTES * 60_000);
  return `${beijing.getUTCFullYear()}-${pad(beijing.getUTCMonth() + 1)}-${pad(beijing.getUTCDate())}`;
}

function signedDegrees(value: unknown, ref: unknown, negativeRef: string): number | undefined {
  let degrees: number | undefined;
  if (typeof value === 'number') degrees = value;
  else if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'number')) {
    const [d = 0, m = 0, s = 0] = value as number[];
    degrees = d + m / 60 + s / 3600;
  }
  if (degrees === undefined || !Number.isFinite(degrees)) return undefined;
  return typeof ref === 'string' && ref.trim().toUpperCase() === negativeRef ? -Math.abs(degrees) : degrees;
}

/**
 * The GPS position, or undefined: no GPS block, a value out of range, or exactly (0, 0) — what
 * cameras write when they had no fix (a real photo on the Gulf of Guinea is not a 图斑's).
 */
function positionOf(tags: Readonly<Record<string, unknown>>): GeoPosition | undefined {
  const lat = signedDegrees(tags['GPSLatitude'], tags['GPSLatitudeRef'], 'S');
  const lon = signedDegrees(tags['GPSLongitude'], tags['GPSLongitudeRef'], 'W');
  if (lat === undefined || lon === undefined) return undefined;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || (lat === 0 && lon === 0)) return undefined;
  return { lat, lon };
}

/** Raw values only: revived Dates would carry the reading machine's time zone, not the camera's. Errors are collected (exifr's default silentErrors). */
const EXIFR_OPTIONS = {
  tiff: true,
  exif: true,
  gps: true,
  interop: false,
  ifd1: false,
  xmp: false,
  icc: false,
  iptc: false,
  jfif: false,
  ihdr: false,
  reviveValues: false,
  translateValues: false,
  mergeOutput: true,
} satisfies Parameters<typeof exifr.parse>[1];

/**
 * Whether the bytes start like an image format exifr's lite build reads: JPEG (FF D8), TIFF
 * (II*\0 / MM\0*), HEIF/HEIC/AVIF (an ISO-BMFF `ftyp` box), PNG. Decided here, not from exifr's
 * error text, so "not an image" and "a damaged image" are told apart the same way everywhere.
 */
export function looksLikeImage(bytes: Uint8Array): boolean {
  const b = (i: number): number => bytes[i] ?? -1;
  if (b(0) === 0xff && b(1) === 0xd8) return true;
  if ((b(0) === 0x49 && b(1) === 0x49 && b(2) === 0x2a && b(3) === 0) || (b(0) === 0x4d && b(1) === 0x4d && b(2) === 0 && b(3) === 0x2a)) return true;
  if (b(4) === 0x66 && b(5) === 0x74 && b(6) === 0x79 && b(7) === 0x70) return true;
  return b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47;
}

/** The time and position of one photo's bytes (its first few hundred kilobytes suffice for a JPEG). */
export async function readPhotoExif(bytes: Uint8Array): Promise<PhotoExif> {
  if (!looksLikeImage(bytes)) return { problem: 'not-an-image' };
  // PNG: screenshots and edited images. The lite build does not read PNG's rare eXIf chunk: no EXIF.
  if (bytes[0] === 0x89) return {};
  let tags: Record<string, unknown> | undefined;
  try {
    tags = (await exifr.parse(bytes, EXIFR_OPTIONS)) as Record<string, unknown> | undefined;
  } catch {
    return { problem: 'damaged' };
  }
  if (tags === undefined) return {};
  const takenAt = parseExifDateTime(tags['DateTimeOriginal'], tags['OffsetTimeOriginal']) ?? parseExifDateTime(tags['CreateDate'], tags['OffsetTimeDigitized']);
  const position = positionOf(tags);
  const damaged = Array.isArray(tags['errors']) && tags['errors'].length > 0;
  return {
    ...(takenAt ? { takenAt } : {}),
    ...(position ? { position } : {}),
    ...(damaged && !takenAt && !position ? { problem: 'damaged' as const } : {}),
  };
}
