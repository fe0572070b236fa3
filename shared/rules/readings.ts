import { documentNumberYear } from '../model/document-number';
import type { IsoDate } from '../model/dates';
import { fieldDefinition, type FieldId } from '../model/field-dictionary';
import { isEmpty, isPresent, isYes, textOf, type PatchRecord } from '../model/patch-record';
import type { Profile } from '../profiles/profile-schema';

/**
 * How the catalogue reads the conditions its rules share (rules.md, "How conditions are read"),
 * written once so that every rule reads them alike.
 */

/**
 * The one normaliser of enumerated values (判定类型, 处理方式, 图斑类别 …): whitespace anywhere is
 * dropped, so `违 法` and `违法` read alike in every rule (issue 10).
 */
export function enumText(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** An enumerated field as filed, normalised by enumText; undefined when unanswered. */
export function enumOf(record: PatchRecord, field: FieldId): string | undefined {
  const text = textOf(record, field);
  return text === undefined ? undefined : enumText(text);
}

/** The verdict as filed, normalised (enumText); undefined when unanswered. */
export function verdictOf(record: PatchRecord): string | undefined {
  return enumOf(record, 'verdict');
}

/**
 * The patch kind by meaning (rules.md): a value containing 矿 (矿产, 矿产卫片, 矿产卫片执法图斑) is
 * 矿产, one containing 土地 is 土地; without a column, an empty cell or a value naming neither, the
 * profile's default kind.
 */
export function patchKindOf(record: PatchRecord, profile: Profile): '土地' | '矿产' {
  const kind = textOf(record, 'patchKind');
  if (kind !== undefined) {
    if (kind.includes('矿')) return '矿产';
    if (kind.includes('土地')) return '土地';
  }
  return profile.defaultPatchKind;
}

/** A 矿产 patch (patchKindOf). */
export function isMineralPatch(record: PatchRecord, profile: Profile): boolean {
  return patchKindOf(record, profile) === '矿产';
}


/**
 * The canonical 具体情形 a filed value stands for within one verdict's list, or undefined when it
 * is not one of that verdict's cases.
 */
export function detailWithinVerdict(value: string, verdict: string, profile: Profile): string | undefined {
  const cases = profile.verdictDetails[verdict];
  if (!cases) return undefined;
  const key = enumText(value);
  for (const [canonical, synonyms] of Object.entries(cases)) {
    if (enumText(canonical) === key || synonyms.some((s) => enumText(s) === key)) return canonical;
  }
  return undefined;
}

/**
 * The canonical 具体情形 as filed, whatever the verdict (rules.md: rules that test 具体情形 read
 * the value as filed; verdict-detail-valid reports a mismatch). The 其他 list is tried first: its
 * cases (设施农用地, 临时用地 …) are the ones other rules test for.
 */
export function detailOf(record: PatchRecord, profile: Profile): string | undefined {
  const value = textOf(record, 'verdictDetail');
  if (value === undefined) return undefined;
  const verdict = verdictOf(record);
  const order = [...(verdict ? [verdict] : []), '其他', ...Object.keys(profile.verdictDetails)];
  for (const v of order) {
    const canonical = detailWithinVerdict(value, v, profile);
    if (canonical !== undefined) return canonical;
  }
  return enumText(value);
}

function patchTypeKey(text: string): string {
  return text.replace(/[\s"“”'‘’]/gu, '').replace(/类$/u, '');
}

/**
 * Whether the 图斑类型 as filed is one of `types`: spaces, quotes and a missing trailing 类
 * (`新增非农建设`) are tolerated, so that every rule reading the type reads it alike.
 */
export function patchTypeIs(record: PatchRecord, types: readonly string[]): boolean {
  const type = textOf(record, 'patchType');
  if (type === undefined) return false;
  const key = patchTypeKey(type);
  return types.some((t) => patchTypeKey(t) === key);
}

/** rules.md: 移交 means 是否移交 = 是; without that column, a filled 移交部门. */
export function isTransferred(record: PatchRecord): boolean {
  if (isPresent(record, 'transferred')) return isYes(record, 'transferred');
  return textOf(record, 'transferDept') !== undefined;
}

export function isCaseFiled(record: PatchRecord): boolean {
  return isYes(record, 'caseFiled');
}

export function isResolved(record: PatchRecord): boolean {
  return isYes(record, 'rectResolved');
}

/**
 * The classes of 整改措施 (rules.md): demolition (mentions 拆除, 复耕, 复垦 or 毁闭 anywhere) and
 * procedures (mentions 补办 or 完善). The measure is free text (拆除、复耕; 拆除后复耕; 已拆除 …)
 * and a text may be of both classes; the keywords are the profile's rectMeasures.
 */
export type MeasureClass = 'demolition' | 'procedures';

/** Whether the 整改措施 as filed mentions one of the class's keywords. */
export function measureIs(record: PatchRecord, measureClass: MeasureClass, profile: Profile): boolean {
  const value = textOf(record, 'rectMeasure');
  if (value === undefined) return false;
  const text = enumText(value);
  return profile.rectMeasures[measureClass].some((keyword) => text.includes(enumText(keyword)));
}

/**
 * Whether a profile value is our reading rather than a notice's (the profile's `inferred` map, by
 * dotted path): rules then call it 参考值 (issue 10).
 */
export function isInferred(profile: Profile, path: string): boolean {
  return profile.inferred?.[path] !== undefined;
}

export interface Cutoff {
  readonly date: IsoDate;
  /** Not stated by a notice for that year (otherYears, marked inferred): a 参考值. */
  readonly inferred: boolean;
}

/** The year's cut-off (rules.md resolved-after-cutoff); undefined when the profile sets none. */
export function cutoffFor(year: number, profile: Profile): Cutoff | undefined {
  const explicit = profile.cutoffs.byYear[String(year)];
  if (explicit) return { date: explicit, inferred: false };
  return profile.cutoffs.otherYears === 'year-end' ? { date: `${year}-12-31`, inferred: isInferred(profile, 'cutoffs.otherYears') } : undefined;
}

/** rules.md: "beyond tolerance" = by more than the profile's tolerance of 监测面积. */
export function exceedsBeyondTolerance(larger: number, smaller: number, monitored: number, profile: Profile): boolean {
  return larger - smaller > profile.areaTolerance.relative * monitored + 1e-9;
}

/**
 * Float noise between two areas read in one unit (a 公顷 reading converted ×15 to 亩): 1e-6 of the
 * unit is far below any filed precision (0.0001 公顷, 0.01 亩) and far above conversion noise.
 */
const AREA_FLOAT_NOISE = 1e-6;

/**
 * rules.md "A > B" between areas, read literally (no profile tolerance, which belongs to the
 * "beyond tolerance" rules): any real difference counts, float noise does not.
 */
export function areaExceeds(larger: number, smaller: number): boolean {
  return larger - smaller > AREA_FLOAT_NOISE;
}

/** An area for a message's data: in the unit compared, float noise rounded away (4 decimals). */
export function areaForMessage(value: number): number {
  return Number(value.toFixed(4));
}

/**
 * rules.md "area ≥ threshold" (seed S4: 10/30/50亩以上), the area read in the threshold's unit: a
 * 公顷 reading converted to 亩 that lands a hair below the threshold still reaches it.
 */
export function areaAtLeast(value: number, threshold: number): boolean {
  return value >= threshold - AREA_FLOAT_NOISE;
}

/** Separators between several 文号 in one cell (a project resting on several approvals). */
const DOCUMENT_NUMBER_SEPARATOR = /[、，,；;\n]+/u;

/** The 文号 listed in one cell, each trimmed: `川府土〔2023〕12号、川府土〔2023〕13号` → two. */
export function documentNumbersIn(text: string): string[] {
  return text
    .split(DOCUMENT_NUMBER_SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** The years written in the 批准文号 cell, one per 文号 that has one, whichever brackets hold it. */
export function approvalNumberYears(record: PatchRecord): number[] {
  const text = textOf(record, 'approvalNo');
  if (text === undefined) return [];
  return documentNumbersIn(text)
    .map((n) => documentNumberYear(n.replace(/\s+/gu, '')))
    .filter((y): y is number => y !== undefined);
}

/** A year found in a text such as a 批次 (`2023年5月`, `2020年第一季度`). */
export function yearInText(text: string): number | undefined {
  const m = /(?:^|[^\d])((?:19|20)\d{2})(?:[^\d]|$)/u.exec(text);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/** The empty (unanswered) ones among `fields`; an unreadable value counts as filled (rules.md). */
export function emptyFields(record: PatchRecord, fields: readonly FieldId[]): FieldId[] {
  return fields.filter((f) => isEmpty(record, f));
}

/** Fields named for a message by their preferred labels: `批准文号、批准时间`. */
export function fieldLabels(fields: readonly FieldId[]): string {
  return fields.map((f) => fieldDefinition(f).labels[0] ?? f).join('、');
}
