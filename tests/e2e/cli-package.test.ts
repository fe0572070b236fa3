/**
 * The CLI as a package (issue 15): `npm pack` in cli/ (its prepack bundles the sources), the
 * tarball installed into an empty folder with npm working offline — the bundle has no runtime
 * dependencies, so nothing is fetched — and the installed command run on the demo sheet and on
 * boundary files, with no TypeScript tooling in sight. Asserts exit codes, rule ids and shapes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEMO = join(ROOT, 'demo', '县级卫片执法图斑-演示.xlsx');
const SAMPLES = join(ROOT, 'tests', 'fixtures', 'geometry', 'samples');

let app: string;
let packedFiles: string[];

function installed(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(app, 'node_modules', 'tuban-lint', 'bin', 'tuban-lint.js'), ...args], { cwd: app, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, TUBAN_LINT_DEBUG: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  const work = mkdtempSync(join(tmpdir(), 'tuban-lint-pack-'));
  const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: join(ROOT, 'cli'), encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
  const [packed] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  if (!packed) throw new Error('npm pack gave no tarball');
  packedFiles = packed.files.map((f) => f.path);
  app = join(work, 'app');
  spawnSync('mkdir', [app]);
  writeFileSync(join(app, 'package.json'), '{ "private": true }\n');
  const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(work, packed.filename)], { cwd: app, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`npm install of the tarball failed:\n${install.stderr}`);
}, 120_000);

describe('the packed tuban-lint', () => {
  it('holds JavaScript, the README and the licence — no TypeScript, no tests', () => {
    expect(packedFiles).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'bin/tuban-lint.js', 'dist/tuban-lint.js']));
    expect(packedFiles.filter((f) => !/\.(?:js|json|md)$|^LICENSE$/u.test(f))).toEqual([]);
    expect(packedFiles.some((f) => f.endsWith('.ts'))).toBe(false);
  });

  it('installs with nothing but itself (no dependency to fetch)', () => {
    expect(readdirSync(join(app, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['tuban-lint']);
  });

  it('answers --version and --help', () => {
    const version = installed(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^tuban-lint \d+\.\d+\.\d+\n$/u);
    const help = installed(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('tuban-lint audit');
  });

  it('audits the demo sheet: JSON findings with rule ids and Excel rows, exit 1 on errors', () => {
    const r = installed(['audit', DEMO, '--format', 'json', '--as-of', '2024-06-30']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { summary: { rows: number; findings: { error: number } }; findings: { ruleId: string; row: number }[] };
    expect(report.summary.rows).toBeGreaterThan(100);
    expect(report.summary.findings.error).toBeGreaterThan(0);
    expect(report.findings.every((f) => typeof f.ruleId === 'string' && f.row > 0)).toBe(true);
  });

  it('writes the annotated workbook', () => {
    const out = join(app, '演示.校核.xlsx');
    const r = installed(['audit', DEMO, '--format', 'xlsx', '--out', out, '--as-of', '2024-06-30', '--quiet']);
    expect(r.status).toBe(1);
    expect(readdirSync(app)).toContain('演示.校核.xlsx');
  });

  it('checks boundary files: a coordinate TXT and a zipped shapefile', () => {
    const txt = installed(['geom', join(SAMPLES, 'standard-gbk-crlf.txt'), '--format', 'json']);
    expect(txt.stderr).toBe('');
    expect([0, 1]).toContain(txt.status);
    expect((JSON.parse(txt.stdout) as { parcels: unknown[] }).parcels.length).toBeGreaterThan(0);
    const shp = installed(['geom', join(SAMPLES, 'shapefile-zone39-gbk.zip'), '--format', 'json']);
    expect(shp.stderr).toBe('');
    expect((JSON.parse(shp.stdout) as { parcels: unknown[] }).parcels.length).toBeGreaterThan(0);
  });

  it('refuses an unreadable file with one Chinese line, exit 2', () => {
    const r = installed(['audit', join(app, 'package.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^tuban-lint：/u);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  });
});
