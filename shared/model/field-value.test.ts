import { describe, expect, it } from 'vitest';
import { fieldDefinition } from './field-dictionary';
import { normaliseValue } from './field-value';

const opts = { defaultAreaUnit: 'mu' as const };

describe('normaliseValue', () => {
  it.each([
    ['approvalNo', '无'],
    ['approvalNo', '/'],
    ['approvalDate', '/'],
    ['approvalDate', '—'],
    ['violationArea', '-'],
    ['caseFiled', '/'],
  ] as const)('reads the placeholder %s = %j as empty', (field, raw) => {
    expect(normaliseValue(fieldDefinition(field), raw, opts)).toBeUndefined();
  });

  it('reads 无 as 否 in a 是/否 cell', () => {
    expect(normaliseValue(fieldDefinition('caseFiled'), '无', opts)).toMatchObject({ kind: 'yesno', yes: false });
  });

  it('keeps an unreadable value as filed, as invalid', () => {
    expect(normaliseValue(fieldDefinition('approvalDate'), '2023-02-30', opts)).toMatchObject({ kind: 'invalid', expected: 'date', reason: 'impossible' });
    expect(normaliseValue(fieldDefinition('caseFiled'), '待定', opts)).toMatchObject({ kind: 'invalid', expected: 'yesno' });
  });

  it('reads an area in the header unit, converting a different unit written in the cell', () => {
    expect(normaliseValue(fieldDefinition('areaMonitored'), '1.5', { unit: 'ha', defaultAreaUnit: 'mu' })).toMatchObject({ kind: 'area', readings: [{ unit: 'ha', value: 1.5, decimals: 1 }] });
    expect(normaliseValue(fieldDefinition('areaMonitored'), '1.5', opts)).toMatchObject({ kind: 'area', readings: [{ unit: 'mu', value: 1.5 }] });
    const v = normaliseValue(fieldDefinition('areaMonitored'), '15亩', { unit: 'ha', defaultAreaUnit: 'mu' });
    expect(v?.kind === 'area' ? v.readings[0]?.value : undefined).toBeCloseTo(1, 9);
  });

  it('scales 万元 to 元', () => {
    expect(normaliseValue(fieldDefinition('fineAmount'), '1.2', { unit: 'wanyuan', defaultAreaUnit: 'mu' })).toMatchObject({ kind: 'number', value: 12000 });
  });
});
