import { testRule } from '../../tests/support/rule-tester';
import { builtInProfile } from '../profiles/profiles';
import rule from './mineral-field-check';

const illegalMine = { patchKind: '矿产', verdict: '违法' };

const { thresholds } = builtInProfile('national');

testRule(rule, {
  valid: [
    { name: 'checked in the field', record: { ...illegalMine, areaMonitored: '25', fieldCheckDate: '2023-06-01' } },
    { name: 'an impossible 核查时间 counts as a record (date-invalid reports it)', record: { ...illegalMine, areaMonitored: '25', fieldCheckDate: '2023-13-01' } },
    { name: 'just below 10亩', record: { ...illegalMine, areaMonitored: '9.99' } },
    { name: 'below a higher threshold from the profile', record: { ...illegalMine, areaMonitored: '25' }, profile: { thresholds: { ...thresholds, mineralFieldCheckMu: 30 } } },
    { name: '合法', record: { patchKind: '矿产', verdict: '合法', areaMonitored: '25' } },
    { name: 'not yet judged', record: { patchKind: '矿产', areaMonitored: '25' } },
    { name: 'a land patch is not checked', record: { patchKind: '土地', verdict: '违法', areaMonitored: '25' } },
    { name: 'read in 亩 under a 公顷 profile (0.6666 公顷 = 9.999亩)', record: { ...illegalMine, areaMonitored: { ha: '0.6666' } }, profile: { areaUnit: 'ha' } },
  ],
  invalid: [
    {
      name: 'exactly 10亩',
      record: { ...illegalMine, areaMonitored: '10' },
      errors: [{ messageId: 'missingFieldCheck', fields: ['fieldCheckDate'], data: { area: 10, threshold: 10 } }],
    },
    { name: 'the threshold comes from the profile', record: { ...illegalMine, areaMonitored: '6' }, profile: { thresholds: { ...thresholds, mineralFieldCheckMu: 5 } }, errors: [{ messageId: 'missingFieldCheck', data: { area: 6, threshold: 5 } }] },
    { name: 'filed in 公顷 (0.6667 公顷 = 10.0005亩)', record: { ...illegalMine, areaMonitored: { ha: '0.6667' } }, profile: { areaUnit: 'ha' }, errors: [{ messageId: 'missingFieldCheck', data: { area: 10.0005 } }] },
  ],
  notApplicable: [
    { name: 'sheet without 实地核查时间', record: { ...illegalMine, areaMonitored: '25' }, absent: ['fieldCheckDate'] },
    { name: 'sheet without 图斑类别: land patches', record: { verdict: '违法', areaMonitored: '25' }, absent: ['patchKind'] },
  ],
});
