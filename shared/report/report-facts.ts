import { isMonthlyClearanceOverdue, monthlyClearanceRound } from '../calendar/monthly-clearance';
import type { IsoDate } from '../model/dates';
import type { FieldId } from '../model/field-dictionary';
import { areaOf, dateOf, isFilled, isYes, numberOf, textOf, type PatchRecord } from '../model/patch-record';
import type { Profile } from '../profiles/profile-schema';
import { cutoffFor, isCaseFiled, isMineralPatch, isResolved, isTransferred, measureIs, verdictOf } from '../rules/readings';
import { batchInPeriod, dateInPeriod, readBatchTime, type PeriodMembership, type ReportPeriod } from './report-period';

/**
 * What a report needs of one record (one row: a patch, or a plot of one), read once while the
 * audit runs so that a report shares the audit's read: a few numbers and flags per row, not the
 * record itself.
 */
export interface AreaPair {
  ha: number;
  mu: number;
}

/** 土地 (or 违法用地), 其中耕地, 其中永久基本农田: the three areas every template line gives. */
export interface AreaTriple {
  readonly land: AreaPair;
  readonly cultivated: AreaPair;
  readonly farmland: AreaPair;
}

export type VerdictClass = 'legal' | 'illegal' | 'other';

/** S1 三(三) 可予以扣减 categories, in the notice's order (a record is deducted once, by the first that applies). */
export const DEDUCTION_CATEGORIES = ['reclaimed', 'legalised', 'majorInfrastructure', 'oneHousehold', 'affordableHousing', 'epidemicFacility'] as const;
export type DeductionCategory = (typeof DEDUCTION_CATEGORIES)[number];

export interface RecordFacts {
  readonly row: number;
  readonly patchId: string | undefined;
  readonly town: string;
  readonly kind: 'land' | 'mineral';
  readonly period: PeriodMembership;
  /** `YYYY-MM` of 下发时间, else of a 批次 naming a month. */
  readonly issuedMonth: string | undefined;
  /** undefined: no verdict, or one the profile does not allow for this kind (left out of D). */
  readonly verdict: VerdictClass | undefined;
  readonly monitored: AreaTriple;
  /** 违法面积 / 违法占用耕地 / 违法占用永农 where the sheet has those columns, else the monitored areas. */
  readonly violation: AreaTriple;
  readonly offenceNo: string | undefined;
  readonly caseFiled: boolean;
  readonly penalised: boolean;
  readonly closed: boolean;
  readonly enforced: boolean;
  readonly resolved: boolean;
  /** 消除违法状态 by the year's cut-off (a resolved record without 整改完成时间 counts as in time). */
  readonly resolvedByCutoff: boolean;
  readonly transferred: boolean;
  readonly transferFeedback: boolean;
  readonly fineAmount: number;
  readonly fineCollected: number;
  readonly hasError: boolean;
  /** The S1 deduction this record falls under, if any, and the 耕地 (亩) it takes off. */
  readonly deduction: { readonly category: DeductionCategory; readonly cultivatedMu: number } | undefined;
  /** 月清: the round's due date and whether it was missed as of the audit date. */
  readonly monthly: { readonly month: string; readonly due: IsoDate; readonly overdue: boolean } | undefined;
}

export interface FactsContext {
  readonly profile: Profile;
  readonly period: ReportPeriod;
  readonly asOf: IsoDate;
  readonly present: ReadonlySet<FieldId>;
}

const NO_TOWN = '（未填乡镇）';

function pair(record: PatchRecord, field: FieldId): AreaPair {
  return { ha: areaOf(record, field, 'ha') ?? 0, mu: areaOf(record, field, 'mu') ?? 0 };
}

function issueTimeOf(record: PatchRecord, period: ReportPeriod): { period: PeriodMembership; month: string | undefined } {
  const issued = dateOf(record, 'issuedAt');
  if (issued !== undefined) return { period: dateInPeriod(issued, period) ? 'in' : 'out', month: issued.slice(0, 7) };
  const batch = textOf(record, 'batch');
  const time = batch === undefined ? undefined : readBatchTime(batch);
  if (time === undefined) return { period: 'unknown', month: undefined };
  return { period: batchInPeriod(time, period), month: time.month === undefined ? undefined : `${time.year}-${String(time.month).padStart(2, '0')}` };
}

function verdictClass(record: PatchRecord, kind: 'land' | 'mineral', profile: Profile): VerdictClass | undefined {
  const verdict = verdictOf(record);
  if (verdict === undefined || !profile.verdicts[kind].includes(verdict)) return undefined;
  return verdict === '违法' ? 'illegal' : verdict === '合法' ? 'legal' : 'other';
}

/** The part of a record's 违法占用耕地 a category takes off: the filed sub-area where the sheet gives one, capped by the whole. */
function partOf(record: PatchRecord, field: FieldId, whole: number): number {
  const part = areaOf(record, field, 'mu');
  return part !== undefined && part > 0 ? Math.min(part, whole) : whole;
}

function deductionOf(record: PatchRecord, cultivatedMu: number, resolvedByCutoff: boolean, profile: Profile): RecordFacts['deduction'] {
  if (cultivatedMu <= 0) return undefined;
  if (resolvedByCutoff && measureIs(record, 'demolition', profile)) return { category: 'reclaimed', cultivatedMu: partOf(record, 'reclaimedCultivated', cultivatedMu) };
  if (resolvedByCutoff && measureIs(record, 'procedures', profile)) return { category: 'legalised', cultivatedMu: partOf(record, 'legalisedCultivated', cultivatedMu) };
  if (isYes(record, 'flagMajorInfra')) return { category: 'majorInfrastructure', cultivatedMu };
  if (isYes(record, 'flagOneHouse')) return { category: 'oneHousehold', cultivatedMu };
  if (isYes(record, 'flagAffordableHousing')) return { category: 'affordableHousing', cultivatedMu };
  if (isYes(record, 'flagEpidemicFacility')) return { category: 'epidemicFacility', cultivatedMu };
  return undefined;
}

/** Reads the facts of one record; `hasError` = the audit found an error-severity finding on it. */
export function readRecordFacts(record: PatchRecord, row: number, hasError: boolean, context: FactsContext): RecordFacts {
  const { profile, present } = context;
  const kind = isMineralPatch(record, profile) ? 'mineral' : 'land';
  const monitored: AreaTriple = { land: pair(record, 'areaMonitored'), cultivated: pair(record, 'areaCultivated'), farmland: pair(record, 'areaFarmland') };
  const violation: AreaTriple = {
    land: present.has('violationArea') ? pair(record, 'violationArea') : monitored.land,
    cultivated: present.has('violationCultivated') ? pair(record, 'violationCultivated') : monitored.cultivated,
    farmland: present.has('violationFarmland') ? pair(record, 'violationFarmland') : monitored.farmland,
  };
  const verdict = verdictClass(record, kind, profile);
  const caseFiled = isCaseFiled(record);
  const resolved = isResolved(record);
  const cutoff = cutoffFor(context.period.year, profile);
  const rectDate = dateOf(record, 'rectDate');
  const resolvedByCutoff = resolved && (cutoff === undefined || rectDate === undefined || rectDate <= cutoff.date);
  const deduction = verdict === 'illegal' && kind === 'land' ? deductionOf(record, violation.cultivated.mu, resolvedByCutoff, profile) : undefined;
  // 月清 only where the sheet can show it (a 填报时间 column): most exports cannot.
  const round = present.has('filedAt') ? monthlyClearanceRound(record, profile) : undefined;
  const patchId = textOf(record, 'patchId');
  const issue = issueTimeOf(record, context.period);
  const offenceNo = textOf(record, 'offenceNo');
  return {
    row,
    patchId,
    town: textOf(record, 'town') ?? NO_TOWN,
    kind,
    period: issue.period,
    issuedMonth: issue.month,
    verdict,
    monitored,
    violation,
    offenceNo,
    caseFiled,
    penalised: caseFiled && (isFilled(record, 'penaltyNo') || isFilled(record, 'penaltyDate') || (numberOf(record, 'fineAmount') ?? 0) > 0),
    closed: caseFiled && isYes(record, 'caseClosed'),
    enforced: caseFiled && isYes(record, 'penaltyEnforced'),
    resolved,
    resolvedByCutoff,
    transferred: isTransferred(record),
    transferFeedback: isFilled(record, 'transferFeedback'),
    fineAmount: numberOf(record, 'fineAmount') ?? 0,
    fineCollected: numberOf(record, 'fineCollected') ?? 0,
    hasError,
    deduction,
    monthly: round === undefined ? undefined : { month: round.month, due: round.due, overdue: isMonthlyClearanceOverdue(round, context.asOf) },
  };
}
