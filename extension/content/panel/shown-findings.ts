import type { FieldId } from '../../../shared/model/field-dictionary';
import { SEVERITY_ORDER, type Finding, type Severity } from '../../../shared/report/finding';
import { renderTemplate } from '../../../shared/report/render-message';
import type { AnyRule, RuleSource } from '../../../shared/rules/define-rule';
import type { BoundaryCheck, PhotoChecked } from '../../messages';
import type { Dismissal, Dismissals } from '../dismissals';

/** One finding as the panel and the markers show it: rendered, located to a field, maybe dismissed. */
export interface ShownFinding {
  /** Stable within one rendering: rule, message, position. */
  readonly key: string;
  readonly ruleId: string;
  readonly severity: Severity;
  /** Fields at fault that are on the page (markers go there); else the finding's own fields. */
  readonly fields: readonly FieldId[];
  /** The field the panel entry points at (data-field). */
  readonly field: FieldId;
  readonly message: string;
  readonly description: string;
  /** `S0、S1`, `公开资料`, `推断` — where the rule comes from. */
  readonly source: string;
  readonly sourceNote: string;
  readonly origin: 'record' | 'boundary' | 'photo';
  readonly dismissed?: Dismissal;
}

const SOURCE_TAG_LABEL: Readonly<Record<RuleSource['tag'], string>> = { seed: '种子文件', sourced: '公开资料', inferred: '推断（inferred）' };

/** Where a rule comes from, as shown: its seed notices (S0–S4), else what kind of source it has. */
export function sourceLabel(source: RuleSource): string {
  if (source.tag === 'seed' && source.refs.length > 0) return source.refs.join('、');
  const refs = source.refs.length > 0 ? `，参见 ${source.refs.join('、')}` : '';
  return `${SOURCE_TAG_LABEL[source.tag]}${refs}`;
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
}

/** Record, boundary and photo findings as shown, errors first, then in rule order. */
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
    out.push({
      key: `${finding.ruleId}|${finding.messageId}|${i}`,
      ruleId: finding.ruleId,
      severity: finding.severity,
      fields,
      field: fields[0] ?? 'patchId',
      message: renderTemplate(template, finding.data),
      description: rule.description,
      source: sourceLabel(rule.source),
      sourceNote: rule.source.note,
      origin: 'record',
      ...(dismissed ? { dismissed } : {}),
    });
  });
  input.boundary?.findings.forEach((finding, i) => {
    const dismissed = input.dismissals[finding.ruleId];
    out.push({
      key: `${finding.ruleId}|${finding.messageId}|boundary-${i}`,
      ruleId: finding.ruleId,
      severity: finding.severity,
      fields: ['vectorFile'],
      field: 'vectorFile',
      message: finding.where !== '' ? `${finding.message}（${finding.where}）` : finding.message,
      description: finding.description,
      source: sourceLabel(finding.source),
      sourceNote: finding.source.note,
      origin: 'boundary',
      ...(dismissed ? { dismissed } : {}),
    });
  });
  input.photos?.forEach((photo, p) => {
    photo.findings.forEach((finding, i) => {
      const dismissed = input.dismissals[finding.ruleId];
      out.push({
        key: `${finding.ruleId}|${finding.messageId}|photo-${p}-${i}`,
        ruleId: finding.ruleId,
        severity: finding.severity,
        fields: ['photoCount'],
        field: 'photoCount',
        message: `照片“${photo.fileName}”：${finding.message}`,
        description: finding.description,
        source: sourceLabel(finding.source),
        sourceNote: finding.source.note,
        origin: 'photo',
        ...(dismissed ? { dismissed } : {}),
      });
    });
  });
  const rank = (f: ShownFinding): number => order.get(f.ruleId) ?? input.rules.length;
  return out.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || rank(a) - rank(b));
}
