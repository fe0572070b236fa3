/**
 * Invariants every generated report satisfies (reports-and-ledger.md): the three verdict parts sum
 * to part 1.2; 处罚, 结案, 落实到位 ≤ 立案; 1.5 + 1.6 ≤ 1.4; resolved areas ≤ 违法 areas; part 0 is
 * land + 矿产; every percentage lies in 0–100. And the 问责 flip list does what it says.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInProfile } from '../../shared/profiles/profiles';
import { buildPeriodReport } from '../../shared/report/period-report';
import { parseReportPeriod } from '../../shared/report/report-period';
import { fixtureSet, type RawRow } from './report-fixtures';

const profile = builtInProfile('national');
const YEAR = parseReportPeriod('2023');
if (!YEAR) throw new Error('period');

const yesNo = fc.constantFrom('是', '否', undefined);
const area = fc.integer({ min: 0, max: 200_000 }).map((n) => n / 10_000);
const row: fc.Arbitrary<RawRow> = fc.record(
  {
    patchId: fc.constantFrom('P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8'),
    plotId: fc.constantFrom('1', '2'),
    offenceNo: fc.constantFrom('W1', 'W2', 'W3', undefined),
    town: fc.constantFrom('甲镇', '乙镇'),
    issuedAt: fc.constantFrom('2023-02-10', '2023-05-21', '2023-11-30', '2022-12-01'),
    patchKind: fc.constantFrom('土地', '矿产'),
    verdict: fc.constantFrom('合法', '违法', '其他', '伪变化', '待定', undefined),
    areaMonitored: area,
    areaCultivated: area,
    areaFarmland: area,
    violationCultivated: area,
    caseFiled: yesNo,
    caseClosed: yesNo,
    penaltyEnforced: yesNo,
    penaltyNo: fc.constantFrom('罚〔2023〕1号', undefined),
    rectResolved: yesNo,
    rectMeasure: fc.constantFrom('拆除复耕', '补办手续', '没收', undefined),
    rectDate: fc.constantFrom('2023-12-01', '2024-03-01', undefined),
    flagOneHouse: yesNo,
  },
  { requiredKeys: ['patchId', 'town', 'issuedAt', 'patchKind'] },
);

const columns = [
  'plotId',
  'offenceNo',
  'verdict',
  'areaMonitored',
  'areaCultivated',
  'areaFarmland',
  'violationCultivated',
  'caseFiled',
  'caseClosed',
  'penaltyEnforced',
  'penaltyNo',
  'rectResolved',
  'rectMeasure',
  'rectDate',
  'flagOneHouse',
] as const;

function num(v: number | null | undefined): number {
  expect(v === null || v === undefined ? 0 : v).toBeGreaterThanOrEqual(0);
  return v ?? 0;
}

describe('report invariants on generated exports', () => {
  it('hold for every set of rows', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.integer({ min: 1, max: 5_000 }), (raws, denominator) => {
        const set = fixtureSet(raws, columns);
        const r = buildPeriodReport(set.rows, { profile, period: YEAR, asOf: '2024-06-30', level: 'county', present: set.present, denominatorMu: denominator });
        const f = r.figures;
        for (const kind of ['land', 'mineral']) {
          const part = (name: string) => num(f[`${kind}.${name}`]);
          expect(part('illegal.count') + part('legal.count') + part('other.count')).toBe(part('verified.count'));
          expect(part('verified.count')).toBeLessThanOrEqual(part('issued.count'));
          for (const a of ['areaMu', 'cultivatedMu', 'farmlandMu']) {
            expect(part(`illegal.${a}`) + part(`legal.${a}`) + part(`other.${a}`)).toBeCloseTo(part(`verified.${a}`), 1);
            expect(part(`verified.${a}`)).toBeLessThanOrEqual(part(`issued.${a}`) + 1e-6);
          }
          for (const step of ['penalised', 'closed', 'enforced']) expect(part(`cases.${step}`)).toBeLessThanOrEqual(part('cases.filed'));
          expect(part('cases.filed')).toBeLessThanOrEqual(part('cases.total'));
          expect(part('cases.resolved') + part('cases.unresolvedUnfiled')).toBeLessThanOrEqual(part('cases.total'));
          expect(part('cases.total')).toBeLessThanOrEqual(part('illegal.count'));
          for (const a of ['AreaMu', 'CultivatedMu', 'FarmlandMu']) expect(part(`cases.resolved${a}`)).toBeLessThanOrEqual(part(`cases.${a.charAt(0).toLowerCase()}${a.slice(1)}`) + 1e-6);
        }
        for (const key of ['issued.count', 'verified.count', 'cases.total', 'cases.filed', 'cases.resolved']) expect(f[`total.${key}`]).toBe(num(f[`land.${key}`]) + num(f[`mineral.${key}`]));
        for (const [key, value] of Object.entries(f)) {
          if (key.endsWith('Pct') && !key.startsWith('land.ratios') && value !== null) {
            expect(value, key).toBeGreaterThanOrEqual(0);
            expect(value, key).toBeLessThanOrEqual(100);
          }
          if (value !== null) expect(Number(value.toFixed(4)), key).toBe(value);
        }
        for (const m of r.missing) expect(f[m.key]).toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  it('rectifying the flip list (拆除复耕 by the cut-off) takes the county out of scope; the list without its last item does not', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.integer({ min: 1, max: 2_000 }), (raws, denominator) => {
        const set = fixtureSet(raws, columns);
        const options = { profile, period: YEAR, asOf: '2024-06-30', level: 'county' as const, present: set.present, denominatorMu: denominator };
        const a = buildPeriodReport(set.rows, options).accountability;
        if (a.withinScope !== true || a.flipItems.length === 0) return;
        if (!a.flipReachable) {
          // even every open item would not do: the list holds them all
          expect(a.flipItems.every((i) => !i.flipsAlone)).toBe(true);
          return;
        }
        const rectify = (ids: ReadonlySet<string>) =>
          fixtureSet(
            raws.map((raw) =>
              ids.has(String(raw.patchId)) && raw.verdict === '违法' && raw.patchKind === '土地' && raw.rectResolved !== '是' && raw.flagOneHouse !== '是'
                ? { ...raw, rectMeasure: '拆除复耕', rectResolved: '是', rectDate: '2023-12-01' }
                : raw,
            ),
            columns,
          );
        const all = new Set(a.flipItems.map((i) => i.patchId ?? ''));
        const after = rectify(all);
        expect(buildPeriodReport(after.rows, { ...options, present: after.present }).accountability.withinScope).toBe(false);
        const fewer = new Set(a.flipItems.slice(0, -1).map((i) => i.patchId ?? ''));
        const partial = rectify(fewer);
        expect(buildPeriodReport(partial.rows, { ...options, present: partial.present }).accountability.withinScope).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
