import * as v from 'valibot';

/**
 * The schema of a profile: every threshold, cut-off date and calendar the rules use. Thresholds
 * and dates never live in code (house style); a province or year is a profile that extends
 * `national` and overrides what differs.
 */
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/u, '日期应为 YYYY-MM-DD'));
const nonNegative = v.pipe(v.number(), v.minValue(0));
const severity = v.picklist(['error', 'warning', 'info', 'off']);

const deadline = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/u)),
  name: v.string(),
  date: isoDate,
  source: v.string(),
});

/** `2024-02-10` or an inclusive range `2024-02-10..2024-02-17` (the notice's “至”). */
const dayOrRange = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}(?:\.\.\d{4}-\d{2}-\d{2})?$/u, '应为 YYYY-MM-DD 或 YYYY-MM-DD..YYYY-MM-DD'),
  v.check((text) => {
    const [from, to] = text.split('..');
    return to === undefined || (from !== undefined && from <= to);
  }, '日期区间的起日不能晚于止日'),
);

const holidayYear = v.strictObject({
  /** The notice (文号, title, date) the dates are copied from. */
  notice: v.string(),
  /** 放假 days (weekends inside a range included). */
  off: v.array(dayOrRange),
  /** 调休上班 days (weekend days that are working days). */
  work: v.array(isoDate),
  note: v.optional(v.string()),
});

/** The reasons of periodic 复核 — the same list as REVIEW_REASONS in pwa/db/schema.ts (a test keeps them equal). */
export const PROFILE_REVIEW_REASONS = ['拆除复耕', '设施农用地', '临时用地', '农村道路', '实地未变化'] as const;
const reviewReason = v.picklist(PROFILE_REVIEW_REASONS);
const reviewCycle = v.strictObject({
  months: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(120)),
  /** A seed id (S0–S4) where the notice states the frequency, else `inferred`. */
  source: v.string(),
  note: v.string(),
});

export const ProfileSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/u, 'id 只能含小写字母、数字和连字符')),
  name: v.string(),
  description: v.optional(v.string()),
  /** The profile this one overrides (resolved before validation). */
  extends: v.optional(v.string()),
  /** The data year when neither the 批次 column nor the title says it. */
  year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100))),
  areaUnit: v.picklist(['mu', 'ha']),
  defaultPatchKind: v.picklist(['土地', '矿产']),
  areaTolerance: v.strictObject({ relative: v.pipe(v.number(), v.minValue(0), v.maxValue(1)), note: v.optional(v.string()) }),
  cutoffs: v.strictObject({
    byYear: v.record(v.pipe(v.string(), v.regex(/^\d{4}$/u)), isoDate),
    otherYears: v.picklist(['year-end', 'none']),
    note: v.optional(v.string()),
  }),
  thresholds: v.strictObject({
    ruralRoadMaxWidthM: nonNegative,
    tempUseDefaultYears: nonNegative,
    fieldCheckCultivatedMu: nonNegative,
    fieldCheckFarmlandMu: nonNegative,
    fieldCheckRedlineMu: nonNegative,
    countyFocusCultivatedMu: nonNegative,
    citySampleCultivatedMu: nonNegative,
    mineralFieldCheckMu: nonNegative,
    photoGpsMaxDistanceM: nonNegative,
  }),
  accountability: v.strictObject({ ratio: v.pipe(v.number(), v.minValue(0), v.maxValue(1)), cityMu: nonNegative, countyMu: nonNegative, source: v.optional(v.string()) }),
  region: v.strictObject({ allowedPrefixes: v.array(v.pipe(v.string(), v.regex(/^\d{2,6}$/u))), note: v.optional(v.string()) }),
  verdicts: v.strictObject({ land: v.array(v.string()), mineral: v.array(v.string()) }),
  /** verdict → canonical 具体情形 → synonyms. */
  verdictDetails: v.record(v.string(), v.record(v.string(), v.array(v.string()))),
  rectMeasures: v.strictObject({ demolition: v.array(v.string()), procedures: v.array(v.string()), reclaim: v.array(v.string()) }),
  /** Geometry checks (rules.md, Geometry): tolerances and the region points must fall in. */
  geometry: v.strictObject({
    /** geom-area-mismatch vs the file's 地块面积: max(relative × area, minimum m², half the filed rounding unit). */
    declaredAreaRelative: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
    declaredAreaMinM2: nonNegative,
    /** Where points may lie (degrees, CGCS2000): China by default; a province narrows it. */
    bounds: v.strictObject({ minLon: v.number(), maxLon: v.number(), minLat: v.number(), maxLat: v.number(), note: v.optional(v.string()) }),
  }),
  /** Per rule: a severity override, or 'off'. */
  rules: v.record(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/u)), severity),
  /** Extra labels per field id, for a province's exports or a platform variant. */
  labelSynonyms: v.record(v.string(), v.array(v.string())),
  calendar: v.strictObject({
    /** 月清 (S4): absent where the authority runs none (read through monthlyClearanceRule). */
    monthly: v.optional(
      v.strictObject({
        issuedByDay: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(31)),
        dueDay: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(31)),
        since: v.number(),
        source: v.string(),
      }),
    ),
    workingDayRule: v.picklist(['before-break', 'none']),
    years: v.record(v.pipe(v.string(), v.regex(/^\d{4}$/u)), v.array(deadline)),
    /** 到期提醒: an open item or a 复核 due within this many days of today is “upcoming”. Optional (older profiles): absent = 0, today only. */
    dueSoonDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(366))),
    dueSoonNote: v.optional(v.string()),
    /**
     * The official holiday calendar, keyed by the year of the 国务院办公厅 notice (its dates may fall in
     * the year before, e.g. 元旦 2018-12-30..2019-01-01 in the 2019 notice). A year without an entry
     * counts weekends only. Optional so that older profiles still validate.
     */
    holidays: v.optional(v.record(v.pipe(v.string(), v.regex(/^\d{4}$/u)), holidayYear)),
    /** Periodic 复核 after 销号 (S4 四(六)), per reason; a reason without an entry has no cycle. */
    reviewCycles: v.optional(v.record(reviewReason, reviewCycle)),
  }),
});

export type Profile = v.InferOutput<typeof ProfileSchema>;

export interface ProfileProblem {
  readonly path: string;
  readonly message: string;
}

export type ProfileValidation = { readonly ok: true; readonly profile: Profile } | { readonly ok: false; readonly problems: readonly ProfileProblem[] };

export function validateProfile(data: unknown): ProfileValidation {
  const result = v.safeParse(ProfileSchema, data);
  if (result.success) return { ok: true, profile: result.output };
  return {
    ok: false,
    problems: result.issues.map((issue) => ({ path: v.getDotPath(issue) ?? '(根)', message: issue.message })),
  };
}
