import type { CountedUnit } from './counting-units';
import type { FigureBook, FigureNeeds } from './figure-book';
import type { AreaPair, AreaTriple } from './report-facts';

/**
 * The figures of the 《季度卫片执法工作情况快报》 template (seed S1; reports-and-ledger.md, the 快报
 * table), for one kind of patch: I = patches issued in the period, D = those with an allowed
 * verdict, L / W / O its 合法 / 违法 / 其他 parts, V = 违法行为 in 件.
 */
export type PatchKind = 'land' | 'mineral';

const ZERO: AreaPair = { ha: 0, mu: 0 };

function rowsOf(units: readonly CountedUnit[]): () => number[] {
  return () => units.flatMap((u) => u.rows);
}

function sumAreas(units: readonly CountedUnit[], pick: (u: CountedUnit) => AreaTriple): AreaTriple {
  const total = { land: { ...ZERO }, cultivated: { ...ZERO }, farmland: { ...ZERO } };
  for (const u of units) {
    const t = pick(u);
    total.land.ha += t.land.ha;
    total.land.mu += t.land.mu;
    total.cultivated.ha += t.cultivated.ha;
    total.cultivated.mu += t.cultivated.mu;
    total.farmland.ha += t.farmland.ha;
    total.farmland.mu += t.farmland.mu;
  }
  return total;
}

const MONITORED_NEEDS: Readonly<Record<keyof AreaTriple, FigureNeeds>> = {
  land: { all: ['areaMonitored'] },
  cultivated: { all: ['areaCultivated'] },
  farmland: { all: ['areaFarmland'] },
};

const VIOLATION_NEEDS: Readonly<Record<keyof AreaTriple, FigureNeeds>> = {
  land: { anyOf: ['violationArea', 'areaMonitored'] },
  cultivated: { anyOf: ['violationCultivated', 'areaCultivated'] },
  farmland: { anyOf: ['violationFarmland', 'areaFarmland'] },
};

const AREA_KEYS: Readonly<Record<keyof AreaTriple, string>> = { land: 'area', cultivated: 'cultivated', farmland: 'farmland' };

function and(a: FigureNeeds, b: FigureNeeds): FigureNeeds {
  return { all: [...(a.all ?? []), ...(b.all ?? [])], ...(a.anyOf || b.anyOf ? { anyOf: [...(a.anyOf ?? []), ...(b.anyOf ?? [])] } : {}) };
}

/**
 * `land.issued.` + area → `land.issued.areaHa`; `land.cases.resolved` + area →
 * `land.cases.resolvedAreaHa` (beside the count `land.cases.resolved`).
 */
export function areaKey(prefix: string, part: keyof AreaTriple): string {
  const name = AREA_KEYS[part];
  return prefix.endsWith('.') ? `${prefix}${name}` : `${prefix}${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

function putAreas(book: FigureBook, prefix: string, areas: AreaTriple, needs: Readonly<Record<keyof AreaTriple, FigureNeeds>>, extra: FigureNeeds = {}): void {
  for (const part of ['land', 'cultivated', 'farmland'] as const) book.putArea(areaKey(prefix, part), areas[part], and(needs[part], extra));
}

function putAreaPercents(book: FigureBook, prefix: string, part: AreaTriple, whole: AreaTriple, needs: Readonly<Record<keyof AreaTriple, FigureNeeds>>, extra: FigureNeeds = {}): void {
  for (const p of ['land', 'cultivated', 'farmland'] as const) book.putPercent(`${areaKey(prefix, p)}Pct`, part[p].mu, whole[p].mu, and(needs[p], extra));
}

const VERDICT: FigureNeeds = { all: ['verdict'] };
const FILED: FigureNeeds = { all: ['verdict', 'caseFiled'] };
const PENALISED: FigureNeeds = { all: ['verdict', 'caseFiled'], anyOf: ['penaltyNo', 'penaltyDate', 'fineAmount'] };
const CLOSED: FigureNeeds = { all: ['verdict', 'caseFiled', 'caseClosed'] };
const ENFORCED: FigureNeeds = { all: ['verdict', 'caseFiled', 'penaltyEnforced'] };
const RESOLVED: FigureNeeds = { all: ['verdict', 'rectResolved'] };
const UNRESOLVED_UNFILED: FigureNeeds = { all: ['verdict', 'rectResolved', 'caseFiled'] };

/** The user-entered 新增建设用地 denominators of part 1.7 (亩), from 变更调查 data. */
export interface NewConstructionDenominators {
  readonly totalMu?: number;
  readonly cultivatedMu?: number;
}

/** Parts 1.1–1.7 (land) or 2.1–2.3 (mineral) into `book` under `land.` / `mineral.`. */
export function putBulletinPart(book: FigureBook, kind: PatchKind, issued: readonly CountedUnit[], cases: readonly CountedUnit[], denominators: NewConstructionDenominators): void {
  const verified = issued.filter((p) => p.verdict !== undefined);
  const issuedAreas = sumAreas(issued, (u) => u.monitored);
  const verifiedAreas = sumAreas(verified, (u) => u.monitored);

  book.put(`${kind}.issued.count`, issued.length, {}, 0, rowsOf(issued));
  putAreas(book, `${kind}.issued.`, issuedAreas, MONITORED_NEEDS);
  book.put(`${kind}.verified.count`, verified.length, VERDICT, 0, rowsOf(verified));
  putAreas(book, `${kind}.verified.`, verifiedAreas, MONITORED_NEEDS, VERDICT);
  book.putPercent(`${kind}.verified.countPct`, verified.length, issued.length, VERDICT);
  putAreaPercents(book, `${kind}.verified.`, verifiedAreas, issuedAreas, MONITORED_NEEDS, VERDICT);

  for (const [name, verdict] of [
    ['illegal', 'illegal'],
    ['legal', 'legal'],
    ['other', 'other'],
  ] as const) {
    const part = verified.filter((p) => p.verdict === verdict);
    book.put(`${kind}.${name}.count`, part.length, VERDICT, 0, rowsOf(part));
    putAreas(
      book,
      `${kind}.${name}.`,
      sumAreas(part, (u) => u.monitored),
      MONITORED_NEEDS,
      VERDICT,
    );
    book.putPercent(`${kind}.${name}.countPct`, part.length, verified.length, VERDICT);
  }

  const filed = cases.filter((c) => c.caseFiled);
  const resolved = cases.filter((c) => c.resolved);
  const unresolvedUnfiled = cases.filter((c) => !c.resolved && !c.caseFiled);
  const caseAreas = sumAreas(cases, (u) => u.violation);
  const resolvedAreas = sumAreas(resolved, (u) => u.violation);
  const unresolvedUnfiledAreas = sumAreas(unresolvedUnfiled, (u) => u.violation);
  const c = `${kind}.cases`;
  book.put(`${c}.total`, cases.length, VERDICT, 0, rowsOf(cases));
  putAreas(book, `${c}.`, caseAreas, VIOLATION_NEEDS, VERDICT);
  book.put(`${c}.filed`, filed.length, FILED, 0, rowsOf(filed));
  book.putPercent(`${c}.filedPct`, filed.length, cases.length, FILED);
  for (const [name, needs, pick] of [
    ['penalised', PENALISED, (u: CountedUnit) => u.penalised],
    ['closed', CLOSED, (u: CountedUnit) => u.closed],
    ['enforced', ENFORCED, (u: CountedUnit) => u.enforced],
  ] as const) {
    const done = filed.filter(pick);
    book.put(`${c}.${name}`, done.length, needs, 0, rowsOf(done));
    book.putPercent(`${c}.${name}Pct`, done.length, filed.length, needs);
  }
  book.put(`${c}.resolved`, resolved.length, RESOLVED, 0, rowsOf(resolved));
  putAreas(book, `${c}.resolved`, resolvedAreas, VIOLATION_NEEDS, RESOLVED);
  book.putPercent(`${c}.resolvedPct`, resolved.length, cases.length, RESOLVED);
  putAreaPercents(book, `${c}.resolved`, resolvedAreas, caseAreas, VIOLATION_NEEDS, RESOLVED);
  book.put(`${c}.unresolvedUnfiled`, unresolvedUnfiled.length, UNRESOLVED_UNFILED, 0, rowsOf(unresolvedUnfiled));
  putAreas(book, `${c}.unresolvedUnfiled`, unresolvedUnfiledAreas, VIOLATION_NEEDS, UNRESOLVED_UNFILED);
  book.putPercent(`${c}.unresolvedUnfiledPct`, unresolvedUnfiled.length, cases.length, UNRESOLVED_UNFILED);
  putAreaPercents(book, `${c}.unresolvedUnfiled`, unresolvedUnfiledAreas, caseAreas, VIOLATION_NEEDS, UNRESOLVED_UNFILED);

  if (kind === 'land') putNewConstructionRatios(book, caseAreas, resolvedAreas, denominators);
}

/** Part 1.7: after deducting resolved 违法 areas, against the user's 新增建设用地 denominators. */
function putNewConstructionRatios(book: FigureBook, caseAreas: AreaTriple, resolvedAreas: AreaTriple, denominators: NewConstructionDenominators): void {
  const lines: readonly [string, keyof AreaTriple, number | undefined, string][] = [
    ['land.ratios.illegalAreaPct', 'land', denominators.totalMu, '未填写新增建设用地总面积（--new-construction-mu）'],
    ['land.ratios.illegalCultivatedPct', 'cultivated', denominators.cultivatedMu, '未填写新增建设用地占用耕地总面积（--denominator-mu）'],
  ];
  for (const [key, part, den, reason] of lines) {
    const needs = and(VIOLATION_NEEDS[part], RESOLVED);
    const lacking = book.lacking(needs);
    if (lacking !== undefined) book.blank(key, lacking);
    else if (den === undefined) book.blank(key, reason);
    else book.putPercent(key, caseAreas[part].mu - resolvedAreas[part].mu, den);
  }
}

/** Part 0: the county's totals over both kinds (blank where a part is). */
export function putBulletinTotals(book: FigureBook): void {
  const pairs: readonly [string, string][] = [
    ['total.issued.count', 'issued.count'],
    ['total.verified.count', 'verified.count'],
    ['total.cases.total', 'cases.total'],
    ['total.cases.filed', 'cases.filed'],
    ['total.cases.penalised', 'cases.penalised'],
    ['total.cases.closed', 'cases.closed'],
    ['total.cases.enforced', 'cases.enforced'],
    ['total.cases.resolved', 'cases.resolved'],
  ];
  for (const [key, part] of pairs) {
    const land = book.get(`land.${part}`);
    const mineral = book.get(`mineral.${part}`);
    if (land === null || land === undefined || mineral === null || mineral === undefined) book.blank(key, `土地或矿产部分的对应数字无法得出`);
    else book.put(key, land + mineral);
  }
  const issued = book.get('total.issued.count');
  const verified = book.get('total.verified.count');
  if (issued === null || issued === undefined || verified === null || verified === undefined) book.blank('total.verified.countPct', '已完成核实填报个数无法得出');
  else book.putPercent('total.verified.countPct', verified, issued);
}
