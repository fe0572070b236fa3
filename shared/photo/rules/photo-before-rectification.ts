import { daysBetween } from '../../calendar/iso-days';
import { definePhotoRule } from '../define-photo-rule';
import { beijingDateOf } from '../photo-exif';

export default definePhotoRule({
  id: 'photo-before-rectification',
  title: '照片早于整改完成',
  severity: 'warning',
  description: '已消除违法状态（是否消除违法状态 = 是）且填有整改完成时间的图斑，照片拍摄日期（北京时间）比整改完成时间早一天以上。',
  messages: {
    'taken-before': '照片拍摄于 {takenDate}，比整改完成时间 {rectDate} 早 {days} 天，不能证明整改后的现状。',
  },
  source: {
    tag: 'inferred',
    refs: ['S0', 'S1', 'S4'],
    note: '整改到位须有整改后的现场照片（S0、S1）；整改完成前拍的照片证明不了整改结果，S4 点名查处虚假整改。留一天余量：照片常在完成当天或前一天收尾时拍摄。',
  },
  check(photo, patch) {
    const takenAt = photo.exif.takenAt;
    if (!patch?.resolved || patch.rectDate === undefined || !takenAt) return [];
    const takenDate = beijingDateOf(takenAt);
    const days = daysBetween(takenDate, patch.rectDate);
    return days > 1 ? [{ messageId: 'taken-before' as const, data: { takenDate, rectDate: patch.rectDate, days } }] : [];
  },
});
