import { definePhotoRule } from '../define-photo-rule';

export default definePhotoRule({
  id: 'photo-unmatched',
  title: '照片无对应图斑',
  severity: 'warning',
  description: '照片不属于表中任何图斑：所在文件夹名和文件名前缀都不是表中的图斑编号。',
  messages: {
    unmatched: '照片不属于表中任何图斑：所在文件夹名和文件名前缀（图斑编号_…）都不是表中的图斑编号。',
  },
  source: {
    tag: 'inferred',
    refs: ['S1'],
    note: '每张照片应能对上一个图斑（S1 按图斑报送整改照片）；对不上的照片多是编号写错、放错文件夹或别的批次的照片。',
  },
  check(_photo, patch) {
    return patch ? [] : [{ messageId: 'unmatched' as const }];
  },
});
