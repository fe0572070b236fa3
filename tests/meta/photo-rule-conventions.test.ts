/**
 * The conventions of shared/photo/rules/, enforced by test as for record and geometry rules:
 * every photo-* id of the catalogue has its file; id = file name = catalogue id; the registry is
 * sorted, complete and current; a test suite beside every rule that runs the photo rule tester;
 * the catalogue's severity; a Chinese title of at most 12 characters, unique; a source.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AnyPhotoRule } from '../../shared/photo/define-photo-rule';
import { PHOTO_RULES } from '../../shared/photo/rules';
import { readCatalogue } from '../support/rule-catalogue';
import { PHOTO_RULE_SUPPORT_FILES, photoRegistrySource } from '../support/photo-rule-files';

const RULES_DIR = fileURLToPath(new URL('../../shared/photo/rules', import.meta.url));
const ruleFiles = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !PHOTO_RULE_SUPPORT_FILES.includes(f));
const photoRows = readCatalogue().filter((row) => row.section.startsWith('Photo'));
const byId = new Map(photoRows.map((row) => [row.id, row]));

async function loadRule(file: string): Promise<AnyPhotoRule> {
  const module = (await import(join(RULES_DIR, file))) as { default: AnyPhotoRule };
  return module.default;
}

describe('photo rule catalogue coverage', () => {
  it('the catalogue has a Photo section of photo-* ids', () => {
    expect(photoRows.length).toBeGreaterThan(0);
    for (const row of photoRows) expect(row.id).toMatch(/^photo-/u);
  });

  it('every photo rule of the catalogue has its file', () => {
    const files = new Set(ruleFiles.map((f) => f.slice(0, -3)));
    expect(photoRows.map((r) => r.id).filter((id) => !files.has(id))).toEqual([]);
  });

  it('the registry is the sorted list of every rule file, each once', () => {
    const ids = ruleFiles.map((f) => f.slice(0, -3)).sort();
    expect(readFileSync(join(RULES_DIR, 'index.ts'), 'utf8')).toBe(photoRegistrySource(ids));
    expect(PHOTO_RULES.map((r) => r.id)).toEqual(ids);
  });

  it('titles are unique', () => {
    const titles = PHOTO_RULES.map((r) => r.title);
    expect(new Set(titles).size).toBe(titles.length);
  });
});

describe.each(ruleFiles)('%s', (file) => {
  const id = file.slice(0, -3);

  it('exports a rule whose id is its file name and is in the catalogue', async () => {
    const rule = await loadRule(file);
    expect(rule.id).toBe(id);
    expect(byId.has(id), `${id} is in the Photo section of the rule catalogue`).toBe(true);
  });

  it('has a test file beside it that runs the photo rule tester', () => {
    const testFile = join(RULES_DIR, `${id}.test.ts`);
    expect(existsSync(testFile), `${id}.test.ts exists`).toBe(true);
    expect(readFileSync(testFile, 'utf8')).toMatch(/testPhotoRule\(rule,/u);
  });

  it('declares the catalogue severity, a Chinese title, messages, a description and a source', async () => {
    const rule = await loadRule(file);
    expect(rule.severity).toBe(byId.get(id)?.severity);
    expect([...rule.title].length).toBeLessThanOrEqual(12);
    expect(rule.title).toMatch(/^[\u4e00-\u9fff]+$/u);
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    for (const template of Object.values(rule.messages)) expect(template.trim().length).toBeGreaterThan(0);
    expect(rule.description.trim().length).toBeGreaterThan(0);
    expect(['seed', 'sourced', 'inferred']).toContain(rule.source.tag);
    expect(rule.source.note.trim().length).toBeGreaterThan(0);
  });
});
