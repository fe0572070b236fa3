import { describe, expect, it } from 'vitest';
import { builtInProfile, resolveProfile } from '../profiles/profiles';
import { isWeekend } from './iso-days';
import { expandDayOrRange, isWorkingDay, workingDayCalendar } from './working-days';

/**
 * Cross-checks of the holiday data in national.json against the notices' own arithmetic. Each
 * year's 放假 weekdays minus its 调休上班 days must equal the statutory holidays that fell on
 * weekdays: 11 days a year under the 2013 放假办法 (元旦 1, 春节 3, 清明 1, 劳动 1, 端午 1, 中秋 1,
 * 国庆 3), 13 from 2025 (2024 修订: 除夕 and 5月2日 added). 2020 has 2 more: the 春节 extension
 * (国办发明电〔2020〕1号) added 01-31 and cancelled the 02-01 make-up day.
 */
const STATUTORY_WEEKDAYS: Record<string, number> = {
  '2019': 11,
  '2020': 13,
  '2021': 11,
  '2022': 11,
  '2023': 11,
  '2024': 11,
  '2025': 13,
  '2026': 13,
};

const national = builtInProfile('national');
const holidays = national.calendar.holidays ?? {};

describe('national holiday calendar (国务院办公厅 notices 2019–2026)', () => {
  it('has a notice for every year 2019–2026, each citing its source', () => {
    expect(Object.keys(holidays).sort()).toEqual(Object.keys(STATUTORY_WEEKDAYS));
    for (const notice of Object.values(holidays)) expect(notice.notice).toMatch(/国务院办公厅关于20\d\d年部分节假日安排的通知/u);
  });

  it.each(Object.entries(STATUTORY_WEEKDAYS))('%s: 放假 weekdays − 调休上班 days = %i statutory days', (year, expected) => {
    const notice = holidays[year];
    expect(notice).toBeDefined();
    if (!notice) return;
    const offWeekdays = notice.off.flatMap(expandDayOrRange).filter((d) => !isWeekend(d)).length;
    expect(offWeekdays - notice.work.length).toBe(expected);
  });

  it.each(Object.keys(STATUTORY_WEEKDAYS))('%s: every 调休上班 day is a Saturday or Sunday outside every break', (year) => {
    const notice = holidays[year];
    const off = new Set(Object.values(holidays).flatMap((n) => n.off.flatMap(expandDayOrRange)));
    for (const day of notice?.work ?? []) {
      expect(isWeekend(day), day).toBe(true);
      expect(off.has(day), day).toBe(false);
    }
  });

  it('2024 春节: 02-10..02-17 off, 02-04 and 02-18 worked (国办发明电〔2023〕7号)', () => {
    const notice = holidays['2024'];
    expect(notice?.off).toContain('2024-02-10..2024-02-17');
    expect(notice?.work).toEqual(expect.arrayContaining(['2024-02-04', '2024-02-18']));
  });

  it('working days per year come out as the notices imply', () => {
    const calendar = workingDayCalendar(national.calendar);
    const workingDaysIn = (year: number) => {
      let count = 0;
      for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
        if (isWorkingDay(calendar, d.toISOString().slice(0, 10))) count += 1;
      }
      return count;
    };
    // 2024: 262 weekdays − 11 statutory = 251 (widely reported); 2025: 261 weekdays − 13 statutory = 248.
    expect(workingDaysIn(2024)).toBe(251);
    expect(workingDaysIn(2025)).toBe(248);
  });

  it('the schema refuses a reversed range, a malformed day and an unknown 复核 reason, naming the path', () => {
    const paths = (calendar: object) => {
      const r = resolveProfile({ extends: 'national', id: 'x', name: 'x', calendar });
      return r.ok ? [] : r.problems.map((p) => p.path);
    };
    expect(paths({ holidays: { '2030': { notice: 'n', off: ['2030-10-07..2030-10-01'], work: [] } } })).toEqual(['calendar.holidays.2030.off.0']);
    expect(paths({ holidays: { '2030': { notice: 'n', off: ['2030/10/01'], work: [] } } })).toEqual(['calendar.holidays.2030.off.0']);
    expect(paths({ reviewCycles: { 拆除: { months: 3, source: 'inferred', note: 'typo' } } })).not.toEqual([]);
    expect(paths({ holidays: { '2030': { notice: 'n', off: ['2030-10-01..2030-10-07'], work: ['2030-09-29'] } } })).toEqual([]);
  });

  it('an extending profile inherits the calendar', () => {
    expect(builtInProfile('shandong-weihai-2023').calendar.holidays).toEqual(holidays);
  });
});
