import { testRule } from '../../tests/support/rule-tester';
import { builtInProfile } from '../profiles/profiles';
import rule from './resolved-after-cutoff';

/** 威海 2023 (S4): the 2023 data's cut-off is 2024-01-31. */
const weihai = { cutoffs: builtInProfile('shandong-weihai-2023').cutoffs };

testRule(rule, {
  valid: [
    { name: '威海 2023 data: on the cut-off day', record: { rectResolved: '是', rectDate: '2024-01-31', batch: '2023年5月' }, profile: weihai },
    { name: '2020 data: on the cut-off day', record: { rectResolved: '是', rectDate: '2020-12-31', batch: '2020年第一季度' } },
    { name: '威海, title year 2023: January 2024 is in time', record: { rectResolved: '是', rectDate: '2024-01-15' }, titleYear: 2023, profile: weihai },
    { name: 'not resolved: nothing counted', record: { rectResolved: '否', rectDate: '2024-03-01', batch: '2023年5月' } },
    { name: 'resolved unanswered', record: { rectDate: '2024-03-01', batch: '2023年5月' } },
    { name: 'no 整改完成时间', record: { rectResolved: '是', batch: '2023年5月' } },
    { name: 'an impossible date is skipped', record: { rectResolved: '是', rectDate: '2024-02-30', batch: '2023年5月' } },
    {
      name: 'an audit in February 2025 of 2024 data (后时相 2024): 2024-12-20 is in time',
      record: { rectResolved: '是', rectDate: '2024-12-20', imageAfter: '2024-09-30' },
      asOf: '2025-02-10',
    },
    {
      name: 'nothing tells the data year (no 批次, title, dates or profile year): the rule stays quiet',
      record: { rectResolved: '是', rectDate: '2025-01-15' },
      asOf: '2025-03-01',
    },
    {
      name: 'a province profile moves the 2023 cut-off',
      record: { rectResolved: '是', rectDate: '2024-02-20', batch: '2023年5月' },
      profile: { cutoffs: { byYear: { '2023': '2024-02-29' }, otherYears: 'year-end' } },
    },
    {
      name: 'a profile without a cut-off for the year',
      record: { rectResolved: '是', rectDate: '2023-03-01', batch: '2022年第三季度' },
      profile: { cutoffs: { byYear: {}, otherYears: 'none' } },
    },
  ],
  invalid: [
    {
      name: '威海 2023 data (批次 2023年5月): after 2024-01-31',
      record: { rectResolved: '是', rectDate: '2024-02-01', batch: '2023年5月' },
      profile: weihai,
      errors: [{ messageId: 'afterCutoff', fields: ['rectDate'], data: { rectDate: '2024-02-01', cutoff: '2024-01-31', dataYear: 2023 } }],
    },
    {
      name: 'national, 2023 data: no notice gives the 2023 cut-off, so the year-end is a 参考值',
      record: { rectResolved: '是', rectDate: '2024-01-10', batch: '2023年5月' },
      errors: [{ messageId: 'afterReferenceCutoff', fields: ['rectDate'], data: { rectDate: '2024-01-10', cutoff: '2023-12-31', dataYear: 2023 } }],
    },
    {
      name: '2020 data (批次 2020年第一季度): after 2020-12-31',
      record: { rectResolved: '是', rectDate: '2021-01-01', batch: '2020年第一季度' },
      errors: [{ messageId: 'afterCutoff', data: { rectDate: '2021-01-01', cutoff: '2020-12-31', dataYear: 2020 } }],
    },
    {
      name: '威海, title year 2023',
      record: { rectResolved: '是', rectDate: '2024-02-01' },
      titleYear: 2023,
      profile: weihai,
      errors: [{ messageId: 'afterCutoff', data: { cutoff: '2024-01-31', dataYear: 2023 } }],
    },
    {
      name: 'title year 2022: other years end on 12-31 (参考值)',
      record: { rectResolved: '是', rectDate: '2023-01-01' },
      titleYear: 2022,
      errors: [{ messageId: 'afterReferenceCutoff', data: { cutoff: '2022-12-31', dataYear: 2022 } }],
    },
    {
      name: 'the 批次 outweighs the title year',
      record: { rectResolved: '是', rectDate: '2021-01-01', batch: '2020年第一季度' },
      titleYear: 2023,
      errors: [{ messageId: 'afterCutoff', data: { cutoff: '2020-12-31', dataYear: 2020 } }],
    },
    {
      name: 'an audit in February 2025 of 2024 data (后时相 2024) misses no year-end cut-off',
      record: { rectResolved: '是', rectDate: '2025-01-15', imageAfter: '2024-09-30' },
      asOf: '2025-02-10',
      errors: [{ messageId: 'afterReferenceCutoff', data: { cutoff: '2024-12-31', dataYear: 2024 } }],
    },
    {
      name: 'the cut-off comes from the profile',
      record: { rectResolved: '是', rectDate: '2024-01-10', batch: '2023年5月' },
      profile: { cutoffs: { byYear: { '2023': '2023-12-31' }, otherYears: 'year-end' } },
      errors: [{ messageId: 'afterCutoff', data: { cutoff: '2023-12-31', dataYear: 2023 } }],
    },
    {
      name: 'a profile year, on a 矿产 patch',
      record: { rectResolved: '是', rectDate: '2024-02-01', patchKind: '矿产' },
      profile: { ...weihai, year: 2023 },
      errors: [{ messageId: 'afterCutoff', data: { cutoff: '2024-01-31', dataYear: 2023 } }],
    },
  ],
  notApplicable: [{ record: { rectResolved: '是' }, absent: ['rectDate'] }],
});
