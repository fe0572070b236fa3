import { isEmpty, textOf } from '../model/patch-record';
import { defineRule } from './define-rule';
import { isResolved, measureIs } from './readings';

export default defineRule({
  id: 'reclaim-certificate-required',
  title: '缺拆除复耕到位证明',
  severity: 'info',
  description:
    '整改措施属拆除类（提到拆除、复耕、复垦或毁闭）且已消除违法状态（是否消除违法状态 = 是），但没有拆除复耕到位证明：市级须逐宗核验并出具证明。',
  fields: ['rectMeasure', 'rectResolved', 'reclaimCertNo'],
  patchKinds: 'both',
  messages: {
    missingCertificate: '以“{measure}”消除违法状态，但未填拆除复耕到位证明：须经市级逐宗核验并出具。',
  },
  source: {
    tag: 'seed',
    refs: ['S4'],
    note: 'S4 四(二): 对通过拆除复耕消除违法状态的图斑进行逐宗核验并出具拆除复耕到位证明。按拆除类措施判断（rules.md：点名拆除复耕的规则检验措施类别，不检验字面），关键词见 profile.rectMeasures.demolition。',
  },
  check(record, context) {
    if (!measureIs(record, 'demolition', context.profile) || !isResolved(record) || !isEmpty(record, 'reclaimCertNo')) return [];
    return [{ messageId: 'missingCertificate', data: { measure: textOf(record, 'rectMeasure') ?? '' }, fields: ['reclaimCertNo'] }];
  },
});
