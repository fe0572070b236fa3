import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, excelSerialToIso, isIsoDate, isoToExcelSerial, parseDate } from './dates';

describe('parseDate', () => {
  it.each([
    ['2023-05-06', '2023-05-06'],
    ['2023/5/6', '2023-05-06'],
    ['2023.5.6', '2023-05-06'],
    ['2023年5月6日', '2023-05-06'],
    ['２０２３年５月６日', '2023-05-06'],
    ['2023-05-06 14:30:00', '2023-05-06'],
    ['20230506', '2023-05-06'],
    [20230506, '2023-05-06'],
    [45052, '2023-05-06'],
    ['45052', '2023-05-06'],
    [45052.75, '2023-05-06'],
    [61, '1900-03-01'],
    [1, '1900-01-01'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %j as %s', (raw, iso) => {
    expect(parseDate(raw)).toEqual({ state: 'ok', iso });
  });

  it.each([
    ['2023-02-30', 'impossible'],
    ['2023-13-01', 'impossible'],
    ['2023-02-29', 'impossible'],
    ['20230230', 'impossible'],
    [60, 'serial-range'],
    [0, 'serial-range'],
    [-5, 'serial-range'],
    ['5月6日', 'format'],
    ['2023年5月', 'format'],
    ['不详', 'format'],
  ])('rejects %j (%s)', (raw, reason) => {
    expect(parseDate(raw)).toMatchObject({ state: 'invalid', reason });
  });

  it.each([undefined, null, '', '   '])('reads %j as empty', (raw) => {
    expect(parseDate(raw)).toEqual({ state: 'empty' });
  });

  it('never throws, and every ok result is a real ISO date (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constant(null)), (raw) => {
        const r = parseDate(raw);
        if (r.state === 'ok') expect(isIsoDate(r.iso)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads every accepted written form of a date back to the same day (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), (d) => {
        const y = d.getUTCFullYear();
        const m = d.getUTCMonth() + 1;
        const day = d.getUTCDate();
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        for (const text of [iso, `${y}/${m}/${day}`, `${y}.${m}.${day}`, `${y}年${m}月${day}日`]) expect(parseDate(text)).toEqual({ state: 'ok', iso });
        expect(parseDate(isoToExcelSerial(iso))).toEqual({ state: 'ok', iso });
        expect(excelSerialToIso(isoToExcelSerial(iso))).toBe(iso);
      }),
    );
  });
});

describe('addYears', () => {
  it('clamps 29 February in a common year', () => {
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2023-05-06', 2)).toBe('2025-05-06');
  });
});
