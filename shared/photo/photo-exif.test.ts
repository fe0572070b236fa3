import { describe, expect, it } from 'vitest';
import { jpegWithExif, tiffWithExif } from '../../tests/support/jpeg-with-exif';
import { beijingDateOf, formatPhotoTime, parseExifDateTime, readPhotoExif } from './photo-exif';

describe('readPhotoExif', () => {
  it('reads DateTimeOriginal with its offset and the GPS position of a phone JPEG', async () => {
    const exif = await readPhotoExif(jpegWithExif({ dateTimeOriginal: '2024:03:05 10:11:12', offsetTimeOriginal: '+08:00', latitude: 36.123456, longitude: 117.654321 }));
    expect(exif.takenAt).toEqual({ date: '2024-03-05', time: '10:11:12', offset: '+08:00' });
    expect(exif.position?.lat).toBeCloseTo(36.123456, 6);
    expect(exif.position?.lon).toBeCloseTo(117.654321, 6);
    expect(exif.problem).toBeUndefined();
  });

  it('reads southern and western positions as negative (S/W refs), in big-endian files too', async () => {
    const exif = await readPhotoExif(jpegWithExif({ latitude: -33.5, longitude: -70.25, byteOrder: 'MM' }));
    expect(exif.position).toEqual({ lat: -33.5, lon: -70.25 });
    expect(exif.takenAt).toBeUndefined();
  });

  it('a JPEG without EXIF is read as having nothing, not as a problem', async () => {
    expect(await readPhotoExif(jpegWithExif(undefined))).toEqual({});
  });

  it('a PNG (a screenshot) is an image without EXIF', async () => {
    expect(await readPhotoExif(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toEqual({});
  });

  it('names a non-image and a damaged image without throwing', async () => {
    expect(await readPhotoExif(new TextEncoder().encode('%PDF-1.7 not a photo'))).toEqual({ problem: 'not-an-image' });
    expect(await readPhotoExif(new Uint8Array(0))).toEqual({ problem: 'not-an-image' });
    const cut = jpegWithExif({ dateTimeOriginal: '2024:03:05 10:11:12' }).subarray(0, 30);
    expect(await readPhotoExif(cut)).toEqual({ problem: 'damaged' });
  });

  it('the writer puts the 4-byte next-IFD pointer after every IFD (what piexifjs 1.0.6 omits)', () => {
    const tiff = tiffWithExif({ dateTimeOriginal: '2024:03:05 10:11:12', latitude: 36, longitude: 117 });
    const view = new DataView(tiff.buffer);
    const ifdEnd = (start: number): number => start + 2 + view.getUint16(start, true) * 12;
    const ifd0 = view.getUint32(4, true);
    expect(view.getUint32(ifdEnd(ifd0), true)).toBe(0);
    const pointer = (tag: number): number => {
      for (let i = 0; i < view.getUint16(ifd0, true); i++) if (view.getUint16(ifd0 + 2 + i * 12, true) === tag) return view.getUint32(ifd0 + 2 + i * 12 + 8, true);
      return -1;
    };
    const exifIfd = pointer(0x8769);
    const gpsIfd = pointer(0x8825);
    expect(view.getUint32(ifdEnd(exifIfd), true)).toBe(0);
    expect(view.getUint32(ifdEnd(gpsIfd), true)).toBe(0);
    // The GPS IFD starts right after the Exif IFD's out-of-line values: no overlap with the pointer.
    expect(gpsIfd).toBeGreaterThanOrEqual(ifdEnd(exifIfd) + 4);
  });
});

describe('EXIF times', () => {
  it('parses EXIF date-times and refuses blanks and impossible values', () => {
    expect(parseExifDateTime('2024:02:29 08:00:00', undefined)).toEqual({ date: '2024-02-29', time: '08:00:00' });
    expect(parseExifDateTime('2023:02:29 08:00:00', undefined)).toBeUndefined();
    expect(parseExifDateTime('0000:00:00 00:00:00', '+08:00')).toBeUndefined();
    expect(parseExifDateTime('    :  :     :  :  ', undefined)).toBeUndefined();
    expect(parseExifDateTime('2024:03:05 25:00:00', undefined)).toBeUndefined();
    expect(parseExifDateTime(20240305, undefined)).toBeUndefined();
    expect(parseExifDateTime('2024:03:05 10:00:00', 'garbage')).toEqual({ date: '2024-03-05', time: '10:00:00' });
  });

  it('converts to the Beijing date when the camera wrote another offset', () => {
    expect(beijingDateOf({ date: '2024-03-08', time: '17:00:00', offset: '+00:00' })).toBe('2024-03-09');
    expect(beijingDateOf({ date: '2024-03-08', time: '15:59:59', offset: '+00:00' })).toBe('2024-03-08');
    expect(beijingDateOf({ date: '2024-03-08', time: '23:00:00' })).toBe('2024-03-08');
    expect(beijingDateOf({ date: '2024-12-31', time: '20:00:00', offset: '-05:00' })).toBe('2025-01-01');
  });

  it('formats a photo time as ISO text, with the offset only when EXIF has one', () => {
    expect(formatPhotoTime({ date: '2024-03-05', time: '10:11:12', offset: '+08:00' })).toBe('2024-03-05T10:11:12+08:00');
    expect(formatPhotoTime({ date: '2024-03-05', time: '10:11:12' })).toBe('2024-03-05T10:11:12');
  });
});
