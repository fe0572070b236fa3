import { isEmpty } from '../model/patch-record';
import { defineRule } from './define-rule';
import { verdictOf } from './readings';

export default defineRule({
  id: 'mineral-license-required',
  title: '矿产合法缺许可证号',
  severity: 'error',
  description: '矿产图斑判定为合法，却没有许可证号（采矿或勘查许可证）。',
  fields: ['patchKind', 'verdict', 'mineralLicenseNo'],
  patchKinds: 'mineral',
  messages: {
    missingLicense: '矿产图斑判定为合法，但未填许可证号。',
  },
  source: { tag: 'sourced', refs: [], note: '矿产卫片判定合法须以采矿许可证或勘查许可证为依据，填报许可证号。' },
  check(record) {
    if (verdictOf(record) !== '合法' || !isEmpty(record, 'mineralLicenseNo')) return [];
    return [{ messageId: 'missingLicense', fields: ['mineralLicenseNo'] }];
  },
});
