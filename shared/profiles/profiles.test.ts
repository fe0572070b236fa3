import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROFILES, builtInProfile, resolveProfile } from './profiles';

describe('profiles', () => {
  it.each(Object.keys(BUILT_IN_PROFILES))('built-in profile %s validates against the schema', (id) => {
    const resolved = resolveProfile(BUILT_IN_PROFILES[id]);
    expect(resolved.ok ? [] : resolved.problems).toEqual([]);
  });

  it('national carries only nationwide values: the Ministry’s 2020 dates and cut-off, the 问责 method', () => {
    const p = builtInProfile('national');
    expect(p.cutoffs.byYear).toEqual({ '2020': '2020-12-31' });
    expect(p.thresholds).toMatchObject({ fieldCheckCultivatedMu: 50, fieldCheckFarmlandMu: 30, countyFocusCultivatedMu: 10, citySampleCultivatedMu: 30, ruralRoadMaxWidthM: 8 });
    expect(p.accountability).toMatchObject({ ratio: 0.15, cityMu: 500, countyMu: 100 });
    expect(p.calendar.monthly).toBeUndefined();
    expect(Object.keys(p.calendar.years)).toEqual(['2020']);
    expect(p.year).toBeUndefined();
  });

  it('each local profile extends national with its own notice’s values', () => {
    const weihai = builtInProfile('shandong-weihai-2023');
    expect(weihai.calendar.monthly).toMatchObject({ issuedByDay: 20, dueDay: 24 });
    expect(weihai.cutoffs.byYear).toMatchObject({ '2020': '2020-12-31', '2023': '2024-01-31' });
    expect(builtInProfile('shanxi-lishi-2019').year).toBe(2019);
    expect(builtInProfile('sichuan-2020').region.allowedPrefixes).toEqual(['51']);
    expect(builtInProfile('qinghai-golmud-2024').calendar.years['2024']?.map((d) => d.date)).toContain('2025-01-31');
    for (const id of Object.keys(BUILT_IN_PROFILES)) {
      const p = builtInProfile(id);
      expect(p.id).toBe(id);
      expect(p.notices?.length, `${id} names its notices`).toBeGreaterThan(0);
      if (id !== 'national') expect((BUILT_IN_PROFILES[id] as { extends?: string }).extends).toBe('national');
    }
  });

  it('a due date moves off a weekend or holiday only where its entry says so (S0’s monthly report)', () => {
    for (const id of Object.keys(BUILT_IN_PROFILES)) {
      const p = builtInProfile(id);
      const moving = Object.values(p.calendar.years).flat().filter((d) => d.workingDayRule !== undefined);
      for (const d of moving) expect(d.source, `${id} ${d.id}`).toBe('S0');
      expect(p.calendar.monthly?.workingDayRule, id).toBeUndefined();
    }
  });

  it('every inferred value is marked by a path that exists in the profile', () => {
    for (const id of Object.keys(BUILT_IN_PROFILES)) {
      const p = builtInProfile(id) as unknown as Record<string, unknown>;
      for (const path of Object.keys(builtInProfile(id).inferred ?? {})) {
        const value = path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], p);
        expect(value, `${id}: inferred ${path}`).toBeDefined();
      }
    }
    expect(Object.keys(builtInProfile('national').inferred ?? {})).toEqual(expect.arrayContaining(['thresholds.ruralRoadMaxWidthM', 'thresholds.tempUseDefaultYears', 'cutoffs.otherYears', 'calendar.reviewCycles']));
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
