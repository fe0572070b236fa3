import { testRule } from '../../tests/support/rule-tester';
import { builtInProfile } from '../profiles/profiles';
import rule from './temp-use-expired';

const { thresholds } = builtInProfile('national');

testRule(rule, {
  valid: [
    { name: 'ends after the audit date', record: { verdictDetail: '临时用地', tempUseEnd: '2024-12-31' }, asOf: '2024-06-30' },
    { name: 'ends on the audit date', record: { verdictDetail: '临时用地', tempUseEnd: '2024-06-30' }, asOf: '2024-06-30' },
    { name: 'default term ends on the audit date', record: { verdictDetail: '临时用地', approvalDate: '2022-06-30' }, asOf: '2024-06-30' },
    { name: '到期时间 outweighs the default term', record: { verdictDetail: '临时用地', tempUseEnd: '2025-01-01', approvalDate: '2020-01-01' }, asOf: '2024-06-30' },
    { name: 'an impossible 到期时间 is not replaced by the default term', record: { verdictDetail: '临时用地', tempUseEnd: '2023-02-30', approvalDate: '2020-01-01' }, asOf: '2024-06-30' },
    { name: 'an impossible approval date is skipped', record: { verdictDetail: '临时用地', approvalDate: '2020-02-30' }, asOf: '2024-06-30' },
    { name: 'no date at all', record: { verdictDetail: '临时用地' } },
    { name: 'another case', record: { verdictDetail: '设施农用地', tempUseEnd: '2020-01-01' } },
    { name: 'a longer default term from the profile', record: { verdictDetail: '临时用地', approvalDate: '2021-07-01' }, asOf: '2024-06-30', profile: { thresholds: { ...thresholds, tempUseDefaultYears: 4 } } },
    { name: 'land-only: not run on a 矿产 patch', record: { verdictDetail: '临时用地', tempUseEnd: '2020-01-01', patchKind: '矿产' } },
  ],
  invalid: [
    {
      name: 'ended the day before the audit date',
      record: { verdictDetail: '临时用地', tempUseEnd: '2024-06-29' },
      asOf: '2024-06-30',
      errors: [{ messageId: 'expired', fields: ['tempUseEnd'], data: { tempUseEnd: '2024-06-29', asOf: '2024-06-30' } }],
    },
    {
      name: '到期时间 counts even when the default term has not ended',
      record: { verdictDetail: '临时用地', tempUseEnd: '2024-01-01', approvalDate: '2023-06-01' },
      asOf: '2024-06-30',
      errors: [{ messageId: 'expired', data: { tempUseEnd: '2024-01-01' } }],
    },
    {
      name: 'the reference term (批准时间 + 2 years, inferred) ended the day before',
      record: { verdictDetail: '临时用地', approvalDate: '2022-06-29' },
      asOf: '2024-06-30',
      errors: [{ messageId: 'expiredByReferenceTerm', fields: ['approvalDate'], data: { approvalDate: '2022-06-29', years: 2, termEnd: '2024-06-29', asOf: '2024-06-30' } }],
    },
    {
      name: 'without a 到期时间 column, the default term',
      record: { verdictDetail: '临时用地', approvalDate: '2020-02-29' },
      absent: ['tempUseEnd'],
      asOf: '2024-06-30',
      errors: [{ messageId: 'expiredByReferenceTerm', data: { termEnd: '2022-02-28' } }],
    },
    {
      name: 'a profile whose notice states the term: no 参考值 wording',
      record: { verdictDetail: '临时用地', approvalDate: '2020-02-29' },
      absent: ['tempUseEnd'],
      asOf: '2024-06-30',
      profile: { inferred: {} },
      errors: [{ messageId: 'expiredByDefault', data: { termEnd: '2022-02-28' } }],
    },
    {
      name: 'without a 批准时间 column, the 到期时间',
      record: { verdictDetail: '临时用地', tempUseEnd: '2023-12-31' },
      absent: ['approvalDate'],
      asOf: '2024-06-30',
      errors: [{ messageId: 'expired' }],
    },
  ],
  notApplicable: [
    {
      name: 'sheet with neither 到期时间 nor 批准时间 column',
      record: { verdictDetail: '临时用地' },
      absent: ['tempUseEnd', 'approvalDate'],
    },{ name: 'sheet without a 具体情形 column', record: { tempUseEnd: '2020-01-01' }, absent: ['verdictDetail'] }],
});
