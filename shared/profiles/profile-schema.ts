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
    monthly: v.strictObject({ issuedByDay: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(31)), dueDay: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(31)), since: v.number(), source: v.string() }),
    workingDayRule: v.picklist(['before-break', 'none']),
    years: v.record(v.pipe(v.string(), v.regex(/^\d{4}$/u)), v.array(deadline)),
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
