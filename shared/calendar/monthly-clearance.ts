import type { IsoDate } from '../model/dates';
import { dateOf, textOf, type PatchRecord } from '../model/patch-record';
import type { Profile } from '../profiles/profile-schema';
import { readBatchTime } from '../report/report-period';
import { isMineralPatch, patchTypeIs } from '../rules/readings';
import { addMonths, dayOfMonth } from './iso-days';
import { monthlyClearanceRule } from './report-deadlines';

/** S4 二(二): the four land patch types 月清 covers. */
export const MONTHLY_CLEARANCE_PATCH_TYPES = ['新增非农建设类', '其他新增建设类', '其他变化类', '年度内持续变化类'] as const;

/** One patch's 月清 round: the month whose due day it must be filed by. */
export interface MonthlyClearanceRound {
  /** `YYYY-MM` of the round. */
  readonly month: string;
  /** The notice's due day of that month (not moved off weekends: S4 says 24日前, nothing more). */
  readonly due: IsoDate;
  /** 填报时间 as filed, when readable. */
  readonly filedAt?: IsoDate;
  /** Where the issue month came from. */
  readonly issuedFrom: 'issuedAt' | 'batch';
}

/**
 * The 月清 round of a record, or undefined when 月清 does not cover it: no 月清 rule in the
 * profile, a 矿产 patch, another 图斑类型, no readable 下发时间 or 批次 month, or a round before the
 * rule's first year. A patch issued after the issue day (the 20th) falls in the next month's round:
 * it is issued on or before that month's 20th.
 */
export function monthlyClearanceRound(record: PatchRecord, profile: Profile): MonthlyClearanceRound | undefined {
  const rule = monthlyClearanceRule(profile);
  if (rule === undefined || isMineralPatch(record, profile)) return undefined;
  if (textOf(record, 'patchType') !== undefined && !patchTypeIs(record, MONTHLY_CLEARANCE_PATCH_TYPES)) return undefined;
  let year: number;
  let month: number;
  let issuedFrom: MonthlyClearanceRound['issuedFrom'];
  const issuedAt = dateOf(record, 'issuedAt');
  if (issuedAt !== undefined) {
    const roundStart = Number(issuedAt.slice(8, 10)) <= rule.issuedByDay ? issuedAt : addMonths(`${issuedAt.slice(0, 7)}-01`, 1);
    year = Number(roundStart.slice(0, 4));
    month = Number(roundStart.slice(5, 7));
    issuedFrom = 'issuedAt';
  } else {
    const batch = textOf(record, 'batch');
    const time = batch === undefined ? undefined : readBatchTime(batch);
    if (time?.month === undefined) return undefined;
    year = time.year;
    month = time.month;
    issuedFrom = 'batch';
  }
  if (year < rule.since) return undefined;
  const due = dayOfMonth(year, month, rule.dueDay);
  const filedAt = dateOf(record, 'filedAt');
  return { month: due.slice(0, 7), due, issuedFrom, ...(filedAt !== undefined ? { filedAt } : {}) };
}

/** Overdue on `asOf`: the due day has passed without a filing on or before it. */
export function isMonthlyClearanceOverdue(round: MonthlyClearanceRound, asOf: IsoDate): boolean {
  return round.due < asOf && (round.filedAt === undefined || round.filedAt > round.due);
}
