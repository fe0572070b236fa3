import { testPhotoRule } from '../../../tests/support/photo-rule-tester';
import rule from './photo-gps-missing';

const patch = [{ centerX: 117, centerY: 36 }];

testPhotoRule(rule, {
  valid: [
    { name: 'time and position', exif: { dateTimeOriginal: '2024:03:05 10:00:00', latitude: 36, longitude: 117 }, patch },
    { name: 'neither: photo-no-exif, not this rule', exif: {}, patch },
    { name: 'no EXIF at all', patch },
    { name: 'a position without a time', exif: { latitude: 36, longitude: 117 }, patch },
    { name: 'a blank time 0000:00:00 is no time', exif: { dateTimeOriginal: '0000:00:00 00:00:00' }, patch },
  ],
  invalid: [
    { name: 'a time, no GPS block', exif: { dateTimeOriginal: '2024:03:05 10:00:00' }, patch, errors: [{ messageId: 'no-position', data: { takenAt: '2024-03-05 10:00:00' } }] },
    { name: 'GPS 0/0 is a camera without a fix', exif: { dateTimeOriginal: '2024:03:05 10:00:00', latitude: 0, longitude: 0 }, patch, errors: [{ messageId: 'no-position' }] },
    { name: 'a photo of no patch is checked too (big-endian EXIF)', exif: { dateTimeOriginal: '2024:03:05 10:00:00', byteOrder: 'MM' }, errors: [{ messageId: 'no-position' }] },
  ],
});
