import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Vitest global setup: the end-to-end tests run the CLI as users get it — the esbuild bundle under
 * cli/dist/ — so it is rebuilt from the sources once before any test (≈ 0.5 s) and never stale.
 */
export default function buildCli(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const r = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the CLI failed:\n${r.stderr}`);
}
