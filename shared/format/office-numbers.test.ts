import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './office-dates';
import { fixedDecimals, formatArea, formatAreaIn, formatMoney, formatPercent, formatPercentMoreOrLess, plainNumber } from './office-numbers';

describe('office number formats', () => {
  it('writes areas in the unit filed, 亩 with 2 decimals and 公顷 with 4', () => {
    expect(formatArea(12.345, 'mu')).toBe('12.35 亩');
    expect(formatArea(0.05333333333333334, 'ha')).toBe('0.0533 公顷');
    expect(formatArea(125.5, 'sqm')).toBe('125.5 平方米');
    expect(formatAreaIn(0.05333333333333334, 'ha', ['mu'])).toBe('0.80 亩');
    expect(formatAreaIn(0.8, 'ha', ['ha', 'mu'])).toBe('0.8000 公顷（12.00 亩）');
  });

  it('rounds the printed value as a person would (1.005 → 1.01) and never writes -0', () => {
    expect(fixedDecimals(1.005, 2)).toBe('1.01');
    expect(fixedDecimals(-0.0001, 2)).toBe('0.00');
    expect(plainNumber(0.1 + 0.2)).toBe('0.3');
    expect(plainNumber(8)).toBe('8');
  });

  it('writes money with thousands separators and 分 only when there are any', () => {
    expect(formatMoney(1234567)).toBe('1,234,567 元');
    expect(formatMoney(1234.5)).toBe('1,234.50 元');
    expect(formatMoney(-20000)).toBe('-20,000 元');
  });

  it('writes percentages with one decimal and differences as 多/少', () => {
    expect(formatPercent(1)).toBe('1.0%');
    expect(formatPercentMoreOrLess(-74.209)).toBe('少 74.2%');
    expect(formatPercentMoreOrLess(3.06)).toBe('多 3.1%');
    expect(formatPercentMoreOrLess(0.01)).toBe('基本相同');
  });

  it('writes dates in one style per face', () => {
    expect(formatDate('2023-05-06', 'iso')).toBe('2023-05-06');
    expect(formatDate('2023-05-06', 'chinese')).toBe('2023年5月6日');
    expect(formatDate('2023/5/6', 'chinese')).toBe('2023/5/6');
    expect(formatDateTime(new Date(2026, 11, 7, 9, 5, 3), 'chinese')).toBe('2026年12月7日 09:05:03');
  });

  it('never prints a float artefact, NaN or an exponent for any finite number (property)', () => {
    const artefact = /\d\.\d{5,}|NaN|Infinity|e[+-]?\d/u;
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }), (value) => {
        for (const text of [formatArea(value, 'mu'), formatArea(value, 'ha'), formatArea(value, 'sqm'), formatMoney(value), formatPercent(value), formatPercentMoreOrLess(value), plainNumber(value)]) {
          expect(text).not.toMatch(artefact);
        }
        expect(formatPercentMoreOrLess(value)).not.toMatch(/-/u);
      }),
    );
  });
});
