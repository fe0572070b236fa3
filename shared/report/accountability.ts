import type { Profile } from '../profiles/profile-schema';
import { DECIMALS, roundDecimal } from './report-numbers';
import { DEDUCTION_CATEGORIES, type DeductionCategory, type RecordFacts } from './report-facts';

/**
 * The 问责 early warning (seed S1, 自然资办发〔2020〕10号 三(三); reports-and-ledger.md):
 * R = 违法占用耕地面积 / 新增建设用地占用耕地面积 for one county or city, after the deductions the
 * notice allows — 拆除复耕 of 未供即用 land off both sides, the others off the numerator only —
 * against the profile's thresholds (15 %, and more than 500 亩 for a city, 100 亩 for a county).
 */
export type AccountabilityLevel = 'county' | 'city';

export const DEDUCTION_LABELS: Readonly<Record<DeductionCategory, string>> = {
  reclaimed: '未供即用、已拆除复耕到位',
  legalised: '已补办完善用地手续（含增减挂钩）',
  majorInfrastructure: '已履行监管和服务职责的交通、能源、水利等重大基础设施',
  oneHousehold: '符合“一户一宅”的农村宅基地',
  affordableHousing: '符合政策的保障性安居工程',
  epidemicFacility: '公共卫生事件一级应急响应下的防疫医疗卫生设施',
};

/** Which side of R a category comes off (S1: only 拆除复耕 of 未供即用 land leaves the denominator too). */
export const DEDUCTION_SIDES: Readonly<Record<DeductionCategory, 'numerator' | 'both'>> = {
  reclaimed: 'both',
  legalised: 'numerator',
  majorInfrastructure: 'numerator',
  oneHousehold: 'numerator',
  affordableHousing: 'numerator',
  epidemicFacility: 'numerator',
};

export interface AccountabilityDeduction {
  readonly category: DeductionCategory;
  readonly label: string;
  readonly sides: 'numerator' | 'both';
  readonly mu: number;
  readonly count: number;
  readonly rows: readonly number[];
}

/** An unresolved 违法 patch with 耕地 whose 拆除复耕 before the cut-off would lower R and the area. */
export interface FlipItem {
  readonly patchId?: string;
  readonly town: string;
  readonly rows: readonly number[];
  readonly cultivatedMu: number;
  /** Rectifying this one alone takes the county out of scope. */
  readonly flipsAlone: boolean;
  /** The deducted area after rectifying this item and every larger one before it. */
  readonly numeratorAfterMu: number;
}

export interface AccountabilityResult {
  readonly level: AccountabilityLevel;
  readonly year: number;
  /** 违法占用耕地 before deductions (亩). */
  readonly grossNumeratorMu: number;
  /** After every deduction (亩). */
  readonly numeratorMu: number;
  /** As entered by the user, before the 拆除复耕 deduction; null when not entered. */
  readonly enteredDenominatorMu: number | null;
  /** After the 拆除复耕 deduction; null when not entered. */
  readonly denominatorMu: number | null;
  /** R as a fraction (4 decimals); null without a denominator. */
  readonly ratio: number | null;
  readonly ratioPct: number | null;
  readonly threshold: { readonly ratio: number; readonly areaMu: number };
  /** null: the area exceeds the line but R cannot be computed without the denominator. */
  readonly withinScope: boolean | null;
  readonly distance: {
    /** Area above (+) or below (−) the area line (亩). */
    readonly areaMu: number;
    /** R minus the line, in percentage points; null without a denominator. */
    readonly ratioPoints: number | null;
    /** 耕地 (亩) to be 拆除复耕 (off both sides) to bring R under the line; 0 when already under; null without a denominator. */
    readonly reclaimToRatioMu: number | null;
  };
  readonly deductions: readonly AccountabilityDeduction[];
  /** Unresolved items, largest first, up to the one whose rectification takes the county out of scope. */
  readonly flipItems: readonly FlipItem[];
  /** Whether rectifying every item of `flipItems` takes the county out of scope (false: even all open items do not). */
  readonly flipReachable: boolean;
}

export interface AccountabilityInput {
  readonly level: AccountabilityLevel;
  readonly year: number;
  /** 新增建设用地占用耕地面积 (亩) for the year, entered by the user. */
  readonly denominatorMu?: number;
}

function inScope(numerator: number, denominator: number | null, threshold: AccountabilityResult['threshold']): boolean | null {
  if (numerator <= threshold.areaMu) return false;
  if (denominator === null) return null;
  if (denominator <= 0) return true;
  return numerator / denominator >= threshold.ratio;
}

const mu = (v: number): number => roundDecimal(v, DECIMALS.mu);

/** Computes R over the land 违法 records given (one county or city, one year). */
export function computeAccountability(records: readonly RecordFacts[], profile: Profile, input: AccountabilityInput): AccountabilityResult {
  const illegal = records.filter((r) => r.kind === 'land' && r.verdict === 'illegal');
  const threshold = { ratio: profile.accountability.ratio, areaMu: input.level === 'city' ? profile.accountability.cityMu : profile.accountability.countyMu };
  const gross = illegal.reduce((s, r) => s + r.violation.cultivated.mu, 0);
  const deductions = DEDUCTION_CATEGORIES.map((category) => {
    const hits = illegal.filter((r) => r.deduction?.category === category);
    return {
      category,
      label: DEDUCTION_LABELS[category],
      sides: DEDUCTION_SIDES[category],
      mu: hits.reduce((s, r) => s + (r.deduction?.cultivatedMu ?? 0), 0),
      count: hits.length,
      rows: hits.map((r) => r.row),
    };
  });
  const deducted = deductions.reduce((s, d) => s + d.mu, 0);
  const bothSides = deductions.filter((d) => d.sides === 'both').reduce((s, d) => s + d.mu, 0);
  const numerator = gross - deducted;
  const denominator = input.denominatorMu === undefined ? null : input.denominatorMu - bothSides;
  const ratio = denominator !== null && denominator > 0 ? numerator / denominator : null;
  const withinScope = inScope(numerator, denominator, threshold);

  // What stays on the numerator: 违法 耕地 neither deducted nor resolved, grouped by patch.
  const open = new Map<string, { patchId?: string; town: string; rows: number[]; cultivatedMu: number }>();
  for (const r of illegal) {
    const remaining = r.violation.cultivated.mu - (r.deduction?.cultivatedMu ?? 0);
    if (r.resolved || remaining <= 0) continue;
    const key = r.patchId !== undefined ? `id:${r.patchId}` : `row:${r.row}`;
    const item = open.get(key) ?? { ...(r.patchId !== undefined ? { patchId: r.patchId } : {}), town: r.town, rows: [], cultivatedMu: 0 };
    item.rows.push(r.row);
    item.cultivatedMu += remaining;
    open.set(key, item);
  }
  const candidates = [...open.values()].sort((a, b) => b.cultivatedMu - a.cultivatedMu || (a.patchId ?? '').localeCompare(b.patchId ?? '') || (a.rows[0] ?? 0) - (b.rows[0] ?? 0));
  const flipItems: FlipItem[] = [];
  let flipReachable = false;
  if (withinScope !== false) {
    let taken = 0;
    for (const item of candidates) {
      taken += item.cultivatedMu;
      const alone = inScope(numerator - item.cultivatedMu, denominator === null ? null : denominator - item.cultivatedMu, threshold) === false;
      flipItems.push({ ...item, cultivatedMu: mu(item.cultivatedMu), flipsAlone: alone, numeratorAfterMu: mu(numerator - taken) });
      flipReachable = inScope(numerator - taken, denominator === null ? null : denominator - taken, threshold) === false;
      if (flipReachable) break;
    }
  }

  const reclaimToRatio = denominator === null ? null : Math.max(0, (numerator - threshold.ratio * denominator) / (1 - threshold.ratio));
  return {
    level: input.level,
    year: input.year,
    grossNumeratorMu: mu(gross),
    numeratorMu: mu(numerator),
    enteredDenominatorMu: input.denominatorMu === undefined ? null : mu(input.denominatorMu),
    denominatorMu: denominator === null ? null : mu(denominator),
    ratio: ratio === null ? null : roundDecimal(ratio, DECIMALS.ratio),
    ratioPct: ratio === null ? null : roundDecimal(ratio * 100, DECIMALS.pct),
    threshold,
    withinScope,
    distance: {
      areaMu: mu(numerator - threshold.areaMu),
      ratioPoints: ratio === null ? null : roundDecimal((ratio - threshold.ratio) * 100, DECIMALS.pct),
      reclaimToRatioMu: reclaimToRatio === null ? null : mu(reclaimToRatio),
    },
    deductions: deductions.map((d) => ({ ...d, mu: mu(d.mu) })),
    flipItems,
    flipReachable,
  };
}
