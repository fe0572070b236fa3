import { describe, expect, it } from 'vitest';
import { builtInProfile } from '../../shared/profiles/profiles';
import { buildPeriodReport, type ReportOptions } from '../../shared/report/period-report';
import { parseReportPeriod } from '../../shared/report/report-period';
import { COUNTY_ON_THE_LINE, SMALL_COUNTY, fixtureSet, type RawRow } from './report-fixtures';

const profile = builtInProfile('national');
// 威海 2023 (S4): the 2024-01-31 cut-off of the 2023 data and the 月清 rule are its own, not national.
const weihai = builtInProfile('shandong-weihai-2023');

function report(raws: readonly RawRow[], period: string, extra: Partial<ReportOptions> = {}) {
  const set = fixtureSet(raws);
  const p = parseReportPeriod(period);
  if (!p) throw new Error(period);
  return buildPeriodReport(set.rows, { profile, period: p, asOf: '2024-06-30', level: 'county', present: set.present, ...extra });
}

describe('快报 figures of a small county (counted by hand)', () => {
  const r = report(SMALL_COUNTY, '2023Q2', { denominatorMu: 300, newConstructionMu: 1000 });
  const f = r.figures;

  it('part 1.1–1.2: issued and verified land patches, areas in 公顷 and 亩, four percentages', () => {
    // I = P1 P2 P3 P4 P5 P7 (P6 is issued in Q3): 1+2+0.5+0.3+0.2+0.4 = 4.4 公顷 = 66 亩; 耕地 2.8 公顷; 永农 0.3 公顷.
    expect([
      f['land.issued.count'],
      f['land.issued.areaHa'],
      f['land.issued.areaMu'],
      f['land.issued.cultivatedHa'],
      f['land.issued.cultivatedMu'],
      f['land.issued.farmlandHa'],
      f['land.issued.farmlandMu'],
    ]).toEqual([6, 4.4, 66, 2.8, 42, 0.3, 4.5]);
    // D = I without P5 (no verdict): 5 patches, 4.2 公顷, 耕地 2.6, 永农 0.2.
    expect([f['land.verified.count'], f['land.verified.areaHa'], f['land.verified.cultivatedHa'], f['land.verified.farmlandHa']]).toEqual([5, 4.2, 2.6, 0.2]);
    // 5/6, 4.2/4.4, 2.6/2.8, 0.2/0.3
    expect([f['land.verified.countPct'], f['land.verified.areaPct'], f['land.verified.cultivatedPct'], f['land.verified.farmlandPct']]).toEqual([83.33, 95.45, 92.86, 66.67]);
  });

  it('part 1.3: 违法 / 合法 / 其他 partition D', () => {
    expect([f['land.illegal.count'], f['land.illegal.areaHa'], f['land.illegal.areaMu'], f['land.illegal.cultivatedHa'], f['land.illegal.farmlandHa']]).toEqual([3, 3.4, 51, 2.5, 0.2]);
    expect([f['land.legal.count'], f['land.legal.areaHa']]).toEqual([1, 0.5]);
    expect([f['land.other.count'], f['land.other.areaHa']]).toEqual([1, 0.3]);
  });

  it('part 1.4–1.6: 件, 立案, 处罚, 结案, 落实到位, resolved and neither resolved nor filed', () => {
    // V = P1 P2 P7 (one patch one 件); 立案 P1 P7; 处罚 P1 (文号) and P7 (罚款 500); 结案/落实 P1 only.
    expect([f['land.cases.total'], f['land.cases.filed'], f['land.cases.filedPct']]).toEqual([3, 2, 66.67]);
    expect([f['land.cases.penalised'], f['land.cases.penalisedPct'], f['land.cases.closed'], f['land.cases.closedPct'], f['land.cases.enforced'], f['land.cases.enforcedPct']]).toEqual([
      2, 100, 1, 50, 1, 50,
    ]);
    // resolved: P1 — 1 公顷 of 3.4, 耕地 0.6 of 2.5, 永农 0.2 of 0.2
    expect([
      f['land.cases.resolved'],
      f['land.cases.resolvedAreaHa'],
      f['land.cases.resolvedAreaMu'],
      f['land.cases.resolvedPct'],
      f['land.cases.resolvedAreaPct'],
      f['land.cases.resolvedCultivatedPct'],
      f['land.cases.resolvedFarmlandPct'],
    ]).toEqual([1, 1, 15, 33.33, 29.41, 24, 100]);
    // neither: P2 — 2 公顷, 耕地 1.5, 永农 0
    expect([
      f['land.cases.unresolvedUnfiled'],
      f['land.cases.unresolvedUnfiledAreaHa'],
      f['land.cases.unresolvedUnfiledPct'],
      f['land.cases.unresolvedUnfiledAreaPct'],
      f['land.cases.unresolvedUnfiledCultivatedPct'],
      f['land.cases.unresolvedUnfiledFarmlandPct'],
    ]).toEqual([1, 2, 33.33, 58.82, 60, 0]);
  });

  it('part 1.7: after deducting resolved areas, against the entered denominators', () => {
    // (51 − 15) / 1000 亩; (37.5 − 9) / 300 亩
    expect([f['land.ratios.illegalAreaPct'], f['land.ratios.illegalCultivatedPct']]).toEqual([3.6, 9.5]);
  });

  it('part 2: 矿产, with its own verdicts (伪变化 counts as verified)', () => {
    expect([f['mineral.issued.count'], f['mineral.verified.count'], f['mineral.verified.countPct'], f['mineral.illegal.count'], f['mineral.illegal.countPct']]).toEqual([2, 2, 100, 1, 50]);
    expect([
      f['mineral.cases.total'],
      f['mineral.cases.filed'],
      f['mineral.cases.filedPct'],
      f['mineral.cases.resolved'],
      f['mineral.cases.resolvedPct'],
      f['mineral.cases.unresolvedUnfiled'],
    ]).toEqual([1, 0, 0, 1, 100, 0]);
    // 处罚 % of 0 立案: blank, listed
    expect(f['mineral.cases.penalisedPct']).toBeNull();
    expect(r.missing).toContainEqual({ key: 'mineral.cases.penalisedPct', reason: '分母为零' });
  });

  it('part 0: totals over both kinds', () => {
    expect([
      f['total.issued.count'],
      f['total.verified.count'],
      f['total.verified.countPct'],
      f['total.cases.total'],
      f['total.cases.filed'],
      f['total.cases.penalised'],
      f['total.cases.resolved'],
    ]).toEqual([8, 7, 87.5, 4, 2, 2, 2]);
  });

  it('the nested tree carries the same figures, and the counting unit is stated', () => {
    expect((r.land['issued'] as Record<string, unknown>)['count']).toBe(6);
    expect(r.countingUnit.cases).toBe('patch');
    expect(r.countingUnit.note).toContain('一个违法图斑计为一件');
    expect(r.scope).toMatchObject({ rows: 9, inPeriod: 8, outOfPeriod: 1, undated: 0, periodBasis: 'issuedAt' });
  });

  it('rates per 乡镇 and for the county', () => {
    // county: fines 1500 imposed, 1200 collected; transferred P2 (feedback) and P7 (none); errors none given
    expect(r.rates.county).toMatchObject({
      records: 8,
      patches: 8,
      verified: 7,
      cases: 4,
      casesFiled: 2,
      caseFiledPct: 50,
      fineImposed: 1500,
      fineCollected: 1200,
      fineCollectionPct: 80,
      transferred: 2,
      transferredWithFeedback: 1,
      transferHandledPct: 50,
      resolved: 2,
      resolvedPct: 50,
    });
    const jia = r.rates.towns.find((t) => t.town === '甲镇');
    // 甲镇 in Q2: P1 P2 M1; 件 P1 P2 M1; 立案 P1; resolved P1 M1
    expect(jia).toMatchObject({ patches: 3, cases: 3, casesFiled: 1, caseFiledPct: 33.33, resolved: 2, resolvedPct: 66.67 });
  });
});

describe('figures that cannot be derived are blank and listed', () => {
  it('no 立案 column: 立案, 处罚, 结案, 落实到位 and the neither-nor line are blank', () => {
    const raws = SMALL_COUNTY.map(({ caseFiled: _c, caseClosed: _cc, penaltyEnforced: _pe, penaltyNo: _pn, ...rest }) => rest);
    const r = report(raws, '2023Q2');
    for (const key of ['land.cases.filed', 'land.cases.penalised', 'land.cases.closed', 'land.cases.enforced', 'land.cases.unresolvedUnfiled', 'total.cases.filed']) {
      expect(r.figures[key], key).toBeNull();
      expect(r.missing.map((m) => m.key)).toContain(key);
    }
    expect(r.figures['land.cases.total']).toBe(3);
  });

  it('no denominators entered: the 1.7 ratios and R are blank', () => {
    const r = report(SMALL_COUNTY, '2023Q2');
    expect(r.figures['land.ratios.illegalAreaPct']).toBeNull();
    expect(r.figures['land.ratios.illegalCultivatedPct']).toBeNull();
    expect(r.missing.map((m) => m.key)).toEqual(expect.arrayContaining(['land.ratios.illegalAreaPct', 'land.ratios.illegalCultivatedPct']));
    expect(r.accountability.ratio).toBeNull();
  });
});

describe('counting units', () => {
  it('plots of one patch count once, areas summed', () => {
    const raws: RawRow[] = [
      { patchId: 'P1', plotId: '1', verdict: '违法', areaMonitored: 1 },
      { patchId: 'P1', plotId: '2', verdict: '违法', areaMonitored: 0.5 },
      { patchId: 'P2', plotId: '1', verdict: '合法', areaMonitored: 0.25 },
    ];
    const r = report(raws, '2023');
    expect([r.figures['land.issued.count'], r.figures['land.issued.areaHa'], r.figures['land.illegal.count'], r.figures['land.illegal.areaHa']]).toEqual([2, 1.75, 1, 1.5]);
    expect(r.scope.periodBasis).toBe('all-rows');
  });

  it('违法行为编号: one 件 may cover several patches', () => {
    const raws: RawRow[] = [
      { patchId: 'P1', offenceNo: 'W1', verdict: '违法', caseFiled: '是' },
      { patchId: 'P2', offenceNo: 'W1', verdict: '违法', caseFiled: '否' },
      { patchId: 'P3', offenceNo: 'W2', verdict: '违法', caseFiled: '否' },
    ];
    const r = report(raws, '2023');
    expect([r.figures['land.illegal.count'], r.figures['land.cases.total'], r.figures['land.cases.filed']]).toEqual([3, 2, 1]);
    expect(r.countingUnit.cases).toBe('offenceNo');
  });

  it('批次 decides the period where there is no 下发时间', () => {
    const raws: RawRow[] = [
      { patchId: 'P1', batch: '2023年第一季度', verdict: '合法' },
      { patchId: 'P2', batch: '2023年5月', verdict: '合法' },
      { patchId: 'P3', batch: '2023年', verdict: '合法' },
    ];
    const r = report(raws, '2023Q2');
    expect(r.figures['land.issued.count']).toBe(2);
    expect(r.scope).toMatchObject({ inPeriod: 1, outOfPeriod: 1, undated: 1, periodBasis: 'batch' });
  });
});

describe('问责 on a county on the line', () => {
  const onTheLine = report(COUNTY_ON_THE_LINE, '2023', { denominatorMu: 400 });
  const a = onTheLine.accountability;

  it('applies each deduction to the side S1 says and shows both sides', () => {
    expect(a.grossNumeratorMu).toBe(255);
    const mu = Object.fromEntries(a.deductions.map((d) => [d.category, [d.mu, d.sides]]));
    expect(mu).toMatchObject({ reclaimed: [60, 'both'], oneHousehold: [30, 'numerator'], legalised: [20, 'numerator'], majorInfrastructure: [0, 'numerator'] });
    // 255 − 110 = 145; 400 − 60 = 340; 145 / 340
    expect([a.numeratorMu, a.enteredDenominatorMu, a.denominatorMu, a.ratio, a.ratioPct]).toEqual([145, 400, 340, 0.4265, 42.65]);
    expect(a.threshold).toEqual({ ratio: 0.15, areaMu: 100 });
    expect(a.withinScope).toBe(true);
    // 145 − 100; 42.65 − 15; (145 − 0.15 × 340) / 0.85 = 110.588…
    expect(a.distance).toEqual({ areaMu: 45, ratioPoints: 27.65, reclaimToRatioMu: 110.59 });
  });

  it('names the unresolved item whose rectification takes the county out of scope, largest first', () => {
    expect(a.flipItems.map((i) => [i.patchId, i.cultivatedMu, i.flipsAlone, i.numeratorAfterMu])).toEqual([['C-370', 80, true, 65]]);
    expect(a.flipReachable).toBe(true);
  });

  it('and rectifying that one item (拆除复耕 by the cut-off) does flip it', () => {
    const rectified = COUNTY_ON_THE_LINE.map((r) => (r.patchId === 'C-370' ? { ...r, rectMeasure: '拆除复耕', rectResolved: '是', rectDate: '2024-01-15' } : r));
    const after = report(rectified, '2023', { denominatorMu: 400, profile: weihai }).accountability;
    expect([after.numeratorMu, after.denominatorMu, after.withinScope]).toEqual([65, 260, false]);
    expect(after.flipItems).toEqual([]);
    // rectified after the 2023 cut-off (2024-01-31): no deduction, still within scope
    const late = COUNTY_ON_THE_LINE.map((r) => (r.patchId === 'C-370' ? { ...r, rectMeasure: '拆除复耕', rectResolved: '是', rectDate: '2024-02-10' } : r));
    expect(report(late, '2023', { denominatorMu: 400, profile: weihai }).accountability.withinScope).toBe(true);
  });

  it('a city has the 500 亩 line', () => {
    expect(report(COUNTY_ON_THE_LINE, '2023', { denominatorMu: 400, level: 'city' }).accountability).toMatchObject({ withinScope: false, threshold: { areaMu: 500 }, flipItems: [] });
  });

  it('without a denominator: scope unknown when the area is over the line', () => {
    expect(report(COUNTY_ON_THE_LINE, '2023').accountability).toMatchObject({ withinScope: null, ratio: null, denominatorMu: null });
  });
});

describe('what the dashboard reads', () => {
  const r = report(SMALL_COUNTY, '2023Q2', { withRows: true });

  it('the rows behind a count are the sheet rows counted', () => {
    // rows start at 3: P1 = 3, P2 = 4, P7 = 9
    expect([...(r.rowsBehind?.['land.illegal.count'] ?? [])].sort()).toEqual([3, 4, 9]);
    expect(r.rowsBehind?.['land.cases.filed']).toEqual([3, 9]);
    expect(report(SMALL_COUNTY, '2023Q2').rowsBehind).toBeUndefined();
  });

  it('breaks the period down by 乡镇 and by month', () => {
    expect(r.breakdown.towns).toEqual([
      { town: '甲镇', legal: 0, illegal: 3, other: 0, unverified: 0, illegalAreaMu: 55.5, illegalCultivatedMu: 22.5 + 9 },
      { town: '乙镇', legal: 1, illegal: 1, other: 2, unverified: 1, illegalAreaMu: 6, illegalCultivatedMu: 6 },
    ]);
    expect(r.breakdown.months).toEqual([
      { month: '2023-04', issued: 3, illegal: 2 },
      { month: '2023-05', issued: 3, illegal: 2 },
      { month: '2023-06', issued: 2, illegal: 0 },
    ]);
  });
});

describe('月清 in the report', () => {
  const raws: RawRow[] = [
    // May round (issued ≤ 05-20, due 05-24): on time, late, never filed
    { patchId: 'A', town: '甲镇', issuedAt: '2023-05-02', filedAt: '2023-05-24', verdict: '合法' },
    { patchId: 'B', town: '甲镇', issuedAt: '2023-05-20', filedAt: '2023-05-25', verdict: '合法' },
    { patchId: 'C', town: '乙镇', issuedAt: '2023-05-10', verdict: '违法' },
    // issued 06-25: July round, outside Q2
    { patchId: 'D', town: '乙镇', issuedAt: '2023-06-25', verdict: '合法' },
    // a 矿产 patch is not covered
    { patchId: 'E', town: '乙镇', issuedAt: '2023-05-10', patchKind: '矿产', verdict: '合法' },
  ];

  it('counts the rounds of the period already due, and those missed', () => {
    const r = report(raws, '2023Q2', { profile: weihai });
    expect(r.monthly).toEqual({ applicable: true, due: 3, overdue: 2, overduePct: 66.67, overdueRows: [4, 5] });
    expect(r.rates.towns.map((t) => [t.town, t.monthlyDue, t.monthlyOverdue])).toEqual([
      ['甲镇', 2, 1],
      ['乙镇', 1, 1],
    ]);
  });

  it('is not applicable without a 填报时间 column or without a 月清 rule in the profile', () => {
    expect(
      report(
        raws.map(({ filedAt: _f, ...rest }) => rest),
        '2023Q2',
      ).monthly,
    ).toMatchObject({ applicable: false, due: 0 });
    const { monthly: _m, ...calendar } = weihai.calendar;
    expect(report(raws, '2023Q2', { profile: { ...weihai, calendar } }).monthly).toMatchObject({ applicable: false, due: 0 });
  });
});
