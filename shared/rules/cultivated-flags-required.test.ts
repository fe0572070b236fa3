import { testRule } from '../../tests/support/rule-tester';
import rule from './cultivated-flags-required';

const ALL_NO = { flagRuralHousing: '否', flagGreenhouse: '否', flagLandscapeLake: '否', flagFundProject: '否', flagAffordableHousing: '否', flagEpidemicFacility: '否' };
const SIX_LABELS = '是否新增农村乱占耕地建房、是否大棚房、是否挖湖造景、是否基金项目、是否保障性安居住房、是否因防疫和防治重大疫情需要建设的医疗卫生设施';

testRule(rule, {
  valid: [
    { name: 'all six answered 否', record: { verdict: '违法', violationCultivated: '3.5', ...ALL_NO } },
    { name: 'answered 是 and 否', record: { verdict: '违法', violationCultivated: '3.5', ...ALL_NO, flagRuralHousing: '是', flagGreenhouse: 'Y' } },
    { name: 'an unreadable answer counts as answered', record: { verdict: '违法', violationCultivated: '3.5', ...ALL_NO, flagFundProject: '待定' } },
    { name: 'no 耕地', record: { verdict: '违法', violationCultivated: '0' } },
    { name: '违法占用耕地 empty', record: { verdict: '违法' } },
    { name: 'an unreadable 违法占用耕地 is skipped', record: { verdict: '违法', violationCultivated: '不详' } },
    { name: 'not 违法', record: { verdict: '其他', violationCultivated: '3.5' } },
    { name: 'no verdict yet', record: { violationCultivated: '3.5' } },
    {
      name: 'a missing flag column is not an unanswered flag',
      record: { verdict: '违法', violationCultivated: '3.5', flagRuralHousing: '否', flagGreenhouse: '否', flagLandscapeLake: '否', flagFundProject: '否', flagAffordableHousing: '否' },
      absent: ['flagEpidemicFacility'],
    },
    { name: 'the flags are asked of 违法占用耕地, not of the issued 耕地面积', record: { verdict: '违法', violationCultivated: '0', areaCultivated: '3.5' } },
    { name: '违法占用耕地 empty while 耕地面积 is filed: nothing proven', record: { verdict: '违法', areaCultivated: '3.5' } },
    { name: 'land-only: not run on a 矿产 patch', record: { verdict: '违法', violationCultivated: '3.5', patchKind: '矿产' } },
  ],
  invalid: [
    {
      name: 'none answered',
      record: { verdict: '违法', violationCultivated: '3.5' },
      errors: [
        {
          messageId: 'unanswered',
          fields: ['flagRuralHousing', 'flagGreenhouse', 'flagLandscapeLake', 'flagFundProject', 'flagAffordableHousing', 'flagEpidemicFacility'],
          data: { areaCultivated: 3.5, unit: '亩', flags: SIX_LABELS },
        },
      ],
    },
    {
      name: 'one unanswered',
      record: { verdict: '违法', violationCultivated: '0.01', ...ALL_NO, flagLandscapeLake: '' },
      errors: [{ messageId: 'unanswered', fields: ['flagLandscapeLake'], data: { flags: '是否挖湖造景', areaCultivated: 0.01 } }],
    },
    {
      name: 'only the flag columns present are named',
      record: { verdict: '违法', violationCultivated: '2', flagRuralHousing: '是' },
      absent: ['flagGreenhouse', 'flagLandscapeLake', 'flagFundProject'],
      errors: [{ messageId: 'unanswered', fields: ['flagAffordableHousing', 'flagEpidemicFacility'], data: { flags: '是否保障性安居住房、是否因防疫和防治重大疫情需要建设的医疗卫生设施' } }],
    },
    {
      name: '违法占用耕地 in 公顷 is read in 亩',
      record: { verdict: '违法', violationCultivated: { ha: '0.2' }, ...ALL_NO, flagGreenhouse: ' ' },
      errors: [{ messageId: 'unanswered', fields: ['flagGreenhouse'], data: { areaCultivated: 3, unit: '亩' } }],
    },
    {
      name: 'without a 违法占用耕地 column, 耕地面积 stands in',
      record: { verdict: '违 法', areaCultivated: '3.5', ...ALL_NO, flagRuralHousing: '' },
      absent: ['violationCultivated'],
      errors: [{ messageId: 'unanswered', fields: ['flagRuralHousing'], data: { areaLabel: '耕地面积', areaCultivated: 3.5 } }],
    },
    {
      name: '违法占用耕地 > 0 while the issued 耕地面积 is 0',
      record: { verdict: '违法', violationCultivated: '1.2', areaCultivated: '0', ...ALL_NO, flagGreenhouse: '' },
      errors: [{ messageId: 'unanswered', fields: ['flagGreenhouse'], data: { areaLabel: '违法占用耕地面积', areaCultivated: 1.2 } }],
    },
  ],
  notApplicable: [
    {
      name: 'sheet without any flag column',
      record: { verdict: '违法', violationCultivated: '3.5' },
      absent: ['flagRuralHousing', 'flagGreenhouse', 'flagLandscapeLake', 'flagFundProject', 'flagAffordableHousing', 'flagEpidemicFacility'],
    },
    { name: 'sheet without a 违法占用耕地 or 耕地面积 column', record: { verdict: '违法' }, absent: ['violationCultivated', 'areaCultivated'] },
    { name: 'sheet without a 判定类型 column', record: { violationCultivated: '3.5' }, absent: ['verdict'] },
  ],
});
