#!/usr/bin/env node
// `npm test`: every check the project has, in order — type-check (whole repo, and shared/ alone
// without DOM or Node types), lint, then unit and end-to-end tests. Every step runs even when an
// earlier one failed, so one run shows every failure; the exit code is non-zero if any failed.
import { spawnSync } from 'node:child_process';

const steps = [
  ['类型检查（全部）', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['类型检查（shared/ 纯代码）', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.shared.json']],
  ['代码检查（eslint）', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['单元测试与端到端测试（vitest）', 'npx', ['vitest', 'run']],
];

const failed = [];
for (const [name, command, args] of steps) {
  process.stdout.write(`\n=== ${name}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) failed.push(name);
}
process.stdout.write(`\n=== ${steps.length - failed.length} passed, ${failed.length} failed\n`);
if (failed.length > 0) {
  process.stdout.write(`失败的步骤：${failed.join('、')}\n`);
  process.exit(1);
}
