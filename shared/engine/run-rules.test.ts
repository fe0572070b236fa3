import { describe, expect, it } from 'vitest';
import { buildRecord } from '../model/patch-record';
import { builtInProfile } from '../profiles/profiles';
import { RECORD_RULES } from '../rules';
import { AuditRun, dataYearOf, majorityDateYear, missingFields, ruleStatus } from './run-rules';

const profile = builtInProfile('national');
const rule = (id: string) => {
  const found = RECORD_RULES.find((r) => r.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('dataYearOf', () => {
  const options = { profile, asOf: '2024-06-30' };
  it('reads the 批次 first, then the title, then the dates, then the profile — never the audit year', () => {
    expect(dataYearOf(buildRecord({ batch: '2023年5月' }), { ...options, titleYear: 2020 })).toBe(2023);
    expect(dataYearOf(buildRecord({ batch: '第二批' }), { ...options, titleYear: 2020 })).toBe(2020);
    expect(dataYearOf(buildRecord({ batch: '第二批' }), { ...options, datesYear: () => 2022 })).toBe(2022);
    expect(dataYearOf(buildRecord({ imageAfter: '2023-11-02' }), { ...options, profile: { ...profile, year: 2021 } })).toBe(2023);
    expect(dataYearOf(buildRecord({ issuedAt: '2022-03-01' }), options)).toBe(2022);
    expect(dataYearOf(buildRecord({}), { profile: { ...profile, year: 2021 }, asOf: '2024-06-30' })).toBe(2021);
    expect(dataYearOf(buildRecord({}), options)).toBeUndefined();
  });

  it('majorityDateYear: the year most 后时相 fall in, else most 下发时间; ties to the later year', () => {
    const r = (raw: Record<string, string>) => buildRecord(raw);
    expect(majorityDateYear([r({ imageAfter: '2024-10-01' }), r({ imageAfter: '2024-12-20' }), r({ imageAfter: '2025-01-05' })])).toBe(2024);
    expect(majorityDateYear([r({ issuedAt: '2023-04-01' }), r({ issuedAt: '2023-05-01' }), r({})])).toBe(2023);
    expect(majorityDateYear([r({ imageAfter: '2023-04-01' }), r({ imageAfter: '2024-05-01' })])).toBe(2024);
    expect(majorityDateYear([r({}), r({ imageAfter: '不详' })])).toBeUndefined();
  });
  it('reads a 批次 stored as an Excel date serial', () => {
    expect(dataYearOf(buildRecord({ batch: '45047' }), options)).toBe(2023);
  });
});

describe('rule applicability', () => {
  it('names the missing fields, honouring requires and requiresAnyOf', () => {
    expect(missingFields(rule('approval-date-required'), new Set(['approvalNo']))).toEqual(['approvalDate']);
    expect(missingFields(rule('area-negative'), new Set(['areaMonitored']))).toEqual([]);
    expect(missingFields(rule('temp-use-expired'), new Set(['verdictDetail']))).toEqual(['tempUseEnd', 'approvalDate']);
    expect(missingFields(rule('temp-use-expired'), new Set(['verdictDetail', 'approvalDate']))).toEqual([]);
  });
  it('applies profile severities and switches rules off', () => {
    const custom = { ...profile, rules: { 'approval-date-required': 'warning' as const, 'approval-no-required': 'off' as const } };
    expect(ruleStatus(rule('approval-date-required'), new Set(['approvalNo', 'approvalDate']), custom).severity).toBe('warning');
    expect(ruleStatus(rule('approval-no-required'), new Set(['approvalNo', 'approvalDate']), custom).notApplicable).toEqual({ kind: 'disabled' });
  });
  it('runs land-only rules on land patches only', () => {
    const run = new AuditRun([rule('legal-approval-required')], { profile, asOf: '2024-06-30' });
    const land = buildRecord({ verdict: '合法', verdictDetail: '农转用已批', patchKind: '土地' }, { present: ['approvalNo'] });
    const mineral = buildRecord({ verdict: '合法', verdictDetail: '农转用已批', patchKind: '矿产' }, { present: ['approvalNo'] });
    expect(run.check(land).map((f) => f.ruleId)).toEqual(['legal-approval-required']);
    expect(run.check(mineral)).toEqual([]);
  });
});
