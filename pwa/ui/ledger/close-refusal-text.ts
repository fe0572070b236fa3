import type { BlockingFinding } from '../../db/schema';
import { RECORD_RULES } from '../../../shared/rules';
import { renderTemplate } from '../../../shared/report/render-message';

/** One rule that blocks 销号, with its findings' messages rendered in zh-CN. */
export interface BlockingRuleText {
  readonly ruleId: string;
  readonly description: string;
  readonly messages: readonly string[];
}

/**
 * The blocking findings of a refused 销号 grouped by rule, in the order the rules first appear,
 * with each message rendered from the rule's template and the finding's data (the ledger keeps
 * only ids and data, so wording improves without touching stored refusals).
 */
export function blockingRuleTexts(blocking: readonly BlockingFinding[]): BlockingRuleText[] {
  const byRule = new Map<string, string[]>();
  for (const finding of blocking) {
    const rule = RECORD_RULES.find((r) => r.id === finding.ruleId);
    const template = rule?.messages[finding.messageId];
    const message = template === undefined ? `${finding.ruleId}（${finding.messageId}）` : renderTemplate(template, finding.data);
    byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), message]);
  }
  return [...byRule].map(([ruleId, messages]) => ({
    ruleId,
    description: RECORD_RULES.find((r) => r.id === ruleId)?.description ?? '',
    messages,
  }));
}
