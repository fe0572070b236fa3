/**
 * The rule reference the project owns (issue 10), and the rules' titles, over every registry of
 * shared/rule-registries.ts: docs/rules.md is what `npm run docs` generates now (rules, titles,
 * sources, examples from tests, planned catalogue rules); every rule has a unique short Chinese
 * title, a test file that runs its tester, and a catalogue row whose severity it declares; and no
 * code reads the team's spec beside the repository (a clone on its own must build and test).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_REGISTRIES, allListedRules } from '../../shared/rule-registries';
import { REFERENCE_PATH, REPO_ROOT, renderRuleReference } from '../../scripts/rule-reference';
import { readCatalogue } from '../support/rule-catalogue';

/** rules.md's titles are read at a glance beside a field (issue 10: ≤ 12 characters). */
const MAX_TITLE_LENGTH = 12;

describe('rule titles', () => {
  const rules = allListedRules();

  it.each(rules.map((r) => [r.id, r.title] as const))('%s has a short Chinese title (%s)', (_id, title) => {
    expect(title.trim()).toBe(title);
    expect([...title].length).toBeGreaterThan(0);
    expect([...title].length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title).toMatch(/\p{Script=Han}/u);
  });

  it('no two rules share a title', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const r of rules) {
      const prior = seen.get(r.title);
      if (prior !== undefined) clashes.push(`${prior} / ${r.id}: ${r.title}`);
      seen.set(r.title, r.id);
    }
    expect(clashes).toEqual([]);
  });
});

describe.each(RULE_REGISTRIES.map((r) => [r.kind, r] as const))('%s registry', (_kind, registry) => {
  const catalogue = new Map(readCatalogue().map((row) => [row.id, row]));

  it.each(registry.rules.map((r) => [r.id, r] as const))('%s: catalogue row, severity and a test suite', (id, rule) => {
    expect(catalogue.get(id)?.severity, `${id} in docs/rule-catalogue.md`).toBe(rule.severity);
    const testFile = join(REPO_ROOT, registry.directory, `${id}.test.ts`);
    expect(existsSync(testFile), `${registry.directory}/${id}.test.ts exists`).toBe(true);
    expect(readFileSync(testFile, 'utf8')).toContain(registry.testerCall);
  });
});

describe('docs/rules.md', () => {
  it('is current (run `npm run docs` after changing a rule, its tests or the catalogue)', async () => {
    const expected = await renderRuleReference();
    expect(existsSync(REFERENCE_PATH), 'docs/rules.md exists').toBe(true);
    expect(readFileSync(REFERENCE_PATH, 'utf8') === expected, 'docs/rules.md is what npm run docs writes').toBe(true);
  }, 120_000);

  it('names every rule by id and title', () => {
    const text = readFileSync(REFERENCE_PATH, 'utf8');
    for (const rule of allListedRules()) expect(text).toContain(`### ${rule.title} \`${rule.id}\``);
  });
});

/** Source, build and test files of the repository (generated output and dependencies aside). */
function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (['node_modules', 'dist', 'out', '.git', 'docs'].includes(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.(?:ts|tsx|mts|js|mjs|cjs|json)$/u.test(name)) out.push(path);
  }
  return out;
}

describe('a clone on its own', () => {
  it('no code reads the team’s spec beside the repository (its domain or seeds folders); comments may cite it', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(REPO_ROOT)) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.trim();
          if (code.startsWith('*') || code.startsWith('//') || code.startsWith('/*')) return;
          if (/shared\/(?:domain|seeds)\b/u.test(code)) offenders.push(`${relative(REPO_ROOT, file)}:${i + 1}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
