/**
 * Small hand-countable record sets for the report tests: every expected figure in the tests that
 * use them is worked out by hand in a comment beside it.
 */
import type { FieldId } from '../../shared/model/field-dictionary';
import { buildRecord, type PatchRecord } from '../../shared/model/patch-record';

export type RawRow = Partial<Record<FieldId, unknown>>;

export interface FixtureSet {
  readonly rows: readonly { readonly record: PatchRecord; readonly row: number }[];
  readonly present: ReadonlySet<FieldId>;
}

/** Records as a sheet would give them: every row carries every column of the set (empty or not). */
export function fixtureSet(raws: readonly RawRow[], extraColumns: readonly FieldId[] = []): FixtureSet {
  const present = new Set<FieldId>(extraColumns);
  for (const raw of raws) for (const key of Object.keys(raw) as FieldId[]) present.add(key);
  return { rows: raws.map((raw, i) => ({ record: buildRecord(raw, { present, defaultAreaUnit: 'ha' }), row: i + 3 })), present };
}

/** A county's 2023 Q2 export: six land patches in Q2 (one without a verdict), one in Q3, two 矿产. */
export const SMALL_COUNTY: readonly RawRow[] = [
  {
    patchId: 'P1',
    town: '甲镇',
    issuedAt: '2023-04-10',
    patchKind: '土地',
    verdict: '违法',
    areaMonitored: 1.0,
    areaCultivated: 0.6,
    areaFarmland: 0.2,
    caseFiled: '是',
    penaltyNo: '威资罚〔2023〕1号',
    caseClosed: '是',
    penaltyEnforced: '是',
    rectResolved: '是',
    fineAmount: 1000,
    fineCollected: 1000,
  },
  {
    patchId: 'P2',
    town: '甲镇',
    issuedAt: '2023-05-05',
    patchKind: '土地',
    verdict: '违法',
    areaMonitored: 2.0,
    areaCultivated: 1.5,
    areaFarmland: 0,
    caseFiled: '否',
    rectResolved: '否',
    transferred: '是',
    transferFeedback: '已反馈',
  },
  { patchId: 'P3', town: '乙镇', issuedAt: '2023-06-30', patchKind: '土地', verdict: '合法', areaMonitored: 0.5, areaCultivated: 0.1, areaFarmland: 0 },
  { patchId: 'P4', town: '乙镇', issuedAt: '2023-04-01', patchKind: '土地', verdict: '其他', areaMonitored: 0.3, areaCultivated: 0, areaFarmland: 0 },
  { patchId: 'P5', town: '乙镇', issuedAt: '2023-05-20', patchKind: '土地', areaMonitored: 0.2, areaCultivated: 0.2, areaFarmland: 0.1 },
  { patchId: 'P6', town: '甲镇', issuedAt: '2023-07-01', patchKind: '土地', verdict: '违法', areaMonitored: 9, areaCultivated: 9, areaFarmland: 0 },
  {
    patchId: 'P7',
    town: '乙镇',
    issuedAt: '2023-04-15',
    patchKind: '土地',
    verdict: '违法',
    areaMonitored: 0.4,
    areaCultivated: 0.4,
    areaFarmland: 0,
    caseFiled: '是',
    caseClosed: '否',
    penaltyEnforced: '否',
    rectResolved: '否',
    fineAmount: 500,
    fineCollected: 200,
    transferred: '是',
  },
  { patchId: 'M1', town: '甲镇', issuedAt: '2023-05-01', patchKind: '矿产', verdict: '违法', areaMonitored: 0.7, caseFiled: '否', rectResolved: '是' },
  { patchId: 'M2', town: '乙镇', issuedAt: '2023-06-01', patchKind: '矿产', verdict: '伪变化', areaMonitored: 0.1 },
];

/**
 * A county on the 问责 line (areas in 亩; 新增建设用地占用耕地 400 亩 entered by the user):
 * A 60 拆除复耕 by the cut-off (off both sides), B 30 一户一宅 and E 20 补办手续 (off the
 * numerator), C-370 80, D 40 and F 25 unresolved. Numerator 220 − 110 = 145 > 100 亩; denominator
 * 400 − 60 = 340; R = 145 / 340 = 42.65 % ≥ 15 %: within scope. 拆除复耕 of C-370 alone gives
 * 65 亩 ≤ 100: out of scope; D or F alone does not (105, 120 亩).
 */
export const COUNTY_ON_THE_LINE: readonly RawRow[] = [
  { patchId: 'A', town: '甲镇', issuedAt: '2023-03-01', verdict: '违法', violationCultivated: { mu: 60 }, rectMeasure: '拆除复耕', rectResolved: '是', rectDate: '2023-10-01' },
  { patchId: 'B', town: '甲镇', issuedAt: '2023-03-01', verdict: '违法', violationCultivated: { mu: 30 }, flagOneHouse: '是', rectResolved: '否' },
  { patchId: 'C-370', town: '乙镇', issuedAt: '2023-06-01', verdict: '违法', violationCultivated: { mu: 80 }, rectResolved: '否' },
  { patchId: 'D', town: '乙镇', issuedAt: '2023-06-01', verdict: '违法', violationCultivated: { mu: 40 }, rectResolved: '否' },
  { patchId: 'E', town: '丙镇', issuedAt: '2023-09-01', verdict: '违法', violationCultivated: { mu: 20 }, rectMeasure: '补办手续', rectResolved: '是', rectDate: '2023-12-01' },
  { patchId: 'F', town: '丙镇', issuedAt: '2023-09-01', verdict: '违法', violationCultivated: { mu: 25 }, rectResolved: '否' },
  { patchId: 'G', town: '丙镇', issuedAt: '2023-09-01', verdict: '合法', violationCultivated: { mu: 0 } },
];
