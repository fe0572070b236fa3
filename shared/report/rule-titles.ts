/**
 * Every face names a rule by its Chinese title, never by its id (issue 11): the id appears only in
 * JSON, in the generated rule reference and in an expandable 说明 "规则编号" line.
 *
 * ONE accessor: `ruleTitle(rule or id)`. The title lives in each rule's metadata (issue 10; the
 * meta-test checks ≤ 12 characters, Chinese, unique); an id is looked up in every rule registry.
 */
import { allListedRules } from '../rule-registries';

/** Checks that are not catalogue rules but name themselves in a refusal (the ledger's 销号 gate). */
const EXTRA_TITLES: Readonly<Record<string, string>> = { 'fine-collected-before-close': '罚款未收缴完毕' };

let titlesById: ReadonlyMap<string, string> | undefined;

function titleOfId(id: string): string | undefined {
  // Built on first use, not at import: the registries import rules that import this module.
  titlesById ??= new Map(allListedRules().map((rule) => [rule.id, rule.title]));
  return titlesById.get(id) ?? EXTRA_TITLES[id];
}

/** What the accessor needs of a rule: its id, and its metadata title. */
export interface TitledRule {
  readonly id: string;
  readonly title?: string | undefined;
}

/** A rule's Chinese title; an unknown id (a rule from a newer version) gets a neutral name, never the id. */
export function ruleTitle(rule: TitledRule | string): string {
  const id = typeof rule === 'string' ? rule : rule.id;
  const fromMetadata = typeof rule === 'string' ? undefined : rule.title;
  return fromMetadata ?? titleOfId(id) ?? '其他校核规则';
}
