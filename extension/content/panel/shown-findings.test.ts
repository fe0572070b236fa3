import { describe, expect, it } from 'vitest';
import { RECORD_RULES } from '../../../shared/rules';
import { shownFindings } from './shown-findings';

describe('shownFindings', () => {
  it('renders messages, points at a field on the page, orders by severity, flags dismissed rules', () => {
    const shown = shownFindings({
      findings: [
        { ruleId: 'approval-no-format', severity: 'warning', fields: ['approvalNo'], messageId: Object.keys(RECORD_RULES.find((r) => r.id === 'approval-no-format')?.messages ?? {})[0] ?? '', data: { approvalNo: 'X' }, location: {} },
        { ruleId: 'approval-date-required', severity: 'error', fields: ['approvalNo', 'approvalDate'], messageId: 'missingDate', data: { approvalNo: 'A' }, location: {} },
      ],
      rules: RECORD_RULES,
      present: new Set(['approvalDate']),
      dismissals: { 'approval-no-format': { reason: '核实', at: '2024-06-30T00:00:00Z' } },
      boundary: {
        fileName: 'a.txt',
        format: 'txt',
        readable: true,
        parcels: 1,
        findings: [{ ruleId: 'geom-self-intersection', title: '地块自相交', severity: 'error', messageId: 'm', message: '自相交', description: 'd', source: { tag: 'seed', refs: ['S1'], note: '' }, where: '第 1 个地块' }],
      },
    });
    expect(shown.map((f) => [f.ruleId, f.field, f.dismissed !== undefined])).toEqual([
      ['approval-date-required', 'approvalDate', false],
      ['geom-self-intersection', 'vectorFile', false],
      ['approval-no-format', 'approvalNo', true],
    ]);
    expect(shown[1]?.message).toBe('自相交（第 1 个地块）');
    expect(shown[1]?.title).toBe('地块自相交');
    expect(shown[0]?.message).not.toContain('{');
  });

  it('names rules by title and sources by notice, and turns required findings on an untouched form into a checklist', () => {
    const findings = [{ ruleId: 'verdict-required', severity: 'error' as const, fields: ['verdict' as const], messageId: 'missing', data: {}, location: {} }];
    const [shown] = shownFindings({ findings, rules: RECORD_RULES, present: new Set(['verdict']), dismissals: {}, untouched: true });
    // The title is the rule's metadata title (shared/report/rule-titles.ts), never the id.
    expect(shown?.title).toBe('判定类型缺失或无效');
    expect(shown?.title).toBe(RECORD_RULES.find((r) => r.id === 'verdict-required')?.title);
    expect(shown?.source).toContain('自然资源部办公厅');
    expect(shown?.checklist).toBe(true);
    const [touched] = shownFindings({ findings, rules: RECORD_RULES, present: new Set(['verdict']), dismissals: {}, untouched: false });
    expect(touched?.checklist).toBe(false);
  });
});
