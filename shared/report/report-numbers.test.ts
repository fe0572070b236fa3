import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixed, percentOf, roundDecimal } from './report-numbers';

describe('report rounding', () => {
  it('rounds half away from zero on the decimal value', () => {
    expect(roundDecimal(1.005, 2)).toBe(1.01);
    expect(roundDecimal(0.1 + 0.2, 2)).toBe(0.3);
    expect(roundDecimal(2.00005, 4)).toBe(2.0001);
    expect(roundDecimal(-1.005, 2)).toBe(-1.01);
    expect(roundDecimal(1e-9, 2)).toBe(0);
    expect(roundDecimal(1234567.125, 2)).toBe(1234567.13);
  });

  it('gives percentages to 2 decimals and null on a zero denominator', () => {
    expect(percentOf(1, 3)).toBe(33.33);
    expect(percentOf(2, 3)).toBe(66.67);
    expect(percentOf(0, 0)).toBeNull();
    expect(fixed(percentOf(1, 8), 2)).toBe('12.50');
    expect(fixed(null, 2)).toBe('');
  });

  it('never leaves more decimals than asked, and moves a value by at most half a unit', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        const r = roundDecimal(x, d);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-6);
        expect(Number(r.toFixed(d))).toBe(r);
      }),
    );
  });
});
