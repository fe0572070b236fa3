import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jpegWithExif } from '../../tests/support/jpeg-with-exif';
import { readPhotoExif } from './photo-exif';

const pad = (n: number): string => String(n).padStart(2, '0');

describe('readPhotoExif on outside input', () => {
  it('never throws, whatever the bytes, and names a problem or returns readings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        const exif = await readPhotoExif(bytes);
        expect(typeof exif).toBe('object');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a JPEG whose EXIF has been corrupted at random', async () => {
    const base = jpegWithExif({ dateTimeOriginal: '2024:03:05 10:11:12', offsetTimeOriginal: '+08:00', latitude: 36.5, longitude: 117.5 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat({ max: 300 }), fc.nat({ max: 255 })), { minLength: 1, maxLength: 20 }), fc.nat({ max: base.length }), async (edits, cut) => {
        const bytes = base.slice(0, Math.max(cut, 2));
        for (const [at, value] of edits) if (at >= 2 && at < bytes.length) bytes[at] = value;
        const exif = await readPhotoExif(bytes);
        if (exif.position) {
          expect(Math.abs(exif.position.lat)).toBeLessThanOrEqual(90);
          expect(Math.abs(exif.position.lon)).toBeLessThanOrEqual(180);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads back what was written: time, offset and position, in either byte order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          year: fc.integer({ min: 2000, max: 2030 }),
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.integer({ min: 1, max: 28 }),
          hour: fc.integer({ min: 0, max: 23 }),
          minute: fc.integer({ min: 0, max: 59 }),
          offsetHours: fc.integer({ min: -12, max: 14 }),
          lat: fc.double({ min: -89, max: 89, noNaN: true }).filter((v) => Math.abs(v) > 1e-3),
          lon: fc.double({ min: -179, max: 179, noNaN: true }).filter((v) => Math.abs(v) > 1e-3),
          byteOrder: fc.constantFrom('II' as const, 'MM' as const),
        }),
        async (s) => {
          const offset = `${s.offsetHours < 0 ? '-' : '+'}${pad(Math.abs(s.offsetHours))}:00`;
          const exif = await readPhotoExif(jpegWithExif({ dateTimeOriginal: `${s.year}:${pad(s.month)}:${pad(s.day)} ${pad(s.hour)}:${pad(s.minute)}:00`, offsetTimeOriginal: offset, latitude: s.lat, longitude: s.lon, byteOrder: s.byteOrder }));
          expect(exif.takenAt).toEqual({ date: `${s.year}-${pad(s.month)}-${pad(s.day)}`, time: `${pad(s.hour)}:${pad(s.minute)}:00`, offset });
          // Seconds are written to 1e-4″ (3 mm).
          expect(Math.abs((exif.position?.lat ?? Number.NaN) - s.lat)).toBeLessThan(1e-7);
          expect(Math.abs((exif.position?.lon ?? Number.NaN) - s.lon)).toBeLessThan(1e-7);
        },
      ),
      { numRuns: 200 },
    );
  });
});
