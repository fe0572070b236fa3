import { testRule } from '../../tests/support/rule-tester';
import rule from './reclaimed-exceeds-violation';

testRule(rule, {
  valid: [
    { record: { reclaimedArea: '3.5', violationArea: '4.2', areaMonitored: '6' } },
    { name: 'boundary: equal', record: { reclaimedArea: '4.2', violationArea: '4.2' } },
    { name: 'equal after conversion (float noise is not a difference)', record: { reclaimedArea: { ha: '0.28' }, violationArea: '4.2' } },
    { name: 'the 违法面积 decides, not the larger 监测面积', record: { reclaimedArea: '5', violationArea: '5', areaMonitored: '4' } },
    { name: 'no 违法面积: within 监测面积', record: { reclaimedArea: '5.99', areaMonitored: '6' } },
    { name: 'nothing reclaimed', record: { violationArea: '4.2', areaMonitored: '6' } },
    { name: 'an unreadable 违法面积 is not compared, and 监测面积 is not used instead', record: { reclaimedArea: '9', violationArea: '约4亩', areaMonitored: '6' } },
    { name: 'neither 违法面积 nor 监测面积 filled', record: { reclaimedArea: '9' } },
    { name: 'without a 监测面积 column, 违法面积 alone', record: { reclaimedArea: '4.2', violationArea: '4.2' }, absent: ['areaMonitored'] },
  ],
  invalid: [
    {
      name: 'more than 违法面积, by one hundredth (no tolerance)',
      record: { reclaimedArea: '4.21', violationArea: '4.2', areaMonitored: '6' },
      errors: [{ messageId: 'exceedsViolation', fields: ['reclaimedArea', 'violationArea'], data: { reclaimedArea: 4.21, violationArea: 4.2, unit: '亩' } }],
    },
    {
      name: 'units differ: 0.3 公顷 = 4.5 亩',
      record: { reclaimedArea: { ha: '0.3' }, violationArea: '4.2' },
      errors: [{ messageId: 'exceedsViolation', data: { reclaimedArea: 4.5, violationArea: 4.2 } }],
    },
    {
      name: 'no 违法面积: more than 监测面积',
      record: { reclaimedArea: '6.01', areaMonitored: '6' },
      errors: [{ messageId: 'exceedsMonitored', fields: ['reclaimedArea'], data: { reclaimedArea: 6.01, areaMonitored: 6, unit: '亩' } }],
    },
    {
      name: 'no 违法面积 column: more than 监测面积, on a 矿产 patch',
      record: { reclaimedArea: '7', areaMonitored: '6', patchKind: '矿产' },
      absent: ['violationArea'],
      errors: [{ messageId: 'exceedsMonitored' }],
    },
    {
      name: 'a profile in 公顷 reads and reports in 公顷',
      record: { reclaimedArea: { ha: '0.3', mu: '4.5' }, violationArea: { ha: '0.28' } },
      profile: { areaUnit: 'ha' },
      errors: [{ messageId: 'exceedsViolation', data: { reclaimedArea: 0.3, violationArea: 0.28, unit: '公顷' } }],
    },
  ],
  notApplicable: [
    { record: { violationArea: '4.2', areaMonitored: '6' }, absent: ['reclaimedArea'] },
    // Was a silent pass: with neither column nothing can be compared.
    { name: 'without either column', record: { reclaimedArea: '9' }, absent: ['violationArea', 'areaMonitored'] },
  ],
});
