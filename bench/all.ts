/**
 * `npm run bench`: every benchmark, one after the other, each in its own Node process so that
 * neither warms or crowds the other — the core audit (bench/run.ts, issue 2), geometry
 * (bench/geometry.ts, issue 3) and the browser extension's re-check latency and content-script
 * size (bench/extension.ts, issue 4) and the PWA's ledger import, first render and filter
 * (bench/pwa.ts, issue 5). Exits non-zero if any of them fails.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCHES = [
  ['核心审核', 'run.ts'],
  ['季度快报', 'report.ts'],
  ['命令行启动', 'cli-startup.ts'],
  ['几何', 'geometry.ts'],
  ['浏览器扩展', 'extension.ts'],
  ['本地应用（PWA）', 'pwa.ts'],
] as const;

const failed: string[] = [];
for (const [name, file] of BENCHES) {
  process.stdout.write(`\n=== ${name}：bench/${file}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', file)], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) failed.push(name);
}
if (failed.length > 0) {
  process.stdout.write(`\n失败：${failed.join('、')}\n`);
  process.exit(1);
}
