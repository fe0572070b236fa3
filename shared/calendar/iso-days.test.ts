import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../model/dates';
import { addDays, addMonths, dayNumber, dayOfMonth, dayOfWeek, daysBetween, eachDay, fromDayNumber, isWeekend, localDateOf, todayLocal } from './iso-days';

describe('ISO day arithmetic', () => {
  it('knows weekdays', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2024-02-18')).toBe(0); // a Sunday
    expect(dayOfWeek('2024-02-24')).toBe(6);
    expect(isWeekend('2024-02-23')).toBe(false);
    expect(isWeekend('1969-12-28')).toBe(true); // before the epoch: a Sunday
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(eachDay('2024-02-10', '2024-02-17')).toHaveLength(8);
    expect(eachDay('2024-02-17', '2024-02-10')).toEqual([]);
  });

  it('adds months, clamping to the month end', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-11-15', 3)).toBe('2025-02-15');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-08-31', 12)).toBe('2025-08-31');
    expect(dayOfMonth(2024, 4, 31)).toBe('2024-04-30');
  });

  it('reads a timestamp as the local date, and a bare date as itself', () => {
    expect(localDateOf('2024-03-05')).toBe('2024-03-05');
    const at = new Date(2024, 2, 5, 7, 30).toISOString();
    expect(localDateOf(at)).toBe('2024-03-05');
    expect(todayLocal(new Date(2024, 0, 9, 23, 59))).toBe('2024-01-09');
  });

  it('day numbers round-trip and stay valid dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 80_000 }), fc.integer({ min: -400, max: 400 }), (day, delta) => {
        const iso = fromDayNumber(day);
        expect(isIsoDate(iso)).toBe(true);
        expect(dayNumber(iso)).toBe(day);
        expect(daysBetween(iso, addDays(iso, delta))).toBe(delta);
      }),
    );
  });

  it('addMonths keeps the day or clamps it, and lands in the right month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: -36, max: 36 }), (day, months) => {
        const iso = fromDayNumber(day);
        const result = addMonths(iso, months);
        expect(isIsoDate(result)).toBe(true);
        const monthIndex = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7));
        expect(monthIndex(result) - monthIndex(iso)).toBe(months);
        expect(Number(result.slice(8))).toBeLessThanOrEqual(Number(iso.slice(8)));
      }),
    );
  });
});
