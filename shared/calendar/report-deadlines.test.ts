import { describe, expect, it } from 'vitest';
import { builtInProfile } from '../profiles/profiles';
import type { Profile } from '../profiles/profile-schema';
import { monthlyDeadline, nextDeadlines, reportDeadlines } from './report-deadlines';
import { isWorkingDay, workingDayCalendar } from './working-days';

const national = builtInProfile('national');
const calendar = workingDayCalendar(national.calendar);

describe('月清 deadlines (S4: issued by the 20th → done by the 24th, since 2023)', () => {
  it('an ordinary month: the 24th itself', () => {
    expect(monthlyDeadline(national, 2024, 4)).toMatchObject({ id: 'monthly-2024-04', nominal: '2024-04-24', due: '2024-04-24', issuedBy: '2024-04-20', source: 'S4' });
  });

  it('a 24th on a weekend or holiday moves to the working day before the break', () => {
    expect(monthlyDeadline(national, 2024, 2)?.due).toBe('2024-02-23'); // Saturday → Friday
    expect(monthlyDeadline(national, 2023, 6)?.due).toBe('2023-06-21'); // 端午 06-22..06-24
  });

  it('no 月清 before the profile says it began', () => {
    expect(monthlyDeadline(national, 2022, 12)).toBeUndefined();
  });

  it('follows the profile: a profile without the working-day rule keeps the 24th', () => {
    const plain: Profile = { ...national, calendar: { ...national.calendar, workingDayRule: 'none' } };
    expect(monthlyDeadline(plain, 2024, 2)?.due).toBe('2024-02-24');
  });
});

describe('report deadlines of a data year (calendar.years)', () => {
  it('2019 (S0): 06-15 is a Saturday, 2020-01-01 is 元旦', () => {
    const byId = new Map(reportDeadlines(national, 2019).map((d) => [d.id, d]));
    expect(byId.get('2019-q1-to-city')).toMatchObject({ nominal: '2019-06-15', due: '2019-06-14' });
    expect(byId.get('2019-q2-to-city')).toMatchObject({ nominal: '2019-07-10', due: '2019-07-10' });
    expect(byId.get('2019-annual')).toMatchObject({ nominal: '2020-01-01', due: '2019-12-31' });
  });

  it('every due date is a working day, never after the stated date', () => {
    for (const year of Object.keys(national.calendar.years)) {
      for (const d of reportDeadlines(national, Number(year))) {
        expect(isWorkingDay(calendar, d.due), d.id).toBe(true);
        expect(d.due <= d.nominal, d.id).toBe(true);
      }
    }
  });

  it('a year the profile has no dates for gives none', () => {
    expect(reportDeadlines(national, 2021)).toEqual([]);
  });
});

describe('nextDeadlines', () => {
  it('from 2024-02-25: the 2023 province final, next month’s 月清, the 2024 report dates, soonest first', () => {
    const next = nextDeadlines(national, '2024-02-25', 4);
    expect(next.map((d) => d.id)).toEqual(['2023-province-final', 'monthly-2024-03', '2024-may', '2024-aug']);
    expect(next[1]?.due).toBe('2024-03-22'); // 03-24 is a Sunday
    expect(next[3]?.due).toBe('2024-08-30'); // 08-31 is a Saturday
  });

  it('includes today, and this month’s 月清 while it is ahead', () => {
    expect(nextDeadlines(national, '2024-04-24', 1)[0]?.id).toBe('monthly-2024-04');
  });

  it('is empty of report dates past the profile’s last year, keeping the 月清', () => {
    const next = nextDeadlines(national, '2026-03-01', 5);
    expect(next.map((d) => d.kind)).toEqual(['monthly', 'monthly']);
  });
});
