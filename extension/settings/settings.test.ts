import { describe, expect, it } from 'vitest';
import { activeProfile } from './active-profile';
import { DEFAULT_SETTINGS, originPatternProblem, PRESET_ORIGINS, readSettings } from './settings-schema';

describe('settings', () => {
  it('fall back to defaults when stored settings are missing or malformed', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ version: 1, origins: 'x' })).toEqual(DEFAULT_SETTINGS);
    const custom = { ...DEFAULT_SETTINGS, siteProfile: 'legacy-table' };
    expect(readSettings(custom)).toEqual(custom);
  });

  it('ship presets clearly marked as examples, never a catch-all pattern', () => {
    expect(PRESET_ORIGINS.length).toBeGreaterThan(0);
    for (const preset of PRESET_ORIGINS) {
      expect(preset.example).toBe(true);
      expect(preset.label).toContain('示例');
      expect(originPatternProblem(preset.pattern)).toBeUndefined();
    }
  });

  it('accept origin patterns of one site only', () => {
    expect(originPatternProblem('https://zfjg.mnr.gov.cn/*')).toBeUndefined();
    expect(originPatternProblem('http://10.1.2.3:8080/*')).toBeUndefined();
    expect(originPatternProblem('https://*.example.gov.cn/*')).toBeUndefined();
    expect(originPatternProblem('<all_urls>')).toBeDefined();
    expect(originPatternProblem('https://example.gov.cn/form')).toBeDefined();
    expect(originPatternProblem('ftp://example.gov.cn/*')).toBeDefined();
  });
});

describe('activeProfile', () => {
  it('applies per-rule switches and severities over the chosen profile', () => {
    const active = activeProfile({ ...DEFAULT_SETTINGS, ruleOverrides: { 'approval-no-format': 'off', 'approval-date-required': 'info' } });
    expect(active.problems).toEqual([]);
    expect(active.profile.rules['approval-no-format']).toBe('off');
    expect(active.profile.rules['approval-date-required']).toBe('info');
  });

  it('uses an uploaded profile that extends a built-in one, and falls back (saying why) on an invalid one', () => {
    const good = activeProfile({ ...DEFAULT_SETTINGS, ruleProfile: { kind: 'custom', name: '某县', data: { id: 'mou-xian', name: '某县', extends: 'national', year: 2023 } } });
    expect(good.profile.year).toBe(2023);
    expect(good.name).toBe('某县');
    const bad = activeProfile({ ...DEFAULT_SETTINGS, ruleProfile: { kind: 'custom', name: '坏的', data: { id: 'x', extends: 'nowhere' } } });
    expect(bad.profile.id).toBe('national');
    expect(bad.problems.join('')).toContain('坏的');
  });
});
