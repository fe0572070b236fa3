/**
 * The conventions of shared/rules/, enforced by test, not review (house style): id = file name =
 * catalogue id; registry complete, sorted, current; a test suite beside every rule; a source for
 * every rule matching the catalogue's tag; severity and fields as the catalogue says.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_IDS, type FieldId } from '../../shared/model/field-dictionary';
import { RECORD_RULES } from '../../shared/rules';
import type { AnyRule } from '../../shared/rules/define-rule';
import { catalogueFields, readCatalogue, recordRuleRows } from '../support/rule-catalogue';
import { RULE_SUPPORT_FILES, registrySource } from '../support/rule-files';

const RULES_DIR = fileURLToPath(new URL('../../shared/rules', import.meta.url));
const ruleFiles = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !RULE_SUPPORT_FILES.includes(f));
const catalogue = readCatalogue();
const byId = new Map(catalogue.map((row) => [row.id, row]));

async function loadRule(file: string): Promise<AnyRule> {
  const module = (await import(join(RULES_DIR, file))) as { default: AnyRule };
  return module.default;
}

describe('rule catalogue coverage', () => {
  // A catalogue row without its file is listed as planned in docs/rules.md (rule-reference.test.ts
  // keeps that list current): colleagues add catalogue rules in parallel (issue 10).
  it('every record rule file is a record rule of the catalogue', () => {
    const recordIds = new Set(recordRuleRows(catalogue).map((r) => r.id));
    expect(ruleFiles.map((f) => f.slice(0, -3)).filter((id) => !recordIds.has(id))).toEqual([]);
  });

  it('the registry is the generated, sorted list of every rule file', () => {
    const ids = ruleFiles.map((f) => f.slice(0, -3)).sort();
    expect(readFileSync(join(RULES_DIR, 'index.ts'), 'utf8')).toBe(registrySource(ids));
    expect(RECORD_RULES.map((r) => r.id)).toEqual(ids);
  });
});

describe.each(ruleFiles)('%s', (file) => {
  const id = file.slice(0, -3);

  it('exports a rule whose id is its file name and is in the catalogue', async () => {
    const rule = await loadRule(file);
    expect(rule.id).toBe(id);
    expect(byId.has(id), `${id} is in docs/rule-catalogue.md`).toBe(true);
  });

  it('has a test file that runs the rule tester', () => {
    const testFile = join(RULES_DIR, `${id}.test.ts`);
    expect(existsSync(testFile), `${id}.test.ts exists`).toBe(true);
    expect(readFileSync(testFile, 'utf8')).toMatch(/testRule\(rule,/u);
  });

  it('cites its source as the catalogue tags it', async () => {
    const rule = await loadRule(file);
    const row = byId.get(id);
    expect(rule.source.note.trim().length).toBeGreaterThan(0);
    expect(rule.description.trim().length).toBeGreaterThan(0);
    const tag = row?.tag ?? '';
    expect(tag.startsWith(rule.source.tag), `catalogue tag "${tag}" vs rule tag "${rule.source.tag}"`).toBe(true);
    if (rule.source.tag === 'seed') {
      expect(rule.source.refs.length).toBeGreaterThan(0);
      for (const ref of tag.match(/S[0-4]/gu) ?? []) expect(rule.source.refs).toContain(ref);
    }
  });

  it('declares the catalogue severity and fields, all known', async () => {
    const rule = await loadRule(file);
    const row = byId.get(id);
    expect(rule.severity).toBe(row?.severity);
    const known = new Set<string>(FIELD_IDS);
    for (const f of [...rule.fields, ...(rule.optionalFields ?? [])]) expect(known.has(f), `field ${f}`).toBe(true);
    const { required, optional } = catalogueFields(row?.fieldsText ?? '');
    const declared = new Set<FieldId>([...rule.fields, ...(rule.optionalFields ?? [])]);
    for (const f of required) if (known.has(f)) expect(declared.has(f as FieldId), `catalogue field ${f}`).toBe(true);
    for (const f of optional) if (known.has(f)) expect(declared.has(f as FieldId), `catalogue optional field ${f}`).toBe(true);
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
  });
});
