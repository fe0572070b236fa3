/**
 * Runs geometry rules over a file already read and analysed: the reader's problems become
 * findings of their own rule ids, then every rule checks the file and each parcel. Severity comes
 * from the profile (`rules[id]`, or 'off'), else the rule's default — as for record rules.
 */
import type { MessageData, Severity } from '../report/finding';
import { SEVERITY_ORDER } from '../report/finding';
import { renderTemplate } from '../report/render-message';
import type { ParcelAnalysis } from './analysis';
import type { AnyGeometryRule, GeometryContext } from './define-geometry-rule';
import { isArea, type CoordinateFile, type GeometryLocation } from './model';

/** A geometry finding: data first, the zh-CN message rendered from the rule's template. */
export interface GeometryFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly data: MessageData;
  readonly message: string;
  readonly location: GeometryLocation;
}

/** Shown when a reader reports a message id its rule has no template for (never expected; kept visible, not dropped). */
const FALLBACK_TEMPLATE = '{ruleId}：{messageId}';

function severityOf(rule: AnyGeometryRule, context: GeometryContext): Severity | 'off' {
  return context.profile.rules[rule.id] ?? rule.severity;
}

function finding(rule: AnyGeometryRule | undefined, ruleId: string, severity: Severity, messageId: string, data: MessageData, location: GeometryLocation): GeometryFinding {
  const template = (rule?.messages as Readonly<Record<string, string>> | undefined)?.[messageId];
  const message = template !== undefined ? renderTemplate(template, data) : renderTemplate(FALLBACK_TEMPLATE, { ...data, ruleId, messageId });
  return { ruleId, severity, messageId, data, message, location };
}

/** Findings in reading order: parcel, then ring, point, line; file-level ones (no parcel) first. */
export function compareGeometryFindings(a: GeometryFinding, b: GeometryFinding): number {
  const key = (f: GeometryFinding): number[] => [f.location.parcel ?? 0, f.location.ring ?? 0, f.location.point ?? 0, f.location.line ?? 0, SEVERITY_ORDER[f.severity]];
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i += 1) {
    const d = (ka[i] ?? 0) - (kb[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}

/**
 * `analyses[i]` belongs to `file.parcels[i]`. Reader problems whose rule id no given rule owns
 * are still reported (as errors): a file problem must never vanish because a rule list is short.
 */
export function runGeometryRules(rules: readonly AnyGeometryRule[], file: CoordinateFile, analyses: readonly ParcelAnalysis[], context: GeometryContext): GeometryFinding[] {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const findings: GeometryFinding[] = [];
  for (const problem of file.problems) {
    const rule = byId.get(problem.ruleId);
    const severity = rule ? severityOf(rule, context) : (context.profile.rules[problem.ruleId] ?? 'error');
    if (severity === 'off') continue;
    findings.push(finding(rule, problem.ruleId, severity, problem.messageId, problem.data, problem.location));
  }
  for (const rule of rules) {
    const severity = severityOf(rule, context);
    if (severity === 'off') continue;
    for (const report of rule.checkFile?.(file, context, analyses) ?? []) {
      findings.push(finding(rule, rule.id, severity, report.messageId, report.data ?? {}, report.location));
    }
    if (!rule.checkParcel) continue;
    file.parcels.forEach((parcel, i) => {
      const analysis = analyses[i];
      if (!analysis || (!isArea(parcel) && !rule.checksNonAreas)) return;
      for (const report of rule.checkParcel?.(parcel, analysis, file, context) ?? []) {
        findings.push(finding(rule, rule.id, severity, report.messageId, report.data ?? {}, report.location));
      }
    });
  }
  return findings.sort(compareGeometryFindings);
}
