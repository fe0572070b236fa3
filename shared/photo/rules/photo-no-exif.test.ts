import { jpegWithExif } from '../../../tests/support/jpeg-with-exif';
import { testPhotoRule } from '../../../tests/support/photo-rule-tester';
import rule from './photo-no-exif';

const patch = [{ centerX: 117, centerY: 36 }];
const withExif = jpegWithExif({ dateTimeOriginal: '2024:03:05 10:00:00', latitude: 36, longitude: 117 });

testPhotoRule(rule, {
  valid: [
    { name: 'time and position', exif: { dateTimeOriginal: '2024:03:05 10:00:00', latitude: 36, longitude: 117 }, patch },
    { name: 'a time only', exif: { dateTimeOriginal: '2024:03:05 10:00:00' }, patch },
    { name: 'a position only', exif: { latitude: 36, longitude: 117 }, patch },
  ],
  invalid: [
    { name: 'a JPEG without EXIF', patch, errors: [{ messageId: 'no-exif' }] },
    { name: 'EXIF with neither time nor GPS (only the camera make)', exif: { make: 'HUAWEI' }, patch, errors: [{ messageId: 'no-exif' }] },
    { name: 'a text file named .jpg', bytes: new TextEncoder().encode('这不是照片'), patch, errors: [{ messageId: 'not-an-image' }] },
    { name: 'an empty file', bytes: new Uint8Array(0), errors: [{ messageId: 'not-an-image' }] },
    { name: 'a JPEG cut off inside its EXIF segment', bytes: withExif.subarray(0, 40), patch, errors: [{ messageId: 'damaged' }] },
  ],
});
