#!/usr/bin/env node
// `npm test`: every check the project has, in order — type-check (whole repo, and shared/ alone
// without DOM or Node types), lint, the extension and PWA builds, then unit and end-to-end tests
// (the extension's and the PWA's run in Debian's Chromium). Every step runs even when an
// earlier one failed, so one run shows every failure; the exit code is non-zero if any failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = 'test-results/vitest.json';
rmSync(RESULTS, { force: true });

const steps = [
  ['类型检查（全部）', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['类型检查（shared/ 纯代码）', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.shared.json']],
  ['代码检查（eslint）', 'npx', ['eslint', '--max-warnings', '0', '.']],
  // The end-to-end tests load the built extension and PWA into Chromium: build both from these sources first.
  ['构建扩展与 PWA（dist/extension、dist/pwa）', 'npm', ['run', '--silent', 'build']],
  ['单元测试与端到端测试（vitest）', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}`]],
];

const failed = [];
for (const [name, command, args] of steps) {
  process.stdout.write(`\n=== ${name}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) failed.push(name);
}
process.stdout.write(`\n=== 步骤：${steps.length - failed.length} 个通过，${failed.length} 个失败\n`);
// The test count as a plain closing line, for CI's reader.
if (existsSync(RESULTS)) {
  const r = JSON.parse(readFileSync(RESULTS, 'utf8'));
  process.stdout.write(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed\n`);
}
if (failed.length > 0) {
  process.stdout.write(`失败的步骤：${failed.join('、')}\n`);
  process.exit(1);
}
