/**
 * `npm run new-rule -- <rule-id>`: scaffolds shared/rules/<rule-id>.ts and its test, and
 * regenerates the registry. The id must be in the catalogue (docs/rule-catalogue.md, the repository's copy of the team's spec).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { catalogueFields, readCatalogue } from '../tests/support/rule-catalogue';
import { writeRuleRegistry } from './write-rule-registry';

const id = process.argv[2];
const rulesDir = fileURLToPath(new URL('../shared/rules', import.meta.url));
const row = readCatalogue().find((r) => r.id === id);
if (!id || !row) {
  console.error(`用法：npm run new-rule -- <rule-id>；id 必须是规则目录（docs/rule-catalogue.md）中的编号${id ? `，“${id}”不在其中` : ''}`);
  process.exit(2);
}
const file = join(rulesDir, `${id}.ts`);
if (existsSync(file)) {
  console.error(`${file} 已存在`);
  process.exit(2);
}
const { required, optional } = catalogueFields(row.fieldsText);
const tag = row.tag.split(/\s/u)[0] ?? 'inferred';
const refs = row.tag.match(/S[0-4]/gu) ?? [];
writeFileSync(
  file,
  `import { defineRule } from './define-rule';

export default defineRule({
  id: '${id}',
  title: 'TODO',
  severity: '${row.severity}',
  description: 'TODO(${new Date().toISOString().slice(0, 10)}): 一句话说明规则（中文）。',
  fields: [${required.map((f) => `'${f}'`).join(', ')}],
  optionalFields: [${optional.map((f) => `'${f}'`).join(', ')}],
  patchKinds: 'both',
  messages: {
    todo: 'TODO',
  },
  source: { tag: '${tag}', refs: [${refs.map((r) => `'${r}'`).join(', ')}], note: 'TODO' },
  check() {
    return [];
  },
});
`,
);
writeFileSync(
  join(rulesDir, `${id}.test.ts`),
  `import { testRule } from '../../tests/support/rule-tester';
import rule from './${id}';

testRule(rule, {
  valid: [],
  invalid: [],
});
`,
);
writeRuleRegistry(rulesDir);
console.log(`已生成 shared/rules/${id}.ts 与 ${id}.test.ts，并更新 shared/rules/index.ts；写好名称（title）与用例后运行 npm run docs`);
