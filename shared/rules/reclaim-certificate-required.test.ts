import { testRule } from '../../tests/support/rule-tester';
import rule from './reclaim-certificate-required';

testRule(rule, {
  valid: [
    { record: { rectMeasure: '拆除复耕', rectResolved: '是', reclaimCertNo: '威自然资复耕证〔2023〕15号' } },
    { name: 'not yet resolved', record: { rectMeasure: '拆除复耕', rectResolved: '否' } },
    { name: 'resolution unanswered', record: { rectMeasure: '拆除复耕' } },
    { name: '拆除 alone needs no 复耕 certificate', record: { rectMeasure: '拆除', rectResolved: '是' } },
    { name: '补办手续', record: { rectMeasure: '补办手续', rectResolved: '是' } },
    { name: 'a measure outside the profile\'s reclaim list', record: { rectMeasure: '拆除复耕', rectResolved: '是' }, profile: { rectMeasures: { demolition: ['拆除'], procedures: ['补办手续'], reclaim: ['复垦到位'] } } },
  ],
  invalid: [
    {
      record: { rectMeasure: '拆除复耕', rectResolved: '是' },
      errors: [{ messageId: 'missingCertificate', fields: ['reclaimCertNo'], data: { measure: '拆除复耕' } }],
    },
    { name: '拆除复垦, 是 filed as Y', record: { rectMeasure: '拆除复垦', rectResolved: 'Y' }, errors: [{ messageId: 'missingCertificate', data: { measure: '拆除复垦' } }] },
    {
      name: 'the reclaim list comes from the profile',
      record: { rectMeasure: '复垦到位', rectResolved: '是' },
      profile: { rectMeasures: { demolition: ['拆除'], procedures: ['补办手续'], reclaim: ['复垦到位'] } },
      errors: [{ messageId: 'missingCertificate', data: { measure: '复垦到位' } }],
    },
    { name: 'on a 矿产 patch too', record: { rectMeasure: '拆除复耕', rectResolved: '是', patchKind: '矿产' }, errors: [{ messageId: 'missingCertificate' }] },
  ],
  notApplicable: [{ name: 'sheet without a 到位证明 column', record: { rectMeasure: '拆除复耕', rectResolved: '是' }, absent: ['reclaimCertNo'] }],
});
