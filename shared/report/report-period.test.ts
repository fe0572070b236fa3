import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchInPeriod, parseReportPeriod, readBatchTime } from './report-period';

describe('report periods', () => {
  it('reads a quarter, a month and a year', () => {
    expect(parseReportPeriod('2023Q1')).toMatchObject({ kind: 'quarter', first: '2023-01-01', last: '2023-03-31', label: '2023年第一季度' });
    expect(parseReportPeriod('2024-02')).toMatchObject({ kind: 'month', first: '2024-02-01', last: '2024-02-29', label: '2024年2月' });
    expect(parseReportPeriod(' 2023 ')).toMatchObject({ kind: 'year', first: '2023-01-01', last: '2023-12-31' });
    for (const bad of ['2023Q0', '2023Q5', '2023-00', '2023-13', '23', '2023年', '', 'Q1']) expect(parseReportPeriod(bad), bad).toBeUndefined();
  });

  it('reads 批次 as platforms write them', () => {
    expect(readBatchTime('2023年5月')).toEqual({ year: 2023, month: 5 });
    expect(readBatchTime('2023-05')).toEqual({ year: 2023, month: 5 });
    expect(readBatchTime('202311')).toEqual({ year: 2023, month: 11 });
    expect(readBatchTime('2023年第二季度')).toEqual({ year: 2023, quarter: 2 });
    expect(readBatchTime('2023年3季度')).toEqual({ year: 2023, quarter: 3 });
    expect(readBatchTime('2023Q4')).toEqual({ year: 2023, quarter: 4 });
    expect(readBatchTime('2023年十二月')).toEqual({ year: 2023, month: 12 });
    expect(readBatchTime('2023年度')).toEqual({ year: 2023 });
    expect(readBatchTime('45061')).toEqual({ year: 2023, month: 5 });
    expect(readBatchTime('第一批')).toBeUndefined();
  });

  it('places a 批次 in a period, unknown where it names less than the period', () => {
    const q2 = parseReportPeriod('2023Q2');
    const may = parseReportPeriod('2023-05');
    if (!q2 || !may) throw new Error('periods');
    expect(batchInPeriod({ year: 2023, month: 5 }, q2)).toBe('in');
    expect(batchInPeriod({ year: 2023, month: 7 }, q2)).toBe('out');
    expect(batchInPeriod({ year: 2023, quarter: 2 }, may)).toBe('unknown');
    expect(batchInPeriod({ year: 2023 }, q2)).toBe('unknown');
    expect(batchInPeriod({ year: 2022, month: 5 }, q2)).toBe('out');
  });

  it('never throws on any text, and every period it reads lies within one year, first ≤ last', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const p = parseReportPeriod(text);
        if (p) {
          expect(p.first <= p.last).toBe(true);
          expect(p.first.slice(0, 4)).toBe(p.last.slice(0, 4));
          expect(parseReportPeriod(p.code)).toEqual(p);
        }
        const b = readBatchTime(text);
        if (b) {
          if (b.month !== undefined) expect(b.month >= 1 && b.month <= 12).toBe(true);
          if (b.quarter !== undefined) expect(b.quarter >= 1 && b.quarter <= 4).toBe(true);
        }
      }),
    );
  });

  it('reads back every generated period code', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 4 }), (year, month, quarter) => {
        expect(parseReportPeriod(`${year}-${String(month).padStart(2, '0')}`)?.index).toBe(month);
        expect(parseReportPeriod(`${year}Q${quarter}`)?.index).toBe(quarter);
        expect(readBatchTime(`${year}年${month}月`)).toEqual({ year, month });
      }),
    );
  });
});
