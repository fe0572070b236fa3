import { textOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { detailOf, isResolved, measureIs } from './readings';

/**
 * Seed S4 四(六): the 具体情形 (canonical names of the profile's 其他 list) whose patches are rechecked
 * periodically, and what the recheck makes sure of.
 */
const RECHECK_PURPOSE: ReadonlyMap<string, string> = new Map([
  ['设施农用地', '确保不改变批准用途'],
  ['临时用地', '确保不改变批准用途'],
  ['农村道路', '确保符合相关政策标准'],
  ['实地未变化', '确保没有新增违法建设'],
]);

export default defineRule({
  id: 'recheck-due',
  title: '须定期复核',
  severity: 'info',
  description:
    '具体情形为设施农用地、临时用地、农村道路、实地未变化（按所填值，不论判定类型），或整改措施属拆除类（提到拆除、复耕、复垦或毁闭）且已消除违法状态的图斑：须按周期复核，列入台账。',
  fields: ['verdictDetail'],
  optionalFields: ['rectMeasure', 'rectResolved'],
  patchKinds: 'land',
  messages: {
    detail: '具体情形为“{detail}”：须按周期复核（{purpose}）。',
    reclaimed: '以“{measure}”消除违法状态：须按周期复核，防止违法复建。',
  },
  source: {
    tag: 'seed',
    refs: ['S4'],
    note: 'S4 四(六): 对填报为设施农业用地、临时用地、农村道路、实地未变化的图斑，以及通过拆除复耕消除违法状态的图斑按周期开展复核。',
  },
  check(record, context) {
    const detail = detailOf(record, context.profile);
    const purpose = detail === undefined ? undefined : RECHECK_PURPOSE.get(detail);
    if (detail !== undefined && purpose !== undefined) {
      return [{ messageId: 'detail', data: { detail, purpose }, fields: ['verdictDetail'] }];
    }
    if (measureIs(record, 'demolition', context.profile) && isResolved(record)) {
      return [{ messageId: 'reclaimed', data: { measure: textOf(record, 'rectMeasure') ?? '' }, fields: ['rectMeasure', 'rectResolved'] }];
    }
    return [];
  },
});
