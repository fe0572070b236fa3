import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The content-script budget (issue 4: ≤ 60 kB gzipped) checked on the build `npm test` makes
 * before the tests run. Without a build it fails and says so: a skipped budget check proves nothing.
 */
const script = new URL('./measure-content-size.mjs', import.meta.url).pathname;
const built = existsSync(new URL('../../dist/extension/manifest.json', import.meta.url));

describe('npm run size:extension', () => {
  it('finds the content script within its gzip budget, self-contained', () => {
    expect(built, 'dist/extension is missing: run npm run build first (npm test does)').toBe(true);
    const run = spawnSync(process.execPath, [script, '--json'], { encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as { ok: boolean; totalGzipBytes: number; budgetBytes: number; files: { file: string; importsChunks: boolean }[] };
    expect(report.files.map((f) => f.file)).toEqual(['extension/content/content-script.js']);
    expect(report.files.every((f) => !f.importsChunks)).toBe(true);
    expect(report.totalGzipBytes).toBeLessThanOrEqual(report.budgetBytes);
    expect(run.status).toBe(0);
  });
});
