import { testRule } from '../../tests/support/rule-tester';
import rule from './photo-required-for-demolition';

testRule(rule, {
  valid: [
    { record: { rectMeasure: '拆除', rectResolved: '是', photoCount: '3' } },
    { name: 'boundary: one photo', record: { rectMeasure: '复耕', rectResolved: '是', photoCount: '1' } },
    { name: 'not resolved (否)', record: { rectMeasure: '拆除', rectResolved: '否' } },
    { name: 'resolved unanswered', record: { rectMeasure: '拆除' } },
    { name: '补办手续 needs a 文号, not a photo', record: { rectMeasure: '补办手续', rectResolved: '是' } },
    { name: 'no measure', record: { rectResolved: '是' } },
    { name: '补办用地手续 (procedures class)', record: { rectMeasure: '补办用地手续', rectResolved: '是' } },
    { name: '拆除、复耕 with photos', record: { rectMeasure: '拆除、复耕', rectResolved: '是', photoCount: '4' } },
  ],
  invalid: [
    {
      name: 'an unreadable count is a doubt, not photos',
      record: { rectMeasure: '拆除', rectResolved: '是', photoCount: '见附件' },
      errors: [{ messageId: 'photoUnknown', fields: ['photoCount'], data: { rectMeasure: '拆除' } }],
    },
    { name: '拆除, no photo', record: { rectMeasure: '拆除', rectResolved: '是' }, errors: [{ messageId: 'noPhoto', fields: ['photoCount'], data: { rectMeasure: '拆除' } }] },
    { name: '0 photos', record: { rectMeasure: '拆除复耕', rectResolved: '是', photoCount: '0' }, errors: [{ messageId: 'noPhoto', data: { rectMeasure: '拆除复耕' } }] },
    { name: '复耕', record: { rectMeasure: '复耕', rectResolved: '√' }, errors: [{ messageId: 'noPhoto', data: { rectMeasure: '复耕' } }] },
    { name: '拆除复垦 (synonym)', record: { rectMeasure: '拆除复垦', rectResolved: '是', photoCount: '0' }, errors: [{ messageId: 'noPhoto' }] },
    { name: '拆除、复耕 (the county export case)', record: { rectMeasure: '拆除、复耕', rectResolved: '是' }, errors: [{ messageId: 'noPhoto', data: { rectMeasure: '拆除、复耕' } }] },
    { name: '拆除后复耕', record: { rectMeasure: '拆除后复耕', rectResolved: '是', photoCount: '0' }, errors: [{ messageId: 'noPhoto' }] },
    { name: '已拆除', record: { rectMeasure: '已拆除', rectResolved: '是' }, errors: [{ messageId: 'noPhoto' }] },
    { name: '复垦', record: { rectMeasure: '复垦', rectResolved: '是' }, errors: [{ messageId: 'noPhoto' }] },
    { name: '拆除并复垦', record: { rectMeasure: '拆除并复垦', rectResolved: '是' }, errors: [{ messageId: 'noPhoto' }] },
    { name: 'a text of both classes: 拆除部分并补办手续', record: { rectMeasure: '拆除部分并补办手续', rectResolved: '是' }, errors: [{ messageId: 'noPhoto' }] },
    { name: '毁闭 on a 矿产 patch', record: { rectMeasure: '毁闭', rectResolved: '是', patchKind: '矿产' }, errors: [{ messageId: 'noPhoto', data: { rectMeasure: '毁闭' } }] },
    {
      name: 'a profile may add a measure',
      record: { rectMeasure: '没收', rectResolved: '是' },
      profile: { rectMeasures: { demolition: ['拆除', '没收'], procedures: ['补办'] } },
      errors: [{ messageId: 'noPhoto', data: { rectMeasure: '没收' } }],
    },
  ],
  notApplicable: [{ name: 'sheet without a 照片数 column', record: { rectMeasure: '拆除', rectResolved: '是' }, absent: ['photoCount'] }],
});
