import { isEmpty, numberOf, textOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { detailOf } from './readings';

export default defineRule({
  id: 'unchanged-evidence-required',
  title: '实地未变化缺照片',
  severity: 'warning',
  description: '具体情形为实地未变化（含伪变化，按填报值读取）时，应有举证照片：照片数未填或为 0 时提示；无法识别的照片数算已填。',
  fields: ['verdictDetail', 'photoCount'],
  patchKinds: 'land',
  messages: {
    noPhoto: '具体情形为“{verdictDetail}”（实地未变化），但没有举证照片（照片数：{photoCount}）。',
  },
  source: {
    tag: 'inferred',
    refs: ['S4'],
    note: 'S4 要求对填报为实地未变化的图斑按周期复核，确保没有新增违法；没有现场照片，实地未变化无从复核。',
  },
  check(record, context) {
    if (detailOf(record, context.profile) !== '实地未变化') return [];
    const empty = isEmpty(record, 'photoCount');
    const count = numberOf(record, 'photoCount');
    if (!empty && (count === undefined || count >= 1)) return [];
    return [{ messageId: 'noPhoto', data: { verdictDetail: textOf(record, 'verdictDetail') ?? '', photoCount: empty ? '未填' : (count ?? 0) }, fields: ['photoCount'] }];
  },
});
