import { testPhotoRule } from '../../../tests/support/photo-rule-tester';
import rule from './photo-before-rectification';

const resolved = { centerX: 117, centerY: 36, rectResolved: '是', rectDate: '2024-03-10' };
const at = (dateTimeOriginal: string, offsetTimeOriginal?: string) => ({ dateTimeOriginal, ...(offsetTimeOriginal ? { offsetTimeOriginal } : {}), latitude: 36, longitude: 117 });

testPhotoRule(rule, {
  valid: [
    { name: 'taken on the completion day', exif: at('2024:03:10 09:00:00', '+08:00'), patch: [resolved] },
    { name: 'taken the day before: within the one-day margin', exif: at('2024:03:09 00:00:01', '+08:00'), patch: [resolved] },
    { name: 'taken after completion', exif: at('2024:04:01 15:00:00'), patch: [resolved] },
    { name: 'an unresolved patch (是否消除违法状态 = 否): the photo may show the work in progress', exif: at('2024:01:01 10:00:00'), patch: [{ ...resolved, rectResolved: '否' }] },
    { name: 'resolved but no 整改完成时间', exif: at('2024:01:01 10:00:00'), patch: [{ centerX: 117, centerY: 36, rectResolved: '是' }] },
    { name: 'no time in the photo', exif: { latitude: 36, longitude: 117 }, patch: [resolved] },
    { name: 'UTC 2024-03-08 17:00 is 2024-03-09 01:00 in Beijing', exif: at('2024:03:08 17:00:00', '+00:00'), patch: [resolved] },
    { name: 'DateTimeDigitized stands in when DateTimeOriginal is missing', exif: { dateTimeDigitized: '2024:03:10 08:00:00' }, patch: [resolved] },
    { name: 'a photo of no patch', exif: at('2020:01:01 10:00:00') },
    { name: 'a split patch: the later plot completion counts only when every plot is resolved', exif: at('2024:03:01 10:00:00'), patch: [resolved, { ...resolved, rectResolved: '否', rectDate: '' }] },
  ],
  invalid: [
    {
      name: 'taken two days before completion',
      exif: at('2024:03:08 23:59:59', '+08:00'),
      patch: [resolved],
      errors: [{ messageId: 'taken-before', data: { takenDate: '2024-03-08', rectDate: '2024-03-10', days: 2 } }],
    },
    {
      name: 'taken the year before, no offset in EXIF',
      exif: at('2023:12:31 10:00:00'),
      patch: [resolved],
      errors: [{ messageId: 'taken-before', data: { days: 70 } }],
    },
    {
      name: 'a date filed as 2024年3月10日 and an offset west of Greenwich',
      exif: at('2024:03:08 10:00:00', '-05:00'),
      patch: [{ ...resolved, rectDate: '2024年3月10日' }],
      errors: [{ messageId: 'taken-before', data: { takenDate: '2024-03-08', days: 2 } }],
    },
    {
      name: 'a split patch: the latest plot completion date counts',
      exif: at('2024:03:10 10:00:00'),
      patch: [resolved, { ...resolved, rectDate: '2024-03-20' }],
      errors: [{ messageId: 'taken-before', data: { rectDate: '2024-03-20', days: 10 } }],
    },
  ],
});
