import { testRule } from '../../tests/support/rule-tester';
import rule from './rect-plan-required';

testRule(rule, {
  valid: [
    { record: { verdict: '违法', rectResolved: '否', rectPlannedDate: '2024-09-30' }, asOf: '2024-06-30' },
    { name: 'boundary: due on the audit date is not past', record: { verdict: '违法', rectResolved: '否', rectPlannedDate: '2024-06-30' }, asOf: '2024-06-30' },
    { name: 'resolved: no plan needed', record: { verdict: '违法', rectResolved: '是' } },
    { name: 'resolved, old plan date', record: { verdict: '违法', rectResolved: '是', rectPlannedDate: '2023-01-01' } },
    { name: 'not 违法', record: { verdict: '合法', rectResolved: '否' } },
    { name: 'no verdict', record: { rectResolved: '否' } },
    { name: 'an impossible date counts as filled and is not compared', record: { verdict: '违法', rectResolved: '否', rectPlannedDate: '2023-02-29' } },
  ],
  invalid: [
    { name: '否, no plan', record: { verdict: '违法', rectResolved: '否' }, errors: [{ messageId: 'noPlan', fields: ['rectPlannedDate'] }] },
    { name: 'resolved unanswered, no plan', record: { verdict: '违法' }, errors: [{ messageId: 'noPlan' }] },
    {
      name: 'boundary: due the day before the audit date',
      record: { verdict: '违法', rectResolved: '否', rectPlannedDate: '2024-06-29' },
      asOf: '2024-06-30',
      errors: [{ messageId: 'planPast', fields: ['rectPlannedDate'], data: { rectPlannedDate: '2024-06-29', asOf: '2024-06-30' } }],
    },
    {
      name: 'past, resolved unanswered, on a 矿产 patch',
      record: { verdict: '违法', rectPlannedDate: '2023年12月31日', patchKind: '矿产' },
      asOf: '2024-03-01',
      errors: [{ messageId: 'planPast', data: { rectPlannedDate: '2023-12-31', asOf: '2024-03-01' } }],
    },
  ],
  notApplicable: [{ record: { verdict: '违法', rectResolved: '否' }, absent: ['rectPlannedDate'] }],
});
