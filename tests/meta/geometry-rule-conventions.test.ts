/**
 * The conventions of shared/geometry/rules/, enforced by test (house style), as for record rules:
 * every rule file is a geom-* id of the catalogue; id = file name = catalogue id; the registry is
 * sorted, complete and current; a test suite beside every rule that runs the geometry rule tester;
 * the catalogue's severity; a source for every rule.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AnyGeometryRule } from '../../shared/geometry/define-geometry-rule';
import { GEOMETRY_RULES } from '../../shared/geometry/rules';
import { readCatalogue } from '../support/rule-catalogue';
import { GEOMETRY_RULE_SUPPORT_FILES, geometryRegistrySource } from '../support/geometry-rule-files';

const RULES_DIR = fileURLToPath(new URL('../../shared/geometry/rules', import.meta.url));
const ruleFiles = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !GEOMETRY_RULE_SUPPORT_FILES.includes(f));
const geometryRows = readCatalogue().filter((row) => row.section.startsWith('Geometry'));
const byId = new Map(geometryRows.map((row) => [row.id, row]));

async function loadRule(file: string): Promise<AnyGeometryRule> {
  const module = (await import(join(RULES_DIR, file))) as { default: AnyGeometryRule };
  return module.default;
}

describe('geometry rule catalogue coverage', () => {
  it('the catalogue has a Geometry section of geom-* ids', () => {
    expect(geometryRows.length).toBeGreaterThan(0);
    for (const row of geometryRows) expect(row.id).toMatch(/^geom-/u);
  });

  // A catalogue row without its file is listed as planned in docs/rules.md (rule-reference.test.ts).
  it('every geometry rule file is a geometry rule of the catalogue', () => {
    expect(ruleFiles.map((f) => f.slice(0, -3)).filter((id) => !byId.has(id))).toEqual([]);
  });

  it('the registry is the sorted list of every rule file, each once', () => {
    const ids = ruleFiles.map((f) => f.slice(0, -3)).sort();
    expect(readFileSync(join(RULES_DIR, 'index.ts'), 'utf8')).toBe(geometryRegistrySource(ids));
    expect(GEOMETRY_RULES.map((r) => r.id)).toEqual(ids);
  });
});

describe.each(ruleFiles)('%s', (file) => {
  const id = file.slice(0, -3);

  it('exports a rule whose id is its file name and is in the catalogue', async () => {
    const rule = await loadRule(file);
    expect(rule.id).toBe(id);
    expect(byId.has(id), `${id} is in the Geometry section of docs/rule-catalogue.md`).toBe(true);
  });

  it('has a test file beside it that runs the geometry rule tester', () => {
    const testFile = join(RULES_DIR, `${id}.test.ts`);
    expect(existsSync(testFile), `${id}.test.ts exists`).toBe(true);
    expect(readFileSync(testFile, 'utf8')).toMatch(/testGeometryRule\(rule,/u);
  });

  it('declares the catalogue severity, messages, a description and a source', async () => {
    const rule = await loadRule(file);
    expect(rule.severity).toBe(byId.get(id)?.severity);
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    for (const template of Object.values(rule.messages)) expect(template.trim().length).toBeGreaterThan(0);
    expect(rule.description.trim().length).toBeGreaterThan(0);
    expect(['seed', 'sourced', 'inferred']).toContain(rule.source.tag);
    expect(rule.source.note.trim().length).toBeGreaterThan(0);
    if (rule.source.tag === 'seed') expect(rule.source.refs.length).toBeGreaterThan(0);
  });
});
