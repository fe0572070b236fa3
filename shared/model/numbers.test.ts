import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from './numbers';

describe('parseNumber', () => {
  it.each([
    ['12.5', 12.5, 1, undefined],
    [' 1,234.50 ', 1234.5, 2, undefined],
    ['１２．５', 12.5, 1, undefined],
    ['12.5亩', 12.5, 1, 'mu'],
    ['0.0765公顷', 0.0765, 4, 'ha'],
    ['300㎡', 300, 0, 'sqm'],
    ['-3', -3, 0, undefined],
    ['.5', 0.5, 1, undefined],
    ['5000元', 5000, 0, 'yuan'],
  ])('reads %j', (raw, value, decimals, unit) => {
    const r = parseNumber(raw);
    expect(r).toMatchObject({ state: 'ok', value, decimals });
    if (r.state === 'ok') expect(r.unit).toBe(unit);
  });

  it('keeps a real number as it is', () => {
    expect(parseNumber(18.52)).toEqual({ state: 'ok', value: 18.52, decimals: 2 });
  });

  it.each(['约12亩', '12.5.3', 'abc', '1,23', '12 个'])('rejects %j', (raw) => {
    expect(parseNumber(raw).state).toBe('invalid');
  });

  it.each(['', ' ', '-', '/', null, undefined])('reads %j as empty', (raw) => {
    expect(parseNumber(raw)).toEqual({ state: 'empty' });
  });

  it('never throws, and reads back any number written as text (property)', () => {
    fc.assert(fc.property(fc.string(), (raw) => void parseNumber(raw)), { numRuns: 2000 });
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = value.toFixed(4);
        const r = parseNumber(text);
        expect(r.state).toBe('ok');
        if (r.state === 'ok') expect(r.value).toBeCloseTo(Number(text), 6);
      }),
    );
  });
});
