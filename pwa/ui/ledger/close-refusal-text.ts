import type { BlockingFinding } from '../../db/schema';
import { CLOSE_RULES } from '../../ledger/close-item';
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
    const rule = ruleById(finding.ruleId);
    const template = rule?.messages[finding.messageId];
    const message = template === undefined ? `${finding.ruleId}（${finding.messageId}）` : renderTemplate(template, finding.data);
    byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), message]);
  }
  return [...byRule].map(([ruleId, messages]) => ({
    ruleId,
    description: ruleById(ruleId)?.description ?? '',
    messages,
  }));
}

/** A catalogue rule, or one of the checks only 销号 runs (close-item.ts). */
function ruleById(ruleId: string) {
  return CLOSE_RULES.find((r) => r.id === ruleId) ?? RECORD_RULES.find((r) => r.id === ruleId);
}
