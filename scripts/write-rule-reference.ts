/** `npm run docs`: writes docs/rules.md, the rule reference generated from the rules and their tests. */
import { writeFileSync } from 'node:fs';
import { REFERENCE_PATH, renderRuleReference } from './rule-reference';

writeFileSync(REFERENCE_PATH, await renderRuleReference());
console.log(`已生成 ${REFERENCE_PATH}`);
