import { testRule } from '../../tests/support/rule-tester';
import { builtInProfile } from '../profiles/profiles';
import rule from './rural-road-width';

const { thresholds } = builtInProfile('national');

testRule(rule, {
  valid: [
    { record: { verdictDetail: '农村道路', roadWidth: '4.5' } },
    { name: 'exactly the maximum', record: { verdictDetail: '农村道路', roadWidth: '8' } },
    { name: 'a width with its unit', record: { verdictDetail: '农村道路', roadWidth: '6米' } },
    { name: 'an unreadable width counts as filled', record: { verdictDetail: '农村道路', roadWidth: '约六米' } },
    { name: 'another case', record: { verdictDetail: '设施农用地', roadWidth: '12' } },
    { name: 'no 具体情形', record: {} },
    { name: 'a wider maximum from the profile', record: { verdictDetail: '农村道路', roadWidth: '9' }, profile: { thresholds: { ...thresholds, ruralRoadMaxWidthM: 10 } } },
    { name: 'land-only: not run on a 矿产 patch', record: { verdictDetail: '农村道路', patchKind: '矿产' } },
  ],
  invalid: [
    { name: 'no width', record: { verdictDetail: '农村道路' }, errors: [{ messageId: 'missing', fields: ['roadWidth'], data: { verdictDetail: '农村道路' } }] },
    { name: 'just over the maximum', record: { verdictDetail: '农村道路', roadWidth: '8.01' }, errors: [{ messageId: 'tooWideReference', fields: ['roadWidth'], data: { roadWidth: 8.01, max: 8 } }] },
    { name: 'over a narrower maximum from the profile', record: { verdictDetail: '农村道路', roadWidth: '7' }, profile: { thresholds: { ...thresholds, ruralRoadMaxWidthM: 6 }, inferred: {} }, errors: [{ messageId: 'tooWide', data: { roadWidth: 7, max: 6 } }] },
  ],
  notApplicable: [
    { name: 'sheet without a 道路宽度 column', record: { verdictDetail: '农村道路' }, absent: ['roadWidth'] },
    { name: 'sheet without a 具体情形 column', record: { roadWidth: '12' }, absent: ['verdictDetail'] },
  ],
});
