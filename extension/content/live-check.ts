import { AuditRun, type AuditOptions } from '../../shared/engine/run-rules';
import { changedFields, RuleFieldIndex } from '../../shared/engine/rule-field-index';
import type { PatchRecord } from '../../shared/model/patch-record';
import type { Finding } from '../../shared/report/finding';
import type { AnyRule } from '../../shared/rules/define-rule';

export interface LiveCheckResult {
  /** Every current finding, in registry order. */
  readonly findings: readonly Finding[];
  /** Ids of the rules that ran for this update (all of them on the first). */
  readonly rerun: readonly string[];
}

/**
 * The rules over one form, re-run as the filer edits it: after each reading of the page only the
 * rules that read a changed field run again (shared/engine/rule-field-index.ts); the others keep
 * their findings. One instance per form and settings; a new profile means a new instance.
 */
export class LiveCheck {
  private readonly run: AuditRun;
  private readonly index: RuleFieldIndex;
  private readonly byRule = new Map<string, Finding[]>();
  private previous: PatchRecord | undefined;

  constructor(
    private readonly rules: readonly AnyRule[],
    options: AuditOptions,
  ) {
    this.run = new AuditRun(rules, options);
    this.index = new RuleFieldIndex(rules);
  }

  update(record: PatchRecord): LiveCheckResult {
    const rules = this.previous === undefined ? this.rules : this.index.rulesAffectedBy(changedFields(this.previous, record));
    this.previous = record;
    const ids = new Set(rules.map((rule) => rule.id));
    if (ids.size > 0) {
      for (const id of ids) this.byRule.set(id, []);
      const statuses = this.run.statuses(record.present).filter((status) => ids.has(status.rule.id));
      for (const finding of this.run.check(record, {}, statuses)) this.byRule.get(finding.ruleId)?.push(finding);
    }
    return { findings: this.rules.flatMap((rule) => this.byRule.get(rule.id) ?? []), rerun: [...ids] };
  }
}
