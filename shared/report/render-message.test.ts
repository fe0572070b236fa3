import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishWords, ruleIdsIn } from '../../tests/support/visible-text';
import { GEOMETRY_RULES } from '../geometry/rules';
import { RECORD_RULES } from '../rules';
import { PLACEHOLDER_KINDS, renderTemplate, templatePlaceholderKinds, templatePlaceholders } from './render-message';

const TEMPLATES: readonly { readonly where: string; readonly template: string }[] = [
  ...[...RECORD_RULES, ...GEOMETRY_RULES].flatMap((rule) => Object.entries(rule.messages as Record<string, string>).map(([id, template]) => ({ where: `${rule.id}/${id}`, template }))),
];

describe('message templates', () => {
  it('use only known placeholder kinds', () => {
    for (const { where, template } of TEMPLATES) for (const kind of templatePlaceholderKinds(template)) expect(PLACEHOLDER_KINDS, where).toContain(kind);
  });

  it('show no English word and no rule id', () => {
    for (const { where, template } of TEMPLATES) {
      const text = template.replace(/\{[^{}]+\}/gu, '');
      expect(englishWords(text), where).toEqual([]);
      expect(ruleIdsIn(text), where).toEqual([]);
    }
  });

  it('say a signed percentage as 多/少, never as a negative 相差', () => {
    for (const { where, template } of TEMPLATES) expect(template, where).not.toMatch(/相差\s*\{\w+(:百分比)?\}%?/u);
  });

  it('render random values without float artefacts, NaN, undefined or a negative difference (property)', () => {
    const value = fc.oneof(fc.double({ min: -1e7, max: 1e7, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -1e6, max: 1e6 }), fc.constantFrom('2023-05-06', '亩', '公顷', '违法'));
    for (const { where, template } of TEMPLATES) {
      const names = templatePlaceholders(template);
      fc.assert(
        fc.property(fc.array(value, { minLength: names.length, maxLength: names.length }), fc.constantFrom('iso' as const, 'chinese' as const), (values, dateStyle) => {
          const data = Object.fromEntries(names.map((name, i) => [name, values[i] ?? 0]));
          const text = renderTemplate(template, { unit: '亩', ...data }, { dateStyle, areaUnits: ['mu'] });
          expect(text, where).not.toMatch(/\d\.\d{5,}|NaN|undefined|Infinity|\d e[+-]?\d/u);
          expect(text, where).not.toMatch(/\{\w+(:[^{}]+)?\}/u);
        }),
        { numRuns: 30 },
      );
    }
  });

  it('writes the form area in the unit filed and the difference as 多/少', () => {
    const template = GEOMETRY_RULES.find((r) => r.id === 'geom-area-mismatch')?.messages['expectedArea'] ?? '';
    const text = renderTemplate(template, { parcelCount: 1, computedHa: 0.0137684, fieldLabel: '违法面积', expectedHa: 0.05333333333333334, differencePercent: -74.209, tolerancePercent: 1 }, { areaUnits: ['mu'] });
    expect(text).toContain('0.21 亩');
    expect(text).toContain('0.80 亩');
    expect(text).toContain('少 74.2%');
    expect(text).toContain('1.0%');
  });
});
