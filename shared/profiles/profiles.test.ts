import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROFILES, builtInProfile, resolveProfile } from './profiles';

describe('profiles', () => {
  it.each(Object.keys(BUILT_IN_PROFILES))('built-in profile %s validates against the schema', (id) => {
    const resolved = resolveProfile(BUILT_IN_PROFILES[id]);
    expect(resolved.ok ? [] : resolved.problems).toEqual([]);
  });

  it('carries the seed values of the national defaults', () => {
    const p = builtInProfile('national');
    expect(p.cutoffs.byYear).toMatchObject({ '2020': '2020-12-31', '2023': '2024-01-31' });
    expect(p.thresholds).toMatchObject({ fieldCheckCultivatedMu: 50, fieldCheckFarmlandMu: 30, countyFocusCultivatedMu: 10, citySampleCultivatedMu: 30, ruralRoadMaxWidthM: 8 });
    expect(p.accountability).toMatchObject({ ratio: 0.15, cityMu: 500, countyMu: 100 });
    expect(p.calendar.monthly).toMatchObject({ issuedByDay: 20, dueDay: 24 });
  });

  it('merges an extending profile over its parent', () => {
    const p = builtInProfile('shandong-weihai-2023');
    expect(p.year).toBe(2023);
    expect(p.region.allowedPrefixes).toEqual(['3710']);
    expect(p.thresholds.fieldCheckCultivatedMu).toBe(50);
  });

  it('refuses a malformed profile, naming the path', () => {
    const r = resolveProfile({ extends: 'national', id: 'x', name: 'x', thresholds: { ruralRoadMaxWidthM: -1 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toContain('thresholds.ruralRoadMaxWidthM');
  });

  it('refuses an unknown key (a typo must not pass silently)', () => {
    const r = resolveProfile({ extends: 'national', id: 'x', name: 'x', thresholdz: {} });
    expect(r.ok).toBe(false);
  });

  it('refuses an unknown parent and a non-object', () => {
    expect(resolveProfile({ extends: 'nowhere', id: 'x', name: 'x' }).ok).toBe(false);
    expect(resolveProfile('national').ok).toBe(false);
  });
});
