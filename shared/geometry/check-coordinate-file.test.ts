import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_POINTS, txt, txtSquare } from '../../tests/support/geometry-builders';
import { builtInProfile } from '../profiles/profiles';
import type { Profile } from '../profiles/profile-schema';
import { checkCoordinateFile, type GeometryCheckResult } from './check-coordinate-file';
import { unpackParcels } from './overlap';
import { GEOMETRY_RULES } from './rules';

const SAMPLES = fileURLToPath(new URL('../../tests/fixtures/geometry/samples', import.meta.url));
const national = builtInProfile('national');
const templates = new Map(GEOMETRY_RULES.map((rule) => [rule.id, rule.messages as Readonly<Record<string, string>>]));

function check(text: string, profile: Profile = national, fileName = 'a.txt'): GeometryCheckResult {
  return checkCoordinateFile(new TextEncoder().encode(text), fileName, { profile });
}

/** Every finding renders from its rule's own template, every placeholder filled, and is located. */
function expectWellFormed(result: GeometryCheckResult): void {
  for (const f of result.findings) {
    const template = templates.get(f.ruleId)?.[f.messageId];
    expect(template, `${f.ruleId}/${f.messageId} has a template`).toBeDefined();
    // Checked on the template, not the rendered text: a quoted line of the file may itself hold `{0}`.
    for (const [, name] of (template ?? '').matchAll(/\{(\w+)\}/gu)) expect(f.data, `${f.ruleId}/${f.messageId} fills {${name}}`).toHaveProperty(name as string);
    if (result.parcels.length > 0 && f.ruleId !== 'geom-parse-error' && f.ruleId !== 'geom-header-invalid') {
      expect(f.location.parcel !== undefined || f.location.line !== undefined || f.location.x !== undefined, `${f.ruleId} is located`).toBe(true);
    }
  }
  expect(result.summary.findings.error + result.summary.findings.warning + result.summary.findings.info).toBe(result.findings.length);
}

describe('checkCoordinateFile', () => {
  it('a clean file: parcels with both areas and the CRS, no findings', () => {
    const result = check(txt([{ id: 'DK-1', rings: [EXAMPLE_POINTS] }]));
    expect(result.readable).toBe(true);
    expect(result.findings).toEqual([]);
    expect(result.parcels).toEqual([
      {
        index: 1,
        id: 'DK-1',
        name: '某违法用地',
        rings: 1,
        parts: 1,
        points: 5,
        declaredAreaHa: 0.0505,
        planarAreaHa: 0.05053816,
        ellipsoidalAreaHa: expect.closeTo(0.05052, 5) as unknown as number,
        crs: { epsg: 4523, label: expect.stringContaining('第35带') as unknown as string },
      },
    ]);
  });

  it('findings in reading order, each located to parcel, ring, point and line', () => {
    const bowTie: [number, number][] = [
      [3378900, 35383200],
      [3378910, 35383210],
      [3378900, 35383210],
      [3378910, 35383200],
      [3378900, 35383200],
    ];
    const result = check(
      txt([
        { id: 'A', count: 6, rings: [EXAMPLE_POINTS] },
        { id: 'B', areaHa: '0', rings: [bowTie] },
      ]),
    );
    expect(result.findings.map((f) => [f.ruleId, f.location.parcel, f.location.line])).toEqual([
      ['geom-point-count-mismatch', 1, 13],
      ['geom-self-intersection', 2, expect.any(Number)],
    ]);
    expectWellFormed(result);
  });

  it('a ring filed without its closing point is reported once, and still analysed as the filer meant', () => {
    const result = checkCoordinateFile(new TextEncoder().encode(txt([{ id: 'A', rings: [EXAMPLE_POINTS.slice(0, 4)] }])), 'a.txt', { profile: national, includeGeometry: true });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['geom-ring-not-closed']);
    expect(result.parcels[0]?.planarAreaHa).toBe(0.05053816);
    const [[ring]] = unpackParcels(result.geometry ?? { coords: new Float64Array(0), ringStarts: new Uint32Array(1), parcelStarts: new Uint32Array(1) }) as [[Float64Array]];
    expect(ring.length).toBe(10);
    expect([ring[8], ring[9]]).toEqual([EXAMPLE_POINTS[0]?.[1], EXAMPLE_POINTS[0]?.[0]]);
  });

  it('the profile sets severities and turns rules off', () => {
    const text = txt([{ id: 'A', areaHa: '0.0765', rings: [EXAMPLE_POINTS] }]);
    expect(check(text).findings.map((f) => [f.ruleId, f.severity])).toEqual([['geom-area-mismatch', 'warning']]);
    expect(check(text, { ...national, rules: { 'geom-area-mismatch': 'error' } }).findings.map((f) => f.severity)).toEqual(['error']);
    expect(check(text, { ...national, rules: { 'geom-area-mismatch': 'off' } }).findings).toEqual([]);
  });

  it('overlapping parcels of one file', () => {
    const result = check(
      txt([
        { id: 'A', areaHa: '0.01', rings: [txtSquare(3378900, 35383200, 10)] },
        { id: 'B', areaHa: '0.01', rings: [txtSquare(3378905, 35383205, 10)] },
      ]),
    );
    expect(result.findings.map((f) => [f.ruleId, f.data['parcelId'], f.data['otherParcelId'], f.data['areaM2']])).toEqual([['geom-overlap', 'A', 'B', 25]]);
  });

  it('a file that cannot be read at all is not readable', () => {
    const result = checkCoordinateFile(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0, 0, 0]), 'a.txt', { profile: national });
    expect(result.readable).toBe(false);
    expect(result.parcels).toEqual([]);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['geom-parse-error']);
    expectWellFormed(result);
  });

  // samples/dialects/ has its own test (read-coordinate-txt.dialects.test.ts).
  const files = readdirSync(SAMPLES, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
  it.each(files)('the committed sample %s checks without surprises', (name) => {
    const result = checkCoordinateFile(new Uint8Array(readFileSync(join(SAMPLES, name))), name, { profile: national });
    expect(result.readable).toBe(true);
    expect(result.parcels.length).toBeGreaterThan(0);
    for (const p of result.parcels.filter((parcel) => parcel.planarAreaHa > 0)) {
      expect(p.crs, `${name}: parcel ${p.index} has a CRS`).toBeDefined();
      expect(p.ellipsoidalAreaHa, `${name}: parcel ${p.index} has an ellipsoidal area`).toBeTypeOf('number');
      // Planar (Gauss-Krüger, k = 1) and ellipsoidal areas differ by the scale error only: well under 0.2 % in a 3-degree zone.
      expect(Math.abs((p.ellipsoidalAreaHa ?? 0) / p.planarAreaHa - 1)).toBeLessThan(0.002);
    }
    expectWellFormed(result);
  });
});

describe('checkCoordinateFile on any input (property)', () => {
  it('never throws on arbitrary bytes, and every finding is well formed', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom('a.txt', 'a.zip', 'a.geojson', 'a.shp'), (bytes, name) => {
        expectWellFormed(checkCoordinateFile(bytes, name, { profile: national }));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a damaged TXT: lines dropped, duplicated or garbled', () => {
    const lines = txt([
      { id: 'A', rings: [EXAMPLE_POINTS] },
      { id: 'B', areaHa: '0.9996', count: 10, rings: [txtSquare(3379900, 35383200, 100), txtSquare(3379940, 35383240, 2)] },
    ]).split('\n');
    const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('drop', 'duplicate', 'garble', 'swap'), text: fc.string({ maxLength: 20 }) });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 6 }), (edits) => {
        const out = [...lines];
        for (const e of edits) {
          const i = e.at % out.length;
          if (e.kind === 'drop') out.splice(i, 1);
          else if (e.kind === 'duplicate') out.splice(i, 0, out[i] ?? '');
          else if (e.kind === 'garble') out[i] = `${(out[i] ?? '').slice(0, e.text.length)}${e.text}`;
          else out[i] = (out[i] ?? '').split(',').reverse().join(',');
          if (out.length === 0) out.push('');
        }
        expectWellFormed(check(out.join('\n')));
      }),
      { numRuns: 300 },
    );
  });
});
