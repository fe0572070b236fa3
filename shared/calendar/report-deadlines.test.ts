import { describe, expect, it } from 'vitest';
import { builtInProfile } from '../profiles/profiles';
import { monthlyDeadline, nextDeadlines, reportDeadlines } from './report-deadlines';
import { isWorkingDay, workingDayCalendar } from './working-days';

const national = builtInProfile('national');
const lishi = builtInProfile('shanxi-lishi-2019');
const sichuan = builtInProfile('sichuan-2020');
const weihai = builtInProfile('shandong-weihai-2023');
const golmud = builtInProfile('qinghai-golmud-2024');
const calendar = workingDayCalendar(national.calendar);

describe('月清 deadlines (S4 威海 2023: issued by the 20th → done by the 24th)', () => {
  it('an ordinary month: the 24th itself', () => {
    expect(monthlyDeadline(weihai, 2024, 4)).toMatchObject({ id: 'monthly-2024-04', nominal: '2024-04-24', due: '2024-04-24', issuedBy: '2024-04-20', source: 'S4' });
  });

  it('a 24th on a weekend stands as written: S4 does not move it', () => {
    expect(monthlyDeadline(weihai, 2024, 2)?.due).toBe('2024-02-24');
  });

  it('no 月清 before the profile says it began', () => {
    expect(monthlyDeadline(weihai, 2022, 12)).toBeUndefined();
  });

  it('national has no 月清: no nationwide notice we hold sets one', () => {
    expect(monthlyDeadline(national, 2024, 4)).toBeUndefined();
  });
});

describe('report deadlines of a data year (calendar.years)', () => {
  it('national: the Ministry’s 2020 dates (自然资办发〔2020〕10号), as written', () => {
    expect(reportDeadlines(national, 2020).map((d) => [d.id, d.due])).toEqual([
      ['2020-q1-bulletin', '2020-04-30'],
      ['2020-half-year', '2020-07-31'],
      ['2020-q3-bulletin', '2020-10-31'], // a Saturday: the notice does not move it
      ['2020-annual', '2021-02-28'],
    ]);
  });

  it('格尔木 2024 (S2): 2025-01-31 stands as 01-31, not moved to a working day', () => {
    const byId = new Map(reportDeadlines(golmud, 2024).map((d) => [d.id, d]));
    expect(byId.get('2024-jan')).toMatchObject({ nominal: '2025-01-31', due: '2025-01-31' });
    expect(byId.get('2024-aug')).toMatchObject({ nominal: '2024-08-31', due: '2024-08-31' });
  });

  it('离石 2019 (S0): only the monthly progress report moves off a weekend or holiday', () => {
    const byId = new Map(reportDeadlines(lishi, 2019).map((d) => [d.id, d]));
    expect(byId.get('2019-q1-to-city')).toMatchObject({ nominal: '2019-06-15', due: '2019-06-15' });
    expect(byId.get('2019-annual')).toMatchObject({ nominal: '2020-01-01', due: '2020-01-01' });
    expect(byId.get('2019-monthly-06')).toMatchObject({ nominal: '2019-06-15', due: '2019-06-14' }); // Saturday → Friday
    expect(byId.get('2019-monthly-09')).toMatchObject({ nominal: '2019-09-15', due: '2019-09-12' }); // 中秋 09-13..09-15
    for (const d of reportDeadlines(lishi, 2019)) if (d.id.includes('monthly')) expect(isWorkingDay(calendar, d.due), d.id).toBe(true);
  });

  it('四川 2020 (S1): the city→province dates beside the province→Ministry ones', () => {
    const ids = reportDeadlines(sichuan, 2020).map((d) => `${d.id} ${d.due}`);
    expect(ids).toContain('2020-half-year-to-province 2020-07-20');
    expect(ids).toContain('2020-q3-to-province 2020-10-20');
    expect(ids).toContain('2020-annual-to-province 2021-02-10');
    expect(ids).toContain('2020-annual 2021-02-28');
  });

  it('威海 2023 (S4): its own report dates', () => {
    expect(reportDeadlines(weihai, 2023).map((d) => d.due)).toEqual(['2023-07-25', '2024-01-25', '2024-02-29']);
  });

  it('a year the profile has no dates for gives none', () => {
    expect(reportDeadlines(national, 2021)).toEqual([]);
  });
});

describe('nextDeadlines', () => {
  it('威海 from 2024-02-25: the 2023 province final, then next month’s 月清, soonest first', () => {
    const next = nextDeadlines(weihai, '2024-02-25', 3);
    expect(next.map((d) => d.id)).toEqual(['2023-province-final', 'monthly-2024-03']); // February’s 24th has passed
    expect(next[1]?.due).toBe('2024-03-24');
  });

  it('includes today, and this month’s 月清 while it is ahead', () => {
    expect(nextDeadlines(weihai, '2024-04-24', 1)[0]?.id).toBe('monthly-2024-04');
  });

  it('格尔木 from 2024-08-01: its report dates in order', () => {
    expect(nextDeadlines(golmud, '2024-08-01', 3).map((d) => d.id)).toEqual(['2024-aug', '2024-nov', '2024-jan']);
  });

  it('is empty past the profile’s last year when it has no 月清', () => {
    expect(nextDeadlines(national, '2026-03-01', 5)).toEqual([]);
  });
});
