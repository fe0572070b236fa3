import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInProfile } from '../profiles/profiles';
import { addDays, fromDayNumber, dayNumber, isWeekend } from './iso-days';
import {
  addWorkingDays,
  adjustDueDate,
  firstWorkingDayOnOrAfter,
  hasHolidayData,
  isWorkingDay,
  lastWorkingDayOnOrBefore,
  WEEKENDS_ONLY,
  workingDayCalendar,
  workingDaysBetween,
  type WorkingDayCalendar,
} from './working-days';

const NATIONAL = workingDayCalendar(builtInProfile('national').calendar);

describe('isWorkingDay on the national calendar (国务院办公厅 notices)', () => {
  it.each([
    ['2024-02-09', true, '除夕, a Friday: a working day (the notice only encourages leave)'],
    ['2024-02-10', false, '春节 starts (Saturday)'],
    ['2024-02-12', false, '春节, a Monday'],
    ['2024-02-17', false, '春节 ends (Saturday)'],
    ['2024-02-04', true, '调休上班 Sunday before 春节'],
    ['2024-02-18', true, '调休上班 Sunday after 春节'],
    ['2024-02-19', true, 'an ordinary Monday'],
    ['2024-02-24', false, 'an ordinary Saturday'],
    ['2024-10-07', false, '国庆 ends (Monday)'],
    ['2024-10-12', true, '调休上班 Saturday'],
    ['2020-01-31', false, '2020 春节 extended to 02-02 (国办发明电〔2020〕1号)'],
    ['2020-02-01', false, 'the 2020-02-01 make-up day fell inside the extended break'],
    ['2020-02-03', true, 'work resumed on 2020-02-03'],
    ['2019-05-02', false, '2019 劳动节 as amended: 05-01..05-04'],
    ['2019-05-05', true, '2019 劳动节 make-up Sunday'],
    ['2018-12-29', true, '2019 notice: 元旦 make-up Saturday in 2018'],
    ['2018-12-31', false, '2019 notice: 元旦 break starts 2018-12-30'],
    ['2025-01-26', true, '2025 春节 make-up Sunday'],
    ['2025-02-04', false, '2025 春节 ends (Tuesday)'],
    ['2026-02-23', false, '2026 春节 ends (Monday)'],
    ['2026-02-28', true, '2026 春节 make-up Saturday'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(NATIONAL, date)).toBe(expected);
  });

  it('a year without a notice counts weekends only, and says so', () => {
    expect(hasHolidayData(NATIONAL, 2024)).toBe(true);
    expect(hasHolidayData(NATIONAL, 2030)).toBe(false);
    expect(isWorkingDay(NATIONAL, '2030-10-01')).toBe(true); // a Tuesday, no data
    expect(isWorkingDay(NATIONAL, '2030-10-05')).toBe(false); // a Saturday
    expect(isWorkingDay(WEEKENDS_ONLY, '2024-02-12')).toBe(true);
  });
});

describe('lastWorkingDayOnOrBefore (S0: a due date on a holiday moves to the eve of the break)', () => {
  it.each([
    ['2024-10-05', '2024-09-30', 'inside 国庆 → the Monday before'],
    ['2024-10-01', '2024-09-30', '国庆 day 1'],
    ['2023-10-01', '2023-09-28', '中秋国庆 2023 starts 09-29'],
    ['2025-02-01', '2025-01-27', 'inside 春节 2025 (01-26 Sunday is 调休上班, 01-27 a Monday)'],
    ['2020-02-01', '2020-01-23', 'the cancelled make-up Saturday of 2020'],
    ['2024-08-31', '2024-08-30', 'an ordinary Saturday → Friday'],
    ['2019-06-15', '2019-06-14', 'S0: 一季度成果 by 06-15, a Saturday'],
    ['2020-01-01', '2019-12-31', 'S0: annual by 2020-01-01, 元旦'],
    ['2019-10-10', '2019-10-10', 'S0: 10-10, a Thursday, stays'],
    ['2024-02-18', '2024-02-18', 'a make-up Sunday is a working day'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(lastWorkingDayOnOrBefore(NATIONAL, date)).toBe(expected);
  });

  it('firstWorkingDayOnOrAfter goes the other way', () => {
    expect(firstWorkingDayOnOrAfter(NATIONAL, '2024-10-05')).toBe('2024-10-08');
    expect(firstWorkingDayOnOrAfter(NATIONAL, '2024-10-08')).toBe('2024-10-08');
  });

  it('adjustDueDate follows the profile rule', () => {
    expect(adjustDueDate(NATIONAL, '2024-10-05', 'before-break')).toBe('2024-09-30');
    expect(adjustDueDate(NATIONAL, '2024-10-05', undefined)).toBe('2024-10-05');
  });
});

describe('addWorkingDays (S0: 挂牌督办 reported within 3 working days)', () => {
  it.each([
    ['2024-09-27', 3, '2024-10-08', 'Fri + 3: Sun 09-29 (调休), Mon 09-30, then after 国庆 Tue 10-08'],
    ['2024-02-08', 3, '2024-02-19', 'Thu + 3: Fri 02-09, Sun 02-18 (调休), Mon 02-19'],
    ['2024-03-01', 3, '2024-03-06', 'Fri + 3 in an ordinary week'],
    ['2024-03-06', -3, '2024-03-01', 'backwards'],
    ['2024-03-02', 0, '2024-03-02', '0 keeps the date'],
  ])('%s + %i → %s (%s)', (date, count, expected) => {
    expect(addWorkingDays(NATIONAL, date, count)).toBe(expected);
  });

  it('counts working days in (from, to]', () => {
    expect(workingDaysBetween(NATIONAL, '2024-09-27', '2024-10-08')).toBe(3);
    expect(workingDaysBetween(NATIONAL, '2024-10-08', '2024-09-27')).toBe(0);
  });

  it('refuses a fractional count', () => {
    expect(() => addWorkingDays(NATIONAL, '2024-03-01', 1.5)).toThrow(RangeError);
  });
});

// Dates from 2018-06 to 2027-06: across every notice and into years without one.
const anyDate = fc.integer({ min: dayNumber('2018-06-01'), max: dayNumber('2027-06-30') }).map(fromDayNumber);

/** A random calendar: random breaks (up to 12 days) and random make-up weekend days. */
const anyCalendar: fc.Arbitrary<WorkingDayCalendar> = fc
  .record({
    breaks: fc.array(fc.record({ start: anyDate, length: fc.integer({ min: 1, max: 12 }) }), { maxLength: 40 }),
    work: fc.array(anyDate, { maxLength: 40 }),
  })
  .map(({ breaks, work }) => {
    const off = new Set<string>();
    for (const b of breaks) for (let i = 0; i < b.length; i += 1) off.add(addDays(b.start, i));
    return { off, work: new Set(work.filter(isWeekend).filter((d) => !off.has(d))), years: new Set<number>() };
  });

const calendars = fc.oneof(fc.constant(NATIONAL), fc.constant(WEEKENDS_ONLY), anyCalendar);

describe('calendar arithmetic properties', () => {
  it('lastWorkingDayOnOrBefore: a working day, never after the input, nothing skipped, idempotent', () => {
    fc.assert(
      fc.property(calendars, anyDate, (calendar, date) => {
        const result = lastWorkingDayOnOrBefore(calendar, date);
        expect(isWorkingDay(calendar, result)).toBe(true);
        expect(result <= date).toBe(true);
        expect(workingDaysBetween(calendar, result, date)).toBe(0);
        expect(lastWorkingDayOnOrBefore(calendar, result)).toBe(result);
        if (isWorkingDay(calendar, date)) expect(result).toBe(date);
      }),
      { numRuns: 500 },
    );
  });

  it('addWorkingDays: lands on a working day after the input, exactly n working days later', () => {
    fc.assert(
      fc.property(calendars, anyDate, fc.integer({ min: 1, max: 40 }), (calendar, date, n) => {
        const result = addWorkingDays(calendar, date, n);
        expect(result > date).toBe(true);
        expect(isWorkingDay(calendar, result)).toBe(true);
        expect(workingDaysBetween(calendar, date, result)).toBe(n);
        // Going back n working days lands on the input when it is a working day, else on the eve of its break.
        expect(addWorkingDays(calendar, result, -n)).toBe(lastWorkingDayOnOrBefore(calendar, date));
      }),
      { numRuns: 500 },
    );
  });

  it('addWorkingDays composes: (d + a) + b = d + (a + b)', () => {
    fc.assert(
      fc.property(calendars, anyDate, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), (calendar, date, a, b) => {
        expect(addWorkingDays(calendar, addWorkingDays(calendar, date, a), b)).toBe(addWorkingDays(calendar, date, a + b));
      }),
      { numRuns: 300 },
    );
  });

  it('adjustDueDate: before-break never moves a date later and is idempotent; none is the identity', () => {
    fc.assert(
      fc.property(calendars, anyDate, (calendar, date) => {
        const adjusted = adjustDueDate(calendar, date, 'before-break');
        expect(adjusted <= date).toBe(true);
        expect(adjustDueDate(calendar, adjusted, 'before-break')).toBe(adjusted);
        expect(adjustDueDate(calendar, date, undefined)).toBe(date);
      }),
      { numRuns: 300 },
    );
  });
});
