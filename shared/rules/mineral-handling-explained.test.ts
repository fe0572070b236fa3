import { testRule } from '../../tests/support/rule-tester';
import rule from './mineral-handling-explained';

testRule(rule, {
  valid: [
    { record: { patchKind: '矿产', handling: '不处理', verdictBasis: '持证开采，范围未越界' } },
    { name: '立案 needs no explanation here', record: { patchKind: '矿产', handling: '立案' } },
    { name: 'handling not filled', record: { patchKind: '矿产' } },
    { name: 'a land patch is not checked', record: { patchKind: '土地', handling: '不处理' } },
  ],
  invalid: [
    { record: { patchKind: '矿产', handling: '非立案处理' }, errors: [{ messageId: 'missingBasis', fields: ['verdictBasis'], data: { handling: '非立案处理' } }] },
    { record: { patchKind: '矿产', handling: '不处理' }, errors: [{ messageId: 'missingBasis', data: { handling: '不处理' } }] },
  ],
  notApplicable: [
    { name: 'sheet without 判定依据说明', record: { patchKind: '矿产', handling: '不处理' }, absent: ['verdictBasis'] },
    { name: 'sheet without 图斑类别: land patches', record: { handling: '不处理' }, absent: ['patchKind'] },
  ],
});
