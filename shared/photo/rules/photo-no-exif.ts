import { definePhotoRule } from '../define-photo-rule';

export default definePhotoRule({
  id: 'photo-no-exif',
  title: '照片无拍摄信息',
  severity: 'info',
  description: '照片既没有拍摄时间也没有 GPS 位置（EXIF 缺失或被去除），或文件不是可读的图片。',
  messages: {
    'no-exif': '照片没有拍摄时间和 GPS 位置（EXIF 缺失，常见于截图、转发或编辑过的图片），无法核对拍摄时间和地点。',
    'not-an-image': '文件不是可识别的图片，无法读取拍摄时间和位置。',
    damaged: '图片文件已损坏，无法读取拍摄时间和位置。',
  },
  source: {
    tag: 'inferred',
    refs: ['S4'],
    note: '没有拍摄时间和位置的照片无法证明在何时何地拍摄（S4：虚假整改、弄虚作假）；截图、转发、编辑常去掉 EXIF。只作提示。',
  },
  check(photo) {
    const { takenAt, position, problem } = photo.exif;
    if (takenAt || position) return [];
    if (problem === 'not-an-image') return [{ messageId: 'not-an-image' as const }];
    if (problem === 'damaged') return [{ messageId: 'damaged' as const }];
    return [{ messageId: 'no-exif' as const }];
  },
});
