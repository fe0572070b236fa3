import { testRule } from '../../tests/support/rule-tester';
import rule from './reclaim-certificate-required';

testRule(rule, {
  valid: [
    { record: { rectMeasure: '拆除复耕', rectResolved: '是', reclaimCertNo: '威自然资复耕证〔2023〕15号' } },
    { name: 'not yet resolved', record: { rectMeasure: '拆除复耕', rectResolved: '否' } },
    { name: 'resolution unanswered', record: { rectMeasure: '拆除复耕' } },
    { name: '补办手续', record: { rectMeasure: '补办手续', rectResolved: '是' } },
    { name: 'a measure the profile does not class as demolition', record: { rectMeasure: '拆除复耕', rectResolved: '是' }, profile: { rectMeasures: { demolition: ['毁闭'], procedures: ['补办'] } } },
    { name: '补办用地手续 is of the procedures class only', record: { rectMeasure: '补办用地手续', rectResolved: '是' } },
  ],
  invalid: [
    {
      record: { rectMeasure: '拆除复耕', rectResolved: '是' },
      errors: [{ messageId: 'missingCertificate', fields: ['reclaimCertNo'], data: { measure: '拆除复耕' } }],
    },
    { name: '拆除复垦, 是 filed as Y', record: { rectMeasure: '拆除复垦', rectResolved: 'Y' }, errors: [{ messageId: 'missingCertificate', data: { measure: '拆除复垦' } }] },
    {
      name: 'the demolition keywords come from the profile',
      record: { rectMeasure: '退耕还林', rectResolved: '是' },
      profile: { rectMeasures: { demolition: ['退耕'], procedures: ['补办'] } },
      errors: [{ messageId: 'missingCertificate', data: { measure: '退耕还林' } }],
    },
    { name: '拆除、复耕 (free text)', record: { rectMeasure: '拆除、复耕', rectResolved: '是' }, errors: [{ messageId: 'missingCertificate', data: { measure: '拆除、复耕' } }] },
    { name: '拆除后复耕', record: { rectMeasure: '拆除后复耕', rectResolved: '是' }, errors: [{ messageId: 'missingCertificate' }] },
    { name: '已拆除: the class, not the exact word', record: { rectMeasure: '已拆除', rectResolved: '是' }, errors: [{ messageId: 'missingCertificate' }] },
    { name: '复垦', record: { rectMeasure: '复垦', rectResolved: '是' }, errors: [{ messageId: 'missingCertificate' }] },
    { name: '拆除并复垦', record: { rectMeasure: '拆除并复垦', rectResolved: '是' }, errors: [{ messageId: 'missingCertificate' }] },
    { name: 'on a 矿产 patch too', record: { rectMeasure: '拆除复耕', rectResolved: '是', patchKind: '矿产' }, errors: [{ messageId: 'missingCertificate' }] },
  ],
  notApplicable: [{ name: 'sheet without a 到位证明 column', record: { rectMeasure: '拆除复耕', rectResolved: '是' }, absent: ['reclaimCertNo'] }],
});
