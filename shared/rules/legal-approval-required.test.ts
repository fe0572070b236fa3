import { testRule } from '../../tests/support/rule-tester';
import rule from './legal-approval-required';

testRule(rule, {
  valid: [
    { record: { verdict: '合法', verdictDetail: '农转用已批', approvalNo: '川府土〔2023〕12号' } },
    { name: 'any filled 文号 will do (approval-no-format judges its form)', record: { verdict: '合法', verdictDetail: '其他批准', approvalNo: '海域证2023-15' } },
    { name: '增减挂钩 with its 文号', record: { verdict: '合法', verdictDetail: '增减挂钩', approvalNo: '鲁自然资字〔2022〕88号' } },
    { name: '合法 without 具体情形 (verdict-detail-valid reports it)', record: { verdict: '合法' } },
    { name: 'a 其他 case filed under 合法 is not one of the three', record: { verdict: '合法', verdictDetail: '设施农用地' } },
    { name: '其他 verdict', record: { verdict: '其他', verdictDetail: '其他' } },
    { name: '违法 verdict', record: { verdict: '违法', verdictDetail: '农转用已批' } },
    { name: 'land-only: not run on a 矿产 patch', record: { verdict: '合法', verdictDetail: '农转用已批', patchKind: '矿产' } },
  ],
  invalid: [
    { record: { verdict: '合法', verdictDetail: '农转用已批' }, errors: [{ messageId: 'missing', fields: ['approvalNo'], data: { verdictDetail: '农转用已批' } }] },
    { record: { verdict: '合法', verdictDetail: '历史批文' }, errors: [{ messageId: 'missing', data: { verdictDetail: '历史批文' } }] },
    { record: { verdict: '合法', verdictDetail: '其他批准' }, errors: [{ messageId: 'missing', data: { verdictDetail: '其他批准' } }] },
    { name: '增减挂钩 needs its 文号 (S1 三(三): a way of 完善用地手续)', record: { verdict: '合法', verdictDetail: '增减挂钩' }, errors: [{ messageId: 'missing', data: { verdictDetail: '增减挂钩' } }] },
    { name: '合 法 with an inner space is 合法', record: { verdict: '合 法', verdictDetail: '农转用已批' }, errors: [{ messageId: 'missing' }] },
    { name: 'a synonym is read as its canonical case', record: { verdict: '合法', verdictDetail: '土地征收已批' }, errors: [{ messageId: 'missing', data: { verdictDetail: '农转用已批' } }] },
    { name: '其他 under 合法 is 其他批准', record: { verdict: '合法', verdictDetail: '其他' }, errors: [{ messageId: 'missing', data: { verdictDetail: '其他批准' } }] },
    { name: '用地手续已办 is 历史批文', record: { verdict: '合法', verdictDetail: '用地手续已办' }, errors: [{ messageId: 'missing', data: { verdictDetail: '历史批文' } }] },
    { name: 'whitespace only is no 文号', record: { verdict: '合法', verdictDetail: '有海域使用证', approvalNo: '  ' }, errors: [{ messageId: 'missing', data: { verdictDetail: '其他批准' } }] },
  ],
  notApplicable: [
    { name: 'sheet without a 批准文号 column', record: { verdict: '合法', verdictDetail: '农转用已批' }, absent: ['approvalNo'] },
    { name: 'sheet without a 具体情形 column', record: { verdict: '合法' }, absent: ['verdictDetail'] },
  ],
});
