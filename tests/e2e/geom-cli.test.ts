/**
 * `tuban-lint geom` end to end: real files on disk, the real bin in a child process. Asserts exit
 * codes, the JSON shape, rule ids and locations — never wording — and that an unreadable file gets
 * one Chinese line on stderr, no stack trace.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_POINTS, txt } from '../support/geometry-builders';
import { runCli } from '../support/run-cli';

let dir: string;

interface GeomJson {
  parcels: { id: string; name: string; rings: number; parts: number; points: number; declaredAreaHa: number | null; planarAreaHa: number; ellipsoidalAreaHa: number | null; crs: { epsg: number; label: string } | null }[];
  findings: { ruleId: string; severity: string; location: { parcel: number | null; ring: number | null; point: number | null; line: number | null }; message: string }[];
}

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tuban-lint-geom-'));
});

describe('tuban-lint geom', () => {
  it('a clean file: exit 0, parcels with both areas and the CRS', () => {
    const r = runCli(['geom', write('clean.txt', txt([{ id: 'DK-1', rings: [EXAMPLE_POINTS] }])), '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as GeomJson;
    expect(json.findings).toEqual([]);
    expect(json.parcels).toHaveLength(1);
    expect(json.parcels[0]).toMatchObject({ id: 'DK-1', name: '某违法用地', rings: 1, parts: 1, declaredAreaHa: 0.0505, planarAreaHa: 0.05053816, crs: { epsg: 4523 } });
    expect(json.parcels[0]?.ellipsoidalAreaHa).toBeCloseTo(0.05052, 5);
  });

  it('a multi-part parcel numbered ring by ring, holes first, @ glued, in a tool dialect: exit 0, parts and rings counted, areas positive', () => {
    const sample = fileURLToPath(new URL('../fixtures/geometry/samples/dialects/everything-at-once.txt', import.meta.url));
    const r = runCli(['geom', sample, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as GeomJson;
    expect(json.findings).toEqual([]);
    expect(json.parcels.map((p) => [p.id, p.parts, p.rings, p.points])).toEqual([
      ['DK-01', 1, 1, 6],
      ['DK-02', 1, 2, 10],
      ['DK-03', 3, 4, 20],
    ]);
    expect(json.parcels.map((p) => p.planarAreaHa)).toEqual([0.26336797, 0.42, 0.88]);
  });

  it('one parcel under a bare @ line: read, not an unreadable file', () => {
    const r = runCli(['geom', write('bare.txt', txt([{ id: 'DK-1', rings: [EXAMPLE_POINTS] }]).replace(/^.*,@$/mu, '@')), '--format', 'json']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as GeomJson).parcels.map((p) => [p.parts, p.rings, p.points])).toEqual([[1, 1, 5]]);
  });

  it('error findings: exit 1, each located to parcel, ring, point and line', () => {
    const bowTie: [number, number][] = [
      [3378900, 35383200],
      [3378910, 35383210],
      [3378900, 35383210],
      [3378910, 35383200],
      [3378900, 35383200],
    ];
    const r = runCli(['geom', write('bad.txt', txt([{ id: 'A', rings: [EXAMPLE_POINTS] }, { id: 'B', areaHa: '0', rings: [bowTie] }])), '--format', 'json']);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as GeomJson;
    expect(json.findings.map((f) => [f.ruleId, f.severity, f.location.parcel, f.location.ring])).toEqual([['geom-self-intersection', 'error', 2, 1]]);
    expect(json.findings[0]?.location.point).toBeTypeOf('number');
    expect(json.findings[0]?.location.line).toBeGreaterThanOrEqual(20);
  });

  it('warnings only: exit 0; the table names the rule and the line', () => {
    const r = runCli(['geom', write('area.txt', txt([{ id: 'A', areaHa: '0.0765', rings: [EXAMPLE_POINTS] }]))]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('矢量面积不符');
    expect(r.stdout).toContain('第 13 行');
  });

  it('reads a zipped shapefile', () => {
    const sample = fileURLToPath(new URL('../fixtures/geometry/samples/shapefile-zone39-gbk.zip', import.meta.url));
    const path = join(dir, 'layer.zip');
    copyFileSync(sample, path);
    const r = runCli(['geom', path, '--format', 'json']);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as GeomJson;
    expect(json.parcels.length).toBeGreaterThan(0);
    expect(json.parcels.every((p) => p.crs?.epsg === 4527)).toBe(true);
  });

  it('--out writes the report to a file', () => {
    const out = join(dir, 'report.json');
    const r = runCli(['geom', write('out.txt', txt([{ id: 'A', rings: [EXAMPLE_POINTS] }])), '--format', 'json', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as GeomJson).parcels).toHaveLength(1);
  });

  it.each([
    ['an unreadable file', (): string[] => ['geom', write('page.txt', '<html><body>登录超时</body></html>')]],
    ['a missing file', (): string[] => ['geom', join(dir, 'nope.txt')]],
    ['no file', (): string[] => ['geom']],
    ['xlsx output', (): string[] => ['geom', write('x.txt', txt([{ id: 'A', rings: [EXAMPLE_POINTS] }])), '--format', 'xlsx']],
  ])('%s: exit 2 with one Chinese line, no stack trace', (_, args) => {
    const r = runCli(args());
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^tuban-lint：/u);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
    expect(r.stdout).toBe('');
  });
});
