import { isEmpty, numberOf, textOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { isResolved, measureIs } from './readings';

export default defineRule({
  id: 'photo-required-for-demolition',
  title: '拆除复耕未附照片',
  severity: 'error',
  description:
    '整改措施属拆除类（措施文字中提到拆除、复耕、复垦或毁闭，如“拆除、复耕”“拆除后复耕”“已拆除”“拆除并复垦”）且是否消除违法状态为是，却没有现场照片（照片数为空或 0）。',
  fields: ['rectMeasure', 'rectResolved', 'photoCount'],
  patchKinds: 'both',
  messages: {
    noPhoto: '整改措施为“{rectMeasure}”且已消除违法状态，但没有上传现场照片。',
    photoUnknown: '整改措施为“{rectMeasure}”且已消除违法状态，无法确认照片：页面上读不出现场照片的张数，请核对是否已上传。',
  },
  source: {
    tag: 'seed',
    refs: ['S0', 'S1'],
    note: 'S0、S1: 已经通过拆除、复耕、毁闭等方式消除违法状态的，要上传现场照片。整改措施为自由文本，按配置 rectMeasures.demolition 的关键词归类（rules.md）。',
  },
  check(record, context) {
    if (!isResolved(record) || !measureIs(record, 'demolition', context.profile)) return [];
    const data = { rectMeasure: textOf(record, 'rectMeasure') ?? '' };
    if (isEmpty(record, 'photoCount') || numberOf(record, 'photoCount') === 0) return [{ messageId: 'noPhoto', data, fields: ['photoCount'] }];
    // An unreadable count (见附件, an upload area the extension cannot count) may stand for photos
    // or for none: reported as a doubt (info), never taken as "present" (issue 16).
    if (numberOf(record, 'photoCount') === undefined) return [{ messageId: 'photoUnknown', data, fields: ['photoCount'], severity: 'info' }];
    return [];
  },
});
