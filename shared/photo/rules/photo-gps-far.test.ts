import { testPhotoRule } from '../../../tests/support/photo-rule-tester';
import rule from './photo-gps-far';

// A patch centred on 117°E 36°N; 0.001° of latitude there is ≈ 110.95 m.
const centre = { centerX: 117, centerY: 36 };
const time = { dateTimeOriginal: '2024:03:05 10:00:00', offsetTimeOriginal: '+08:00' };
const square: [number, number][] = [
  [116.999, 35.999],
  [117.001, 35.999],
  [117.001, 36.001],
  [116.999, 36.001],
  [116.999, 35.999],
];

testPhotoRule(rule, {
  valid: [
    { name: 'taken on the patch centre', exif: { ...time, latitude: 36, longitude: 117 }, patch: [centre] },
    { name: '488 m north of the centre: within 500 m', exif: { ...time, latitude: 36.0044, longitude: 117 }, patch: [centre] },
    { name: 'no GPS position: nothing to measure', exif: time, patch: [centre] },
    { name: 'the patch has no 中心点: nothing to measure against', exif: { ...time, latitude: 37, longitude: 117 }, patch: [{ rectResolved: '是' }] },
    { name: 'belongs to no patch: photo-unmatched, not this rule', exif: { ...time, latitude: 37, longitude: 117 } },
    { name: '577 m from the centre but 466 m from the known boundary', exif: { ...time, latitude: 36.0052, longitude: 117 }, patch: [centre], boundary: square },
    { name: 'inside the boundary, far from a wrong centre', exif: { ...time, latitude: 36.0005, longitude: 117.0005 }, patch: [{ centerX: 117.1, centerY: 36 }], boundary: square },
    { name: 'a split patch: near the second plot centre', exif: { ...time, latitude: 36.02, longitude: 117 }, patch: [centre, { centerX: 117, centerY: 36.0201 }] },
    { name: 'a profile allowing 1000 m', exif: { ...time, latitude: 36.005, longitude: 117 }, patch: [centre], thresholds: { photoGpsMaxDistanceM: 1000 } },
    { name: 'centre filed as Gauss-Krüger metres with the zone prefix (3° zone 39, 117°E)', exif: { ...time, latitude: 36.0001, longitude: 117 }, patch: [{ centerX: 39500000, centerY: 3985200 }] },
  ],
  invalid: [
    {
      name: '510 m north of the centre',
      exif: { ...time, latitude: 36.0046, longitude: 117 },
      patch: [centre],
      errors: [{ messageId: 'far-from-centre', data: { distanceM: 510, limitM: 500, direction: '北' } }],
    },
    {
      name: '2 km south-west of the centre',
      exif: { ...time, latitude: 35.986, longitude: 116.984 },
      patch: [centre],
      errors: [{ messageId: 'far-from-centre', data: { direction: '西南' } }],
    },
    {
      name: '577 m north of the boundary square measured to its edge',
      exif: { ...time, latitude: 36.0062, longitude: 117 },
      patch: [centre],
      boundary: square,
      errors: [{ messageId: 'far-from-boundary', data: { distanceM: 577, direction: '北' } }],
    },
    {
      name: 'a GPS position without a time still counts',
      exif: { latitude: 36.01, longitude: 117.01 },
      patch: [centre],
      errors: [{ messageId: 'far-from-centre', data: { direction: '东北' } }],
    },
    {
      name: 'centre filed with X and Y swapped (latitude in 中心点X)',
      exif: { ...time, latitude: 36.1, longitude: 117 },
      patch: [{ centerX: 36, centerY: 117 }],
      errors: [{ messageId: 'far-from-centre', data: { direction: '北' } }],
    },
  ],
});
