import { isEmpty, numberOf, textOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { detailOf, isInferred } from './readings';

export default defineRule({
  id: 'rural-road-width',
  title: '农村道路宽度有误',
  severity: 'error',
  description:
    '具体情形为农村道路（按填报值读取，不论判定类型）时，必须填写道路宽度，且不得超过配置的上限（全国默认 8 米，为推定的参考值；等于上限不报）；无法识别的宽度算已填，不比较。',
  fields: ['verdictDetail', 'roadWidth'],
  patchKinds: 'land',
  messages: {
    missing: '具体情形为“{verdictDetail}”（农村道路），但道路宽度未填写。',
    tooWide: '农村道路宽度 {roadWidth} 米，超过 {max} 米：不属于农村道路。',
    tooWideReference: '农村道路宽度 {roadWidth} 米，超过参考值 {max} 米（按地类标准推定，通知未规定）：请核实是否属于农村道路。',
  },
  source: {
    tag: 'sourced',
    refs: ['S4'],
    note: '农村道路按地类标准为宽度不超过 8 米（配置 thresholds.ruralRoadMaxWidthM）的村间、田间道路；S4 要求复核农村道路符合相关政策标准。',
  },
  check(record, context) {
    if (detailOf(record, context.profile) !== '农村道路') return [];
    if (isEmpty(record, 'roadWidth')) return [{ messageId: 'missing', data: { verdictDetail: textOf(record, 'verdictDetail') ?? '' }, fields: ['roadWidth'] }];
    const roadWidth = numberOf(record, 'roadWidth');
    const max = context.profile.thresholds.ruralRoadMaxWidthM;
    if (roadWidth === undefined || roadWidth <= max) return [];
    const messageId = isInferred(context.profile, 'thresholds.ruralRoadMaxWidthM') ? 'tooWideReference' : 'tooWide';
    return [{ messageId, data: { roadWidth, max }, fields: ['roadWidth'] }];
  },
});
