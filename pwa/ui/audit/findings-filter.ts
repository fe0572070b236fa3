import type { SheetFinding } from '../../../shared/audit/audit-sheet';
import { fieldDefinition, type FieldId } from '../../../shared/model/field-dictionary';
import { SEVERITY_ORDER, type Severity } from '../../../shared/report/finding';

/** What the findings table is narrowed to; '' = any. */
export interface FindingFilter {
  readonly rule: string;
  readonly severity: '' | Severity;
  readonly town: string;
  readonly field: '' | FieldId;
}

export const NO_FILTER: FindingFilter = { rule: '', severity: '', town: '', field: '' };

export function isSeverity(value: string): value is Severity {
  return Object.hasOwn(SEVERITY_ORDER, value);
}

/**
 * Positions of the findings that match, in report order (row, then rule). An index list, not a
 * copy: a 100,000-row sheet can have a few hundred thousand findings, and the table draws only the
 * visible ones by index.
 */
export function filterFindings(findings: readonly SheetFinding[], filter: FindingFilter): Int32Array {
  const { rule, severity, town, field } = filter;
  if (rule === '' && severity === '' && town === '' && field === '') {
    const all = new Int32Array(findings.length);
    for (let i = 0; i < all.length; i++) all[i] = i;
    return all;
  }
  const out = new Int32Array(findings.length);
  let n = 0;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f === undefined) continue;
    if (rule !== '' && f.ruleId !== rule) continue;
    if (severity !== '' && f.severity !== severity) continue;
    if (town !== '' && f.town !== town) continue;
    if (field !== '' && !f.fields.includes(field)) continue;
    out[n++] = i;
  }
  return out.slice(0, n);
}

export interface FieldOption {
  readonly field: FieldId;
  readonly label: string;
  readonly count: number;
}

/** Fields the findings name, with how many findings name each, in dictionary order of labels. */
export function fieldsOfFindings(findings: readonly SheetFinding[]): FieldOption[] {
  const counts = new Map<FieldId, number>();
  for (const f of findings) for (const field of f.fields) counts.set(field, (counts.get(field) ?? 0) + 1);
  return [...counts.entries()]
    .map(([field, count]) => ({ field, label: fieldLabel(field), count }))
    .sort((a, b) => a.label.localeCompare(b.label, 'zh'));
}

export function fieldLabel(field: FieldId): string {
  return fieldDefinition(field).labels[0] ?? field;
}

/** A filter still valid for new results: a value the new results do not have is dropped. */
export function keepApplicable(filter: FindingFilter, available: { rules: ReadonlySet<string>; towns: ReadonlySet<string>; fields: ReadonlySet<string> }): FindingFilter {
  return {
    rule: available.rules.has(filter.rule) ? filter.rule : '',
    severity: filter.severity,
    town: available.towns.has(filter.town) ? filter.town : '',
    field: filter.field !== '' && available.fields.has(filter.field) ? filter.field : '',
  };
}
