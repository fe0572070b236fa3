import { testRule } from '../../tests/support/rule-tester';
import rule from './mineral-license-required';

testRule(rule, {
  valid: [
    { record: { patchKind: '矿产', verdict: '合法', mineralLicenseNo: 'C3710002010127120012345' } },
    { name: '违法 needs no licence', record: { patchKind: '矿产', verdict: '违法' } },
    { name: '伪变化 needs no licence', record: { patchKind: '矿产', verdict: '伪变化' } },
    { name: 'not yet judged', record: { patchKind: '矿产' } },
    { name: 'a land patch is not checked', record: { patchKind: '土地', verdict: '合法' } },
  ],
  invalid: [
    { record: { patchKind: '矿产', verdict: '合法' }, errors: [{ messageId: 'missingLicense', fields: ['mineralLicenseNo'] }] },
  ],
  notApplicable: [
    { name: 'sheet without 许可证号', record: { patchKind: '矿产', verdict: '合法' }, absent: ['mineralLicenseNo'] },
    { name: 'sheet without 图斑类别: land patches', record: { verdict: '合法' }, absent: ['patchKind'] },
  ],
});
