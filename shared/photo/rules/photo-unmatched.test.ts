import { testPhotoRule } from '../../../tests/support/photo-rule-tester';
import rule from './photo-unmatched';

testPhotoRule(rule, {
  valid: [
    { name: 'a photo of a patch of the sheet', exif: { dateTimeOriginal: '2024:03:05 10:00:00' }, patch: [{ centerX: 117, centerY: 36 }] },
    { name: 'a patch row without centre or dates still matches', patch: [{}] },
  ],
  invalid: [
    { name: 'belongs to no patch', exif: { dateTimeOriginal: '2024:03:05 10:00:00', latitude: 36, longitude: 117 }, errors: [{ messageId: 'unmatched' }] },
    { name: 'belongs to no patch and is not even an image', bytes: new Uint8Array([1, 2, 3]), errors: [{ messageId: 'unmatched' }] },
  ],
});
