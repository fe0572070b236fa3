/**
 * The rule reference the project owns (issue 10): docs/rules.md, generated from the rules' own
 * metadata (id, title, severity, fields, what it checks, source by notice name, messages) and the
 * cases of their test files, for every registry of shared/rule-registries.ts. `npm run docs`
 * writes it; tests/meta/rule-reference.test.ts checks it is current.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnyGeometryRule } from '../shared/geometry/define-geometry-rule';
import { fieldDefinition, type FieldId } from '../shared/model/field-dictionary';
import { allListedRules, RULE_REGISTRIES, type ListedRule } from '../shared/rule-registries';
import { SEVERITY_LABEL } from '../shared/report/finding';
import { renderTemplate } from '../shared/report/render-message';
import { noticeName, SEED_NOTICES } from '../shared/report/seed-notices';
import type { SeedRef } from '../shared/rules/define-rule';
import { readCatalogue } from '../tests/support/rule-catalogue';
import { collectSuites, type CollectedSuite } from '../tests/support/rule-case-sink';
import type { GeometryRuleCases } from '../tests/support/geometry-rule-tester';
import { runGeometryCase } from '../tests/support/geometry-rule-tester';
import { runCase, type RawRecord, type RuleCases } from '../tests/support/rule-tester';
import type { PhotoRuleCases } from '../tests/support/photo-rule-tester';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const REFERENCE_PATH = join(REPO_ROOT, 'docs', 'rules.md');

/** Examples shown per rule: enough to read the rule by, short enough to read the page. */
const INVALID_EXAMPLES = 4;
const VALID_EXAMPLES = 3;

const TAG_LABEL: Readonly<Record<ListedRule['source']['tag'], string>> = { seed: '种子通知', sourced: '平台公开材料', inferred: '推定（可由配置调整）' };

function labelOf(field: FieldId): string {
  return fieldDefinition(field).labels[0] ?? field;
}

function cellText(value: unknown): string {
  if (typeof value === 'string') return value === '' ? '（空）' : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value && typeof value === 'object') {
    const area = value as { ha?: unknown; mu?: unknown };
    const parts = [area.ha !== undefined ? `${String(area.ha)}公顷` : '', area.mu !== undefined ? `${String(area.mu)}亩` : ''].filter((p) => p !== '');
    if (parts.length > 0) return parts.join(' / ');
  }
  return JSON.stringify(value);
}

function recordText(record: RawRecord): string {
  const cells = Object.entries(record).map(([field, value]) => `${labelOf(field as FieldId)}=${cellText(value)}`);
  return cells.length > 0 ? cells.join('；') : '（全部为空）';
}

/** One inline code span, whatever backticks or line breaks the text holds. */
function inline(text: string): string {
  return text.replace(/\s*\n\s*/gu, ' ').replace(/\|/gu, '\\|');
}

type RecordCase = RuleCases['valid'][number] & { readonly errors?: readonly unknown[] };

function recordCaseLine(rule: CollectedSuite['rule'], c: RecordCase): string {
  const records = c.records ?? (c.record ? [c.record] : []);
  const setting = [
    c.absent && c.absent.length > 0 ? `无列：${c.absent.map(labelOf).join('、')}` : '',
    c.titleYear !== undefined ? `标题年份 ${c.titleYear}` : '',
    c.asOf !== undefined ? `审核日 ${c.asOf}` : '',
    c.profile ? `配置：${Object.keys(c.profile).join('、')}` : '',
  ].filter((s) => s !== '');
  const input = records.map(recordText).join(' ／ ') + (setting.length > 0 ? `（${setting.join('；')}）` : '');
  const { findings } = runCase(rule as Parameters<typeof runCase>[0], c);
  const messages = (rule as { messages: Readonly<Record<string, string>> }).messages;
  const outcome = findings.length === 0 ? '不报' : findings.map((f) => `「${renderTemplate(messages[f.messageId] ?? f.messageId, f.data)}」`).join(' ');
  return `- ${c.name ? `${inline(c.name)}：` : ''}${inline(input)} → ${inline(outcome)}`;
}

function recordExamples(suite: CollectedSuite): string[] {
  const cases = suite.cases as RuleCases;
  return [...cases.invalid.slice(0, INVALID_EXAMPLES), ...cases.valid.slice(0, VALID_EXAMPLES)].map((c) => recordCaseLine(suite.rule, c));
}

function geometryExamples(suite: CollectedSuite): string[] {
  const rule = suite.rule as AnyGeometryRule;
  const cases = suite.cases as GeometryRuleCases;
  const invalid = cases.invalid.slice(0, INVALID_EXAMPLES).map((c) => {
    const { findings } = runGeometryCase(rule, c);
    const shown = findings.filter((f) => f.ruleId === rule.id).slice(0, 2);
    return `- ${inline(c.name)} → ${shown.map((f) => `「${inline(f.message)}」`).join(' ') || '报'}`;
  });
  const valid = cases.valid.slice(0, VALID_EXAMPLES).map((c) => `- ${inline(c.name)} → 不报`);
  return [...invalid, ...valid];
}

/** Photo cases state their expected messages: the reference renders those templates. */
function photoExamples(suite: CollectedSuite): string[] {
  const messages = (suite.rule as { messages: Readonly<Record<string, string>> }).messages;
  const cases = suite.cases as PhotoRuleCases;
  const invalid = cases.invalid.slice(0, INVALID_EXAMPLES).map((c) => `- ${inline(c.name)} → ${c.errors.map((e) => `「${inline(renderTemplate(messages[e.messageId] ?? e.messageId, e.data ?? {}))}」`).join(' ')}`);
  const valid = cases.valid.slice(0, VALID_EXAMPLES).map((c) => `- ${inline(c.name)} → 不报`);
  return [...invalid, ...valid];
}

function sourceText(rule: ListedRule): string {
  const refs = rule.source.refs.map((ref: SeedRef) => `${ref} ${noticeName(ref)}`);
  return `${TAG_LABEL[rule.source.tag]}${refs.length > 0 ? `：${refs.join('；')}` : ''}。${rule.source.note}`;
}

function ruleSection(rule: ListedRule, directory: string, suite: CollectedSuite | undefined, kind: string): string[] {
  const lines = [`### ${rule.title} \`${rule.id}\``, '', `- 严重程度：${SEVERITY_LABEL[rule.severity]}`];
  if (rule.fields) {
    const optional = rule.optionalFields ?? [];
    lines.push(`- 字段：${rule.fields.map(labelOf).join('、') || '（见说明）'}${optional.length > 0 ? `；可选：${optional.map(labelOf).join('、')}` : ''}`);
  }
  lines.push(`- 检查什么：${inline(rule.description)}`, `- 出处：${inline(sourceText(rule))}`, '- 提示：');
  for (const [id, template] of Object.entries(rule.messages)) lines.push(`  - \`${id}\`：${inline(template)}`);
  lines.push('', `例（来自 \`${directory}/${rule.id}.test.ts\`）：`, '');
  if (!suite) lines.push('- （测试文件未提供用例）');
  else lines.push(...(kind === 'geometry' ? geometryExamples(suite) : kind === 'photo' ? photoExamples(suite) : recordExamples(suite)));
  lines.push('');
  return lines;
}

/** The test files of every registry's rules that exist. */
export function ruleTestFiles(): string[] {
  return RULE_REGISTRIES.flatMap((registry) => registry.rules.map((r) => join(REPO_ROOT, registry.directory, `${r.id}.test.ts`))).filter((f) => existsSync(f));
}

/** docs/rules.md as it should read now. */
export async function renderRuleReference(): Promise<string> {
  const suites = new Map((await collectSuites(ruleTestFiles())).map((s) => [s.ruleId, s]));
  const implemented = new Set(allListedRules().map((r) => r.id));
  const planned = readCatalogue().filter((row) => !implemented.has(row.id));
  const out: string[] = [
    '<!-- Generated by `npm run docs` (scripts/write-rule-reference.ts) from the rules’ metadata and tests; do not edit. tests/meta/rule-reference.test.ts checks it is current. -->',
    '',
    '# 校核规则参考',
    '',
    `本参考由规则代码中的元数据（编号、名称、严重程度、字段、说明、出处、提示）和各规则测试文件中的用例生成。规则目录（团队规格的副本）见 [rule-catalogue.md](rule-catalogue.md)。共 ${implemented.size} 条规则：${RULE_REGISTRIES.map((r) => `${r.heading} ${r.rules.length} 条`).join('，')}。`,
    '',
    '严重程度是默认值，配置（profile）可以调高、调低或关闭；阈值、日期与名单都在配置中，标为推定（inferred）的取值在提示中称“参考值”。',
    '',
    '## 出处（种子通知）',
    '',
    '| 编号 | 通知 | 发文机关 |',
    '|---|---|---|',
    ...(Object.keys(SEED_NOTICES) as SeedRef[]).map((ref) => `| ${ref} | ${noticeName(ref)} | ${SEED_NOTICES[ref].issuer} |`),
    '',
  ];
  for (const registry of RULE_REGISTRIES) {
    const rules = [...registry.rules].sort((a, b) => a.id.localeCompare(b.id));
    out.push(`## ${registry.heading}`, '', '| 名称 | 编号 | 严重程度 |', '|---|---|---|');
    for (const rule of rules) out.push(`| ${rule.title} | \`${rule.id}\` | ${SEVERITY_LABEL[rule.severity]} |`);
    out.push('');
    for (const rule of rules) out.push(...ruleSection(rule, registry.directory, suites.get(rule.id), registry.kind));
  }
  out.push('## 规则目录中尚未实现的规则', '');
  if (planned.length === 0) out.push('（无）');
  else out.push('这些编号已列入规则目录，代码尚未提供（实现后由 `npm run docs` 移入上文）：', '', ...planned.map((row) => `- \`${row.id}\`（${row.section}；${row.severity}）`));
  out.push('');
  return out.join('\n');
}
