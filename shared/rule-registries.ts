/**
 * Every registry of rules, in one list (issue 10): the rule reference (npm run docs → docs/rules.md)
 * and the meta-tests discover rules from here. A new kind of rule (photo rules, …) joins by adding
 * its registry as one entry below.
 */
import { GEOMETRY_RULES } from './geometry/rules';
import type { Severity } from './report/finding';
import type { FieldId } from './model/field-dictionary';
import type { RuleSource } from './rules/define-rule';
import { PHOTO_RULES } from './photo/rules';
import { RECORD_RULES } from './rules';

/** What the reference and the meta-tests read of any rule, whatever its kind. */
export interface ListedRule {
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  readonly description: string;
  readonly source: RuleSource;
  readonly messages: Readonly<Record<string, string>>;
  readonly fields?: readonly FieldId[];
  readonly optionalFields?: readonly FieldId[];
}

export interface RuleRegistry {
  /** Stable key. */
  readonly kind: string;
  /** The section heading of the reference (Chinese, as users read it). */
  readonly heading: string;
  /** The directory of `<rule-id>.ts` and `<rule-id>.test.ts`, from the repository root. */
  readonly directory: string;
  /** The call every test file of the registry makes (the meta-test checks it is there). */
  readonly testerCall: string;
  readonly rules: readonly ListedRule[];
}

export const RULE_REGISTRIES: readonly RuleRegistry[] = [
  { kind: 'record', heading: '填报记录规则', directory: 'shared/rules', testerCall: 'testRule(rule,', rules: RECORD_RULES },
  { kind: 'geometry', heading: '矢量范围规则', directory: 'shared/geometry/rules', testerCall: 'testGeometryRule(rule,', rules: GEOMETRY_RULES },
  { kind: 'photo', heading: '现场照片规则', directory: 'shared/photo/rules', testerCall: 'testPhotoRule(rule,', rules: PHOTO_RULES },
];

/** Every rule of every registry. */
export function allListedRules(): ListedRule[] {
  return RULE_REGISTRIES.flatMap((r) => r.rules);
}

