import { isEmpty, textOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { detailOf } from './readings';

export default defineRule({
  id: 'facility-filing-required',
  title: '设施农用地缺备案',
  severity: 'error',
  description: '具体情形为设施农用地（按填报值读取，不论判定类型）时，必须填写设施农用地备案编号。',
  fields: ['verdictDetail', 'facilityFilingNo'],
  patchKinds: 'land',
  messages: {
    missing: '具体情形为“{verdictDetail}”（设施农用地），但备案编号未填写。',
  },
  source: {
    tag: 'sourced',
    refs: ['S4'],
    note: '设施农业用地实行备案管理，平台填报设施农用地须填用地协议备案编号；S4 要求复核设施农业用地不改变批准用途。',
  },
  check(record, context) {
    if (detailOf(record, context.profile) !== '设施农用地' || !isEmpty(record, 'facilityFilingNo')) return [];
    return [{ messageId: 'missing', data: { verdictDetail: textOf(record, 'verdictDetail') ?? '' }, fields: ['facilityFilingNo'] }];
  },
});
