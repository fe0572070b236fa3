import type { AreaUnit } from '../../../shared/model/areas';
import type { FieldId } from '../../../shared/model/field-dictionary';
import { SEVERITY_ORDER, type Finding, type Severity } from '../../../shared/report/finding';
import { renderTemplate } from '../../../shared/report/render-message';
import { sourceName } from '../../../shared/report/source-names';
import type { AnyRule } from '../../../shared/rules/define-rule';
import type { BoundaryCheck, PhotoChecked } from '../../messages';
import type { Dismissal, Dismissals } from '../dismissals';

/** One finding as the panel and the markers show it: rendered, located to a field, maybe dismissed. */
export interface ShownFinding {
  /** Stable within one rendering: rule, message, position. */
  readonly key: string;
  readonly ruleId: string;
  /** The rule's Chinese title: what users read (the id only in the 说明's 规则编号 line). */
  readonly title: string;
  readonly severity: Severity;
  /** Fields at fault that are on the page (markers go there); else the finding's own fields. */
  readonly fields: readonly FieldId[];
  /** The field the panel entry points at (data-field). */
  readonly field: FieldId;
  readonly message: string;
  readonly description: string;
  /** The notices the rule comes from, by name. */
  readonly source: string;
  readonly sourceNote: string;
  readonly origin: 'record' | 'boundary' | 'photo';
  /** When the finding was made (the rule's last run, the boundary check's answer). */
  readonly madeAt?: Date | undefined;
  /**
   * A "required" finding on a form the filer has not touched yet: shown as a neutral item of a
   * to-fill checklist, not as an error, and without a marker (issue 11).
   */
  readonly checklist: boolean;
  readonly dismissed?: Dismissal;
}

/** Rules that only say a field is empty: on an untouched form they are a checklist, not errors. */
export function isRequiredRule(ruleId: string): boolean {
  return ruleId.endsWith('-required');
}

export interface ShownFindingsInput {
  readonly findings: readonly Finding[];
  readonly rules: readonly AnyRule[];
  readonly boundary?: BoundaryCheck | undefined;
  /** Photos checked from the 现场照片 upload: their findings are shown at that field. */
  readonly photos?: readonly PhotoChecked[] | undefined;
  /** Fields found on the page. */
  readonly present: ReadonlySet<FieldId>;
  readonly dismissals: Dismissals;
  /** When each rule last ran (rule id → time). */
  readonly madeAt?: ReadonlyMap<string, Date>;
  readonly boundaryMadeAt?: Date | undefined;
  /** The units the form shows its areas in (messages follow them). */
  readonly areaUnits?: readonly AreaUnit[];
  /** Nothing edited yet on this form: required findings become the checklist. */
  readonly untouched?: boolean;
}

/** Record, boundary and photo findings as shown, errors first, then in rule order; checklist items last. */
export function shownFindings(input: ShownFindingsInput): ShownFinding[] {
  const rulesById = new Map(input.rules.map((rule) => [rule.id, rule]));
  const order = new Map(input.rules.map((rule, i) => [rule.id, i]));
  const out: ShownFinding[] = [];
  input.findings.forEach((finding, i) => {
    const rule = rulesById.get(finding.ruleId);
    if (!rule) return;
    const onPage = finding.fields.filter((f) => input.present.has(f));
    const fields = onPage.length > 0 ? onPage : finding.fields;
    const template = (rule.messages as Readonly<Record<string, string>>)[finding.messageId] ?? finding.messageId;
    const dismissed = input.dismissals[finding.ruleId];
    const madeAt = input.madeAt?.get(finding.ruleId);
    out.push({
      key: `${finding.ruleId}|${finding.messageId}|${i}`,
      ruleId: finding.ruleId,
      // The rule's metadata title (what shared/report/rule-titles.ts ruleTitle() reads): importing that
      // accessor would bundle every rule registry (geometry, photo) into the content script.
      title: rule.title,
      severity: finding.severity,
      fields,
      field: fields[0] ?? 'patchId',
      message: renderTemplate(template, finding.data, { dateStyle: 'chinese', ...(input.areaUnits ? { areaUnits: input.areaUnits } : {}) }),
      description: rule.description,
      source: sourceName(rule.source),
      sourceNote: rule.source.note,
      origin: 'record',
      madeAt,
      checklist: input.untouched === true && isRequiredRule(finding.ruleId),
      ...(dismissed ? { dismissed } : {}),
    });
  });
  input.boundary?.findings.forEach((finding, i) => {
    const dismissed = input.dismissals[finding.ruleId];
    out.push({
      key: `${finding.ruleId}|${finding.messageId}|boundary-${i}`,
      ruleId: finding.ruleId,
      title: finding.title,
      severity: finding.severity,
      fields: ['vectorFile'],
      field: 'vectorFile',
      message: finding.where !== '' ? `${finding.message}（${finding.where}）` : finding.message,
      description: finding.description,
      source: sourceName(finding.source),
      sourceNote: finding.source.note,
      origin: 'boundary',
      madeAt: input.boundaryMadeAt,
      checklist: false,
      ...(dismissed ? { dismissed } : {}),
    });
  });
  input.photos?.forEach((photo, p) => {
    photo.findings.forEach((finding, i) => {
      const dismissed = input.dismissals[finding.ruleId];
      out.push({
        key: `${finding.ruleId}|${finding.messageId}|photo-${p}-${i}`,
        ruleId: finding.ruleId,
        title: finding.title,
        severity: finding.severity,
        fields: ['photoCount'],
        field: 'photoCount',
        message: `照片“${photo.fileName}”：${finding.message}`,
        description: finding.description,
        source: sourceName(finding.source),
        sourceNote: finding.source.note,
        origin: 'photo',
        checklist: false,
        ...(dismissed ? { dismissed } : {}),
      });
    });
  });
  const rank = (f: ShownFinding): number => order.get(f.ruleId) ?? input.rules.length;
  return out.sort((a, b) => Number(a.checklist) - Number(b.checklist) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || rank(a) - rank(b));
}
