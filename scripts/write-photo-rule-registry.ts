/**
 * Regenerates shared/photo/rules/index.ts, the sorted registry of photo rule modules, from the
 * files in shared/photo/rules/ (`npx tsx scripts/write-photo-rule-registry.ts` after adding a
 * rule); tests/meta/photo-rule-conventions.test.ts checks the registry is current.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PHOTO_RULE_SUPPORT_FILES, photoRegistrySource } from '../tests/support/photo-rule-files';

const rulesDir = fileURLToPath(new URL('../shared/photo/rules', import.meta.url));
const ids = readdirSync(rulesDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !PHOTO_RULE_SUPPORT_FILES.includes(f))
  .map((f) => f.slice(0, -3))
  .sort();
writeFileSync(join(rulesDir, 'index.ts'), photoRegistrySource(ids));
console.log(`shared/photo/rules/index.ts: ${ids.length} rules`);
