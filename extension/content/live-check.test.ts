import { describe, expect, it } from 'vitest';
import { AuditRun } from '../../shared/engine/run-rules';
import { buildRecord } from '../../shared/model/patch-record';
import { builtInProfile } from '../../shared/profiles/profiles';
import { RECORD_RULES } from '../../shared/rules';
import { LiveCheck } from './live-check';

const options = { profile: builtInProfile('national'), asOf: '2024-06-30' };
const form = {
  verdict: '合法',
  verdictDetail: '农转用已批',
  approvalNo: '冀政转征[2022]15号',
  approvalDate: '2022-08-01',
  imageBefore: '2022-10-15',
  imageAfter: '2023-04-20',
  patchKind: '土地',
};

describe('LiveCheck', () => {
  it('runs every rule first, then only the rules reading the changed fields, with a full run\'s findings', () => {
    const live = new LiveCheck(RECORD_RULES, options);
    const first = live.update(buildRecord(form));
    expect(first.rerun).toHaveLength(RECORD_RULES.length);
    expect(first.findings.map((f) => f.ruleId)).toContain('approval-no-format');

    const fixed = buildRecord({ ...form, approvalNo: '冀政转征〔2022〕15号' });
    const second = live.update(fixed);
    expect(second.rerun).toContain('approval-no-format');
    expect(second.rerun).not.toContain('photo-required-for-demolition');
    expect(second.rerun.length).toBeLessThan(RECORD_RULES.length / 2);
    expect(second.findings).toEqual(new AuditRun(RECORD_RULES, options).check(fixed));
    expect(second.findings.map((f) => f.ruleId)).not.toContain('approval-no-format');

    expect(live.update(fixed).rerun).toEqual([]);
  });
});
