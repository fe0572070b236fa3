import { testRule } from '../../tests/support/rule-tester';
import rule from './cultivated-flags-on-legal';

testRule(rule, {
  valid: [
    { name: 'all 否 on 合法', record: { verdict: '合法', flagRuralHousing: '否', flagGreenhouse: '否' } },
    { name: 'unanswered on 其他', record: { verdict: '其他' } },
    { name: '是 on 违法 is expected', record: { verdict: '违法', flagRuralHousing: '是', flagGreenhouse: '是' } },
    { name: 'no verdict yet', record: { flagGreenhouse: '是' } },
    { name: 'an unreadable answer is not 是', record: { verdict: '合法', flagFundProject: '待定' } },
    { name: 'land-only: not run on a 矿产 patch', record: { verdict: '合法', flagGreenhouse: '是', patchKind: '矿产' } },
  ],
  invalid: [
    { record: { verdict: '合法', flagGreenhouse: '是' }, errors: [{ messageId: 'flagOnLegal', fields: ['flagGreenhouse'], data: { verdict: '合法', flags: '是否大棚房' } }] },
    {
      name: 'several flags on 其他, named together',
      record: { verdict: '其他', flagRuralHousing: '√', flagLandscapeLake: '否', flagEpidemicFacility: '1' },
      errors: [{ messageId: 'flagOnLegal', fields: ['flagRuralHousing', 'flagEpidemicFacility'], data: { verdict: '其他', flags: '是否新增农村乱占耕地建房、是否因防疫和防治重大疫情需要建设的医疗卫生设施' } }],
    },
    {
      name: 'a sheet with only some flag columns',
      record: { verdict: '合法', flagAffordableHousing: '是' },
      absent: ['flagRuralHousing', 'flagGreenhouse', 'flagLandscapeLake'],
      errors: [{ messageId: 'flagOnLegal', fields: ['flagAffordableHousing'] }],
    },
  ],
  notApplicable: [
    {
      name: 'sheet without any flag column',
      record: { verdict: '合法' },
      absent: ['flagRuralHousing', 'flagGreenhouse', 'flagLandscapeLake', 'flagFundProject', 'flagAffordableHousing', 'flagEpidemicFacility'],
    },{ name: 'sheet without a 判定类型 column', record: { flagGreenhouse: '是' }, absent: ['verdict'] }],
});
