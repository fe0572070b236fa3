import { monthlyClearanceRule } from '../calendar/report-deadlines';
import type { IsoDate } from '../model/dates';
import type { FieldId } from '../model/field-dictionary';
import { textOf, type PatchRecord } from '../model/patch-record';
import type { Profile } from '../profiles/profile-schema';
import { computeAccountability, type AccountabilityLevel, type AccountabilityResult } from './accountability';
import { countCases, countPatches, type CaseBasis, type CountedUnit, type PatchBasis } from './counting-units';
import { computeRates, ratesByTown, type EnforcementRates } from './enforcement-rates';
import { FigureBook, type Figure, type FigureTree, type MissingFigure } from './figure-book';
import { putBulletinPart, putBulletinTotals } from './quarterly-bulletin';
import { readRecordFacts, type RecordFacts } from './report-facts';
import type { ReportPeriod } from './report-period';
import { DECIMALS, roundDecimal } from './report-numbers';

/**
 * One report over a set of records and a period: the 快报 figures (土地 and 矿产), the 问责
 * working, the rates per 乡镇 and for the county, and 月清. Built in one pass alongside the audit
 * (`add` per record) so that the report shares the audit's read.
 */
export interface ReportOptions {
  readonly profile: Profile;
  readonly period: ReportPeriod;
  readonly asOf: IsoDate;
  readonly level: AccountabilityLevel;
  /** 新增建设用地占用耕地面积 (亩): the 问责 denominator and the 1.7 耕地 ratio's. */
  readonly denominatorMu?: number;
  /** 新增建设用地总面积 (亩): the 1.7 land ratio's denominator. */
  readonly newConstructionMu?: number;
  /** Fields the input carries (the sheet's mapped columns). */
  readonly present: ReadonlySet<FieldId>;
  /** Keep the rows behind each count (`rowsBehind`): the PWA links figures to records; the CLI does not. */
  readonly withRows?: boolean;
}

/** Per 乡镇: the verdict partition of the period's patches and their 违法 areas (dashboard charts). */
export interface TownBreakdown {
  readonly town: string;
  readonly legal: number;
  readonly illegal: number;
  readonly other: number;
  readonly unverified: number;
  readonly illegalAreaMu: number;
  readonly illegalCultivatedMu: number;
}

/** Per month of 下发时间 (or 批次 month): patches issued and judged 违法 (dashboard trend). */
export interface MonthBreakdown {
  readonly month: string;
  readonly issued: number;
  readonly illegal: number;
}

export interface PeriodReport {
  readonly period: Pick<ReportPeriod, 'code' | 'kind' | 'label' | 'first' | 'last'>;
  readonly asOf: IsoDate;
  readonly profile: { readonly id: string; readonly name: string };
  readonly level: AccountabilityLevel;
  readonly region: { readonly province?: string; readonly city?: string; readonly county?: string };
  readonly countingUnit: { readonly patches: PatchBasis; readonly cases: CaseBasis; readonly note: string };
  readonly scope: {
    readonly rows: number;
    readonly inPeriod: number;
    readonly outOfPeriod: number;
    /** Rows whose period cannot be told (no 下发时间, a 批次 naming only the year): counted in. */
    readonly undated: number;
    readonly periodBasis: 'issuedAt' | 'batch' | 'all-rows';
  };
  /** The 快报 figures as nested objects (`land`, `mineral`, `total`). */
  readonly land: FigureTree;
  readonly mineral: FigureTree;
  readonly total: FigureTree;
  readonly accountability: AccountabilityResult;
  readonly rates: { readonly county: EnforcementRates; readonly towns: readonly EnforcementRates[] };
  readonly monthly: { readonly applicable: boolean; readonly due: number; readonly overdue: number; readonly overduePct: number | null; readonly overdueRows: readonly number[] };
  readonly missing: readonly MissingFigure[];
  /** Every 快报 figure under its dotted key, flat (`"land.issued.count": 12`). */
  readonly figures: Readonly<Record<string, Figure>>;
  readonly breakdown: { readonly towns: readonly TownBreakdown[]; readonly months: readonly MonthBreakdown[] };
  /** With `withRows`: the sheet rows behind each count, by dotted key. */
  readonly rowsBehind?: Readonly<Record<string, readonly number[]>>;
  /** With `withRows`: each row's 图斑编号 and 乡镇, to list the records behind a figure. */
  readonly rowIndex?: readonly { readonly row: number; readonly patchId: string | undefined; readonly town: string }[];
}

function townBreakdown(patches: readonly CountedUnit[]): TownBreakdown[] {
  const towns = new Map<string, { legal: number; illegal: number; other: number; unverified: number; illegalAreaMu: number; illegalCultivatedMu: number }>();
  for (const p of patches) {
    const t = towns.get(p.town) ?? { legal: 0, illegal: 0, other: 0, unverified: 0, illegalAreaMu: 0, illegalCultivatedMu: 0 };
    t[p.verdict ?? 'unverified'] += 1;
    if (p.verdict === 'illegal') {
      t.illegalAreaMu += p.violation.land.mu;
      t.illegalCultivatedMu += p.violation.cultivated.mu;
    }
    towns.set(p.town, t);
  }
  return [...towns.entries()]
    .map(([town, t]) => ({ town, ...t, illegalAreaMu: roundDecimal(t.illegalAreaMu, DECIMALS.mu), illegalCultivatedMu: roundDecimal(t.illegalCultivatedMu, DECIMALS.mu) }))
    .sort((a, b) => a.town.localeCompare(b.town, 'zh'));
}

function monthBreakdown(facts: readonly RecordFacts[]): MonthBreakdown[] {
  const months = new Map<string, { issued: number; illegal: number }>();
  for (const f of facts) {
    if (f.issuedMonth === undefined) continue;
    const m = months.get(f.issuedMonth) ?? { issued: 0, illegal: 0 };
    m.issued += 1;
    if (f.verdict === 'illegal') m.illegal += 1;
    months.set(f.issuedMonth, m);
  }
  return [...months.entries()].map(([month, m]) => ({ month, ...m })).sort((a, b) => (a.month < b.month ? -1 : 1));
}

function countingNote(patches: PatchBasis, cases: CaseBasis): string {
  const p = patches === 'patchId' ? '图斑按不同的图斑编号计数（表中有地块编号，多行为同一图斑的地块）' : '图斑按行计数（一行一个图斑）';
  const c = cases === 'offenceNo' ? '违法行为按违法行为编号计件' : '表中没有违法行为编号：一个违法图斑计为一件';
  return `${p}；${c}。`;
}

export class PeriodReportBuilder {
  private readonly facts: RecordFacts[] = [];
  private readonly offenceOfRow = new Map<number, string>();
  private region: { province?: string; city?: string; county?: string } = {};

  constructor(private readonly options: ReportOptions) {}

  /** One record of the input; `hasError` = the audit found an error-severity finding on it. */
  add(record: PatchRecord, row: number, hasError: boolean): void {
    const facts = readRecordFacts(record, row, hasError, this.options);
    this.facts.push(facts);
    if (facts.offenceNo !== undefined) this.offenceOfRow.set(row, facts.offenceNo);
    if (this.facts.length === 1) {
      const province = textOf(record, 'province');
      const city = textOf(record, 'city');
      const county = textOf(record, 'county');
      this.region = { ...(province !== undefined ? { province } : {}), ...(city !== undefined ? { city } : {}), ...(county !== undefined ? { county } : {}) };
    }
  }

  finish(): PeriodReport {
    const { options } = this;
    const { present, period } = options;
    const patchBasis: PatchBasis = present.has('plotId') && present.has('patchId') ? 'patchId' : 'row';
    const caseBasis: CaseBasis = present.has('offenceNo') ? 'offenceNo' : 'patch';
    const inScope = this.facts.filter((f) => f.period !== 'out');
    const patches = countPatches(inScope, patchBasis);
    const book = new FigureBook(present, options.withRows === true);
    const casesAll = [];
    for (const kind of ['land', 'mineral'] as const) {
      const issued = patches.filter((p) => p.kind === kind);
      const cases = countCases(
        issued.filter((p) => p.verdict === 'illegal'),
        caseBasis,
        this.offenceOfRow,
      );
      casesAll.push(...cases);
      putBulletinPart(book, kind, issued, cases, {
        ...(options.newConstructionMu !== undefined ? { totalMu: options.newConstructionMu } : {}),
        ...(options.denominatorMu !== undefined ? { cultivatedMu: options.denominatorMu } : {}),
      });
    }
    putBulletinTotals(book);

    const firstMonth = period.first.slice(0, 7);
    const lastMonth = period.last.slice(0, 7);
    const monthlyApplies = monthlyClearanceRule(options.profile) !== undefined && present.has('filedAt') && (present.has('issuedAt') || present.has('batch'));
    const monthly = !monthlyApplies ? [] : this.facts.filter((f) => f.monthly !== undefined && f.monthly.month >= firstMonth && f.monthly.month <= lastMonth && f.monthly.due < options.asOf);
    const rateInputs = { records: inScope, patches, cases: casesAll, monthly };
    const county = computeRates(rateInputs);
    const tree = book.tree();
    const empty: FigureTree = {};
    return {
      period: { code: period.code, kind: period.kind, label: period.label, first: period.first, last: period.last },
      asOf: options.asOf,
      profile: { id: options.profile.id, name: options.profile.name },
      level: options.level,
      region: this.region,
      countingUnit: { patches: patchBasis, cases: caseBasis, note: countingNote(patchBasis, caseBasis) },
      scope: {
        rows: this.facts.length,
        inPeriod: this.facts.filter((f) => f.period === 'in').length,
        outOfPeriod: this.facts.length - inScope.length,
        undated: this.facts.filter((f) => f.period === 'unknown').length,
        periodBasis: present.has('issuedAt') ? 'issuedAt' : present.has('batch') ? 'batch' : 'all-rows',
      },
      land: (tree['land'] as FigureTree | undefined) ?? empty,
      mineral: (tree['mineral'] as FigureTree | undefined) ?? empty,
      total: (tree['total'] as FigureTree | undefined) ?? empty,
      accountability: computeAccountability(inScope, options.profile, {
        level: options.level,
        year: period.year,
        ...(options.denominatorMu !== undefined ? { denominatorMu: options.denominatorMu } : {}),
      }),
      rates: { county, towns: ratesByTown(rateInputs) },
      monthly: {
        applicable: monthlyApplies,
        due: county.monthlyDue,
        overdue: county.monthlyOverdue,
        overduePct: county.monthlyOverduePct,
        overdueRows: monthly.filter((f) => f.monthly?.overdue === true).map((f) => f.row),
      },
      missing: book.missing(),
      figures: book.flat(),
      breakdown: { towns: townBreakdown(patches), months: monthBreakdown(inScope) },
      ...(options.withRows ? { rowsBehind: book.rowsBehind(), rowIndex: this.facts.map((f) => ({ row: f.row, patchId: f.patchId, town: f.town })) } : {}),
    };
  }
}

/** A report over records already in memory (tests, the PWA's ledger). */
export function buildPeriodReport(records: Iterable<{ readonly record: PatchRecord; readonly row: number; readonly hasError?: boolean }>, options: ReportOptions): PeriodReport {
  const builder = new PeriodReportBuilder(options);
  for (const r of records) builder.add(r.record, r.row, r.hasError ?? false);
  return builder.finish();
}
