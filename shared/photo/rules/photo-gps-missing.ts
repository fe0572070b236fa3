import { definePhotoRule } from '../define-photo-rule';

export default definePhotoRule({
  id: 'photo-gps-missing',
  title: '照片无定位',
  severity: 'info',
  description: '照片 EXIF 有拍摄时间但没有 GPS 位置：无法核对拍摄地点。',
  messages: {
    'no-position': '照片有拍摄时间（{takenAt}）但没有 GPS 位置，无法核对是否在图斑实地拍摄；请用开启定位的相机或核查 App 拍摄。',
  },
  source: {
    tag: 'inferred',
    refs: ['S4'],
    note: '拍摄地点是核对照片真实性（S4：虚假整改、弄虚作假）的依据；手机关闭定位或经微信等转发后位置信息丢失。只作提示。',
  },
  check(photo) {
    const { takenAt, position } = photo.exif;
    if (!takenAt || position) return [];
    return [{ messageId: 'no-position' as const, data: { takenAt: `${takenAt.date} ${takenAt.time}` } }];
  },
});
