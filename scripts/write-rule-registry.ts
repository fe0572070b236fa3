/**
 * Regenerates shared/rules/index.ts, the sorted registry of rule modules, from the files in
 * shared/rules/. `npm run new-rule <id>` calls it; tests/meta checks the registry is current.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { RULE_SUPPORT_FILES, registrySource } from '../tests/support/rule-files';

export function writeRuleRegistry(rulesDir: string): string[] {
  const ids = readdirSync(rulesDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !RULE_SUPPORT_FILES.includes(f))
    .map((f) => f.slice(0, -3))
    .sort();
  writeFileSync(join(rulesDir, 'index.ts'), registrySource(ids));
  return ids;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ids = writeRuleRegistry(fileURLToPath(new URL('../shared/rules', import.meta.url)));
  console.log(`shared/rules/index.ts: ${ids.length} rules`);
}
