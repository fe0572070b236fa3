/**
 * Regenerates shared/geometry/rules/index.ts, the sorted registry of geometry rule modules, from
 * the files in shared/geometry/rules/ (`npx tsx scripts/write-geometry-rule-registry.ts` after
 * adding a rule); tests/meta/geometry-rule-conventions.test.ts checks the registry is current.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GEOMETRY_RULE_SUPPORT_FILES, geometryRegistrySource } from '../tests/support/geometry-rule-files';

export function writeGeometryRuleRegistry(rulesDir: string): string[] {
  const ids = readdirSync(rulesDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !GEOMETRY_RULE_SUPPORT_FILES.includes(f))
    .map((f) => f.slice(0, -3))
    .sort();
  writeFileSync(join(rulesDir, 'index.ts'), geometryRegistrySource(ids));
  return ids;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ids = writeGeometryRuleRegistry(fileURLToPath(new URL('../shared/geometry/rules', import.meta.url)));
  console.log(`shared/geometry/rules/index.ts: ${ids.length} rules`);
}
