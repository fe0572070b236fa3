import { describe, expect, it } from 'vitest';
import { GEOMETRY_RULES } from '../geometry/rules';
import { RECORD_RULES } from '../rules';
import { PHOTO_RULES } from '../photo/rules';
import { ruleTitle } from './rule-titles';
import { sourceName, withNoticeNames } from './source-names';

describe('rule titles', () => {
  it('gives every registered rule a Chinese title of at most 12 characters, unique', () => {
    const titles = [...RECORD_RULES, ...GEOMETRY_RULES, ...PHOTO_RULES].map((rule) => ruleTitle(rule));
    for (const title of titles) {
      expect([...title].length).toBeLessThanOrEqual(12);
      expect(title).toMatch(/[\u4e00-\u9fff]/u);
    }
    expect(new Set(titles).size).toBe(titles.length);
    for (const rule of [...RECORD_RULES, ...GEOMETRY_RULES, ...PHOTO_RULES]) expect(ruleTitle(rule.id)).toBe(rule.title);
  });

  it('prefers the metadata title and never shows an unknown id', () => {
    expect(ruleTitle({ id: 'verdict-required', title: '判定类型未填' })).toBe('判定类型未填');
    expect(ruleTitle('verdict-required')).toBe(RECORD_RULES.find((r) => r.id === 'verdict-required')?.title);
    expect(ruleTitle('no-such-rule')).not.toContain('no-such-rule');
  });

  it('names sources by their notices, never S0–S4 or a tag', () => {
    expect(sourceName({ tag: 'seed', refs: ['S4'] })).toContain('威海市2023年卫片执法工作方案');
    expect(sourceName({ tag: 'inferred', refs: [] })).not.toMatch(/inferred|S\d/u);
    expect(withNoticeNames('依据 S4')).toBe('依据 《威海市2023年卫片执法工作方案》（威自然资发〔2023〕20号）');
  });
});
