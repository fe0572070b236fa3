import type { CountedUnit } from './counting-units';
import { percentOf, roundDecimal } from './report-numbers';
import type { RecordFacts } from './report-facts';

/**
 * The rates offices are judged on (seed S0 四个100%, S1 数据填报错漏, S4 月清), for the county and
 * per 乡镇: each with its numerator and denominator so that a figure can be checked by hand and
 * linked to its records. A rate is null when its denominator is zero.
 */
export interface EnforcementRates {
  readonly town?: string;
  readonly records: number;
  readonly patches: number;
  readonly verified: number;
  /** 完成核实填报 %: verified / issued patches. */
  readonly verifiedPct: number | null;
  readonly cases: number;
  readonly casesFiled: number;
  /** 立案查处率: 件 with 立案 / 违法 件. */
  readonly caseFiledPct: number | null;
  readonly fineImposed: number;
  readonly fineCollected: number;
  /** 罚款收缴率: collected / imposed (元). */
  readonly fineCollectionPct: number | null;
  readonly transferred: number;
  readonly transferredWithFeedback: number;
  /** 移送处理率: transferred with feedback / transferred. */
  readonly transferHandledPct: number | null;
  readonly resolved: number;
  /** 消除违法状态 %: resolved 件 / 违法 件. */
  readonly resolvedPct: number | null;
  readonly recordsWithError: number;
  /** 差错率: records with an error-severity finding / records. */
  readonly errorPct: number | null;
  /** 月清: patches whose round fell due (before the audit date) in the period, and those missed. */
  readonly monthlyDue: number;
  readonly monthlyOverdue: number;
  readonly monthlyOverduePct: number | null;
}

export interface RateInputs {
  readonly records: readonly RecordFacts[];
  readonly patches: readonly CountedUnit[];
  readonly cases: readonly CountedUnit[];
  /** Records whose 月清 round is in the period and already due. */
  readonly monthly: readonly RecordFacts[];
}

export function computeRates(input: RateInputs, town?: string): EnforcementRates {
  const { records, patches, cases, monthly } = input;
  const verified = patches.filter((p) => p.verdict !== undefined).length;
  const casesFiled = cases.filter((c) => c.caseFiled).length;
  const fineImposed = cases.reduce((s, c) => s + c.fineAmount, 0);
  const fineCollected = cases.reduce((s, c) => s + c.fineCollected, 0);
  const transferred = cases.filter((c) => c.transferred);
  const withFeedback = transferred.filter((c) => c.transferFeedback).length;
  const resolved = cases.filter((c) => c.resolved).length;
  const recordsWithError = records.filter((r) => r.hasError).length;
  const overdue = monthly.filter((r) => r.monthly?.overdue === true).length;
  return {
    ...(town !== undefined ? { town } : {}),
    records: records.length,
    patches: patches.length,
    verified,
    verifiedPct: percentOf(verified, patches.length),
    cases: cases.length,
    casesFiled,
    caseFiledPct: percentOf(casesFiled, cases.length),
    fineImposed: roundDecimal(fineImposed, 2),
    fineCollected: roundDecimal(fineCollected, 2),
    fineCollectionPct: percentOf(fineCollected, fineImposed),
    transferred: transferred.length,
    transferredWithFeedback: withFeedback,
    transferHandledPct: percentOf(withFeedback, transferred.length),
    resolved,
    resolvedPct: percentOf(resolved, cases.length),
    recordsWithError,
    errorPct: percentOf(recordsWithError, records.length),
    monthlyDue: monthly.length,
    monthlyOverdue: overdue,
    monthlyOverduePct: percentOf(overdue, monthly.length),
  };
}

function byTown<T extends { readonly town: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.town);
    if (list) list.push(item);
    else out.set(item.town, [item]);
  }
  return out;
}

/** One row per 乡镇, sorted by name (zh collation). */
export function ratesByTown(input: RateInputs): EnforcementRates[] {
  const records = byTown(input.records);
  const patches = byTown(input.patches);
  const cases = byTown(input.cases);
  const monthly = byTown(input.monthly);
  const towns = [...new Set([...records.keys(), ...patches.keys()])].sort((a, b) => a.localeCompare(b, 'zh'));
  return towns.map((town) => computeRates({ records: records.get(town) ?? [], patches: patches.get(town) ?? [], cases: cases.get(town) ?? [], monthly: monthly.get(town) ?? [] }, town));
}
