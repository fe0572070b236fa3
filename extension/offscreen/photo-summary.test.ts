import { describe, expect, it } from 'vitest';
import { checkPhotoBytes } from '../../shared/photo/check-photo';
import { PHOTO_RULES } from '../../shared/photo/rules';
import { builtInProfile } from '../../shared/profiles/profiles';
import { jpegWithExif } from '../../tests/support/jpeg-with-exif';
import { photoLine } from '../content/panel/panel';
import { photoPatchOf, summarisePhoto } from './photo-summary';

const profile = builtInProfile('national');

describe('photo summary for the panel', () => {
  it('distance and direction from the patch centre, days against 整改完成时间, findings with their titles', async () => {
    const patch = photoPatchOf({ patchId: 'P1', centerX: 117, centerY: 36, resolved: true, rectDate: '2024-03-10' });
    const bytes = jpegWithExif({ dateTimeOriginal: '2024:03:05 10:00:00', offsetTimeOriginal: '+08:00', latitude: 36.01, longitude: 117.01 });
    const summary = summarisePhoto('a.jpg', await checkPhotoBytes('a.jpg', bytes, patch, { profile }), patch, PHOTO_RULES);
    expect(summary).toMatchObject({ fileName: 'a.jpg', takenAt: '2024-03-05 10:00:00', direction: '东北', daysFromRectification: -5 });
    expect(summary.distanceM).toBeGreaterThan(1400);
    expect(summary.findings.map((f) => f.ruleId).sort()).toEqual(['photo-before-rectification', 'photo-gps-far']);
    expect(summary.findings.every((f) => /^[\u4e00-\u9fff]+$/u.test(f.title))).toBe(true);
    expect(photoLine(summary)).toMatch(/前 5 天/u);
  });

  it('a photo without EXIF on a form without a centre: no distance, no time', async () => {
    const patch = photoPatchOf({ resolved: false });
    const summary = summarisePhoto('b.jpg', await checkPhotoBytes('b.jpg', jpegWithExif(undefined), patch, { profile }), patch, PHOTO_RULES);
    expect(summary).toEqual(expect.objectContaining({ fileName: 'b.jpg' }));
    expect(summary.distanceM).toBeUndefined();
    expect(summary.takenAt).toBeUndefined();
    expect(summary.findings.map((f) => f.ruleId)).toEqual(['photo-no-exif']);
  });
});
