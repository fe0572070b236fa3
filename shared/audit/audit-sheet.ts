import { AuditRun, dataYearOf, majorityDateYear, type NotApplicableReason } from '../engine/run-rules';
import type { IsoDate } from '../model/dates';
import { fieldDefinition, type FieldId } from '../model/field-dictionary';
import { textOf, type PatchRecord } from '../model/patch-record';
import type { Profile } from '../profiles/profile-schema';
import type { Finding, Severity } from '../report/finding';
import { renderTemplate } from '../report/render-message';
import type { AnyRule } from '../rules/define-rule';
import { RECORD_RULES } from '../rules';
import type { ColumnMapping, SheetRead, SheetRow } from '../sheet/read-sheet';

/** A value that could not be read as its field's type (other than dates, which date-invalid reports). */
export interface UnreadableValue {
  readonly row: number;
  readonly column: string;
  readonly field: FieldId;
  readonly text: string;
  readonly expected: 'number' | 'yesno' | 'area';
}

export interface RuleCount {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly count: number;
  readonly rows: number;
  readonly description: string;
}

export interface NotApplicableRule {
  readonly ruleId: string;
  readonly reason: NotApplicableReason;
  readonly description: string;
}

export interface TownCount {
  readonly town: string;
  readonly rows: number;
  readonly rowsWithFindings: number;
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

export interface AuditSummary {
  readonly file: string;
  readonly fileKind: SheetRead['fileKind'];
  readonly encoding?: SheetRead['encoding'];
  readonly sheet: string;
  readonly title?: string;
  readonly headerRows: SheetRead['headerRows'];
  readonly asOf: IsoDate;
  readonly profile: { readonly id: string; readonly name: string };
  readonly dataYear?: number;
  readonly rows: number;
  readonly skipped: SheetRead['skipped'];
  readonly rowsWithFindings: number;
  readonly findings: { readonly total: number } & Readonly<Record<Severity, number>>;
  readonly byRule: readonly RuleCount[];
  readonly byTown: readonly TownCount[];
  readonly notApplicable: readonly NotApplicableRule[];
  readonly unmappedColumns: readonly { readonly column: string; readonly header: string }[];
  readonly duplicateColumns: readonly { readonly column: string; readonly header: string; readonly field: FieldId }[];
  readonly unreadableValues: readonly UnreadableValue[];
}

/** A finding located in a sheet, with its message rendered (zh-CN) for output. */
export interface SheetFinding extends Finding {
  readonly row: number;
  readonly patchId?: string;
  readonly town?: string;
  readonly message: string;
  /** Excel column letters of the fields at fault. */
  readonly columns: readonly string[];
}

export interface AuditReport {
  readonly summary: AuditSummary;
  readonly mapping: readonly ColumnMapping[];
  readonly findings: readonly SheetFinding[];
}

export interface AuditOptions {
  readonly file: string;
  readonly profile: Profile;
  readonly asOf: IsoDate;
  readonly rules?: readonly AnyRule[];
  readonly onProgress?: (done: number, total: number) => void;
  /** Called with each record and its findings: a report built in the same pass shares the read. */
  readonly onRecord?: (row: SheetRow, findings: readonly Finding[]) => void;
  /** Checked between rows: a long audit can be cancelled (PWA). */
  readonly signal?: { readonly aborted: boolean };
  /**
   * Findings handed out as they are made (streamed JSON output): the report then keeps only the
   * first `keepFindings` of them (default none), so memory does not grow with the number of findings.
   */
  readonly onFinding?: (finding: SheetFinding) => void;
  readonly keepFindings?: number;
}

export class AuditCancelled extends Error {
  constructor() {
    super('audit cancelled');
    this.name = 'AuditCancelled';
  }
}

function columnsByField(mapping: readonly ColumnMapping[]): Map<FieldId, string[]> {
  const out = new Map<FieldId, string[]>();
  for (const m of mapping) {
    if (m.status !== 'mapped' || !m.field) continue;
    const list = out.get(m.field) ?? [];
    list.push(m.columnLetter);
    out.set(m.field, list);
  }
  return out;
}

const PROGRESS_EVERY = 5_000;

function* recordsOf(sheet: SheetRead): Generator<PatchRecord> {
  for (const row of sheet.rows()) yield row.record;
}

/** Runs every record rule over a read sheet: the one audit every face shows. */
export function auditSheet(sheet: SheetRead, options: AuditOptions): AuditReport {
  const rules = options.rules ?? RECORD_RULES;
  let datesYear: { readonly year: number | undefined } | undefined;
  const runOptions = {
    profile: options.profile,
    asOf: options.asOf,
    ...(sheet.titleYear !== undefined ? { titleYear: sheet.titleYear } : {}),
    // A second pass over the rows, made only if a record has neither 批次 nor a title year to go by.
    datesYear: () => (datesYear ??= { year: majorityDateYear(recordsOf(sheet)) }).year,
  };
  const run = new AuditRun(rules, runOptions);
  const statuses = run.statuses(sheet.present);
  const columns = columnsByField(sheet.mapping);
  const messages = new Map(rules.map((r) => [r.id, r.messages as Readonly<Record<string, string>>]));

  const findings: SheetFinding[] = [];
  const unreadable: UnreadableValue[] = [];
  const towns = new Map<string, { rows: number; rowsWithFindings: number; error: number; warning: number; info: number }>();
  const ruleRows = new Map<string, number>();
  const ruleLastRow = new Map<string, number>();
  let rowsWithFindings = 0;
  let done = 0;
  const severityCount: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRuleCount = new Map<string, number>();
  let findingCount = 0;
  const keep = options.onFinding ? (options.keepFindings ?? 0) : Number.POSITIVE_INFINITY;
  let firstDataYear: number | undefined;

  for (const sheetRow of sheet.rows()) {
    if (options.signal?.aborted) throw new AuditCancelled();
    const { excelRow, record } = sheetRow;
    const patchId = textOf(record, 'patchId');
    const town = textOf(record, 'town') ?? '（未填乡镇）';
    const plotId = textOf(record, 'plotId');
    const rowFindings = run.check(record, { row: excelRow, ...(patchId !== undefined ? { patchId } : {}), ...(plotId !== undefined ? { plotId } : {}) }, statuses);
    const stats = towns.get(town) ?? { rows: 0, rowsWithFindings: 0, error: 0, warning: 0, info: 0 };
    stats.rows += 1;
    if (rowFindings.length > 0) {
      rowsWithFindings += 1;
      stats.rowsWithFindings += 1;
    }
    for (const f of rowFindings) {
      stats[f.severity] += 1;
      severityCount[f.severity] += 1;
      findingCount += 1;
      byRuleCount.set(f.ruleId, (byRuleCount.get(f.ruleId) ?? 0) + 1);
      // Rows come in order: a rule's rows are counted without keeping them.
      if (ruleLastRow.get(f.ruleId) !== excelRow) {
        ruleLastRow.set(f.ruleId, excelRow);
        ruleRows.set(f.ruleId, (ruleRows.get(f.ruleId) ?? 0) + 1);
      }
      const finding: SheetFinding = {
        ...f,
        row: excelRow,
        ...(patchId !== undefined ? { patchId } : {}),
        town,
        message: renderTemplate(messages.get(f.ruleId)?.[f.messageId] ?? f.messageId, f.data),
        columns: f.fields.flatMap((field) => columns.get(field) ?? []),
      };
      options.onFinding?.(finding);
      if (findings.length < keep) findings.push(finding);
    }
    towns.set(town, stats);
    options.onRecord?.(sheetRow, rowFindings);
    // for…in, not Object.entries: no pair arrays for every field of every row (hot loop).
    for (const key in record.values) {
      const field = key as FieldId;
      const value = record.values[field];
      if (value?.kind === 'invalid' && value.expected !== 'date') {
        unreadable.push({ row: excelRow, column: (columns.get(field) ?? []).join(','), field, text: value.text, expected: value.expected });
      }
    }
    firstDataYear ??= dataYearOf(record, runOptions);
    done += 1;
    if (options.onProgress && done % PROGRESS_EVERY === 0) options.onProgress(done, sheet.dataRowCount);
  }
  options.onProgress?.(done, sheet.dataRowCount);

  const statusById = new Map(statuses.map((s) => [s.rule.id, s]));
  const byRule: RuleCount[] = [...byRuleCount.entries()]
    .map(([ruleId, n]) => ({ ruleId, severity: statusById.get(ruleId)?.severity ?? 'error', count: n, rows: ruleRows.get(ruleId) ?? 0, description: statusById.get(ruleId)?.rule.description ?? '' }))
    .sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId));

  return {
    summary: {
      file: options.file,
      fileKind: sheet.fileKind,
      ...(sheet.encoding ? { encoding: sheet.encoding } : {}),
      sheet: sheet.sheetName,
      ...(sheet.titleText ? { title: sheet.titleText } : {}),
      headerRows: sheet.headerRows,
      asOf: options.asOf,
      profile: { id: options.profile.id, name: options.profile.name },
      ...(firstDataYear !== undefined ? { dataYear: firstDataYear } : {}),
      rows: done,
      skipped: sheet.skipped,
      rowsWithFindings,
      findings: { total: findingCount, ...severityCount },
      byRule,
      byTown: [...towns.entries()].map(([town, s]) => ({ town, ...s })).sort((a, b) => b.rowsWithFindings - a.rowsWithFindings || a.town.localeCompare(b.town, 'zh')),
      notApplicable: statuses.flatMap((s) => (s.notApplicable ? [{ ruleId: s.rule.id, reason: s.notApplicable, description: s.rule.description }] : [])),
      unmappedColumns: sheet.mapping.filter((m) => m.status === 'unmapped').map((m) => ({ column: m.columnLetter, header: m.header })),
      duplicateColumns: sheet.mapping.flatMap((m) => (m.status === 'duplicate' && m.field ? [{ column: m.columnLetter, header: m.header, field: m.field }] : [])),
      unreadableValues: unreadable,
    },
    mapping: sheet.mapping,
    findings,
  };
}

/** A field's preferred label (for messages about fields). */
export function fieldLabel(field: FieldId): string {
  return fieldDefinition(field).labels[0] ?? field;
}
