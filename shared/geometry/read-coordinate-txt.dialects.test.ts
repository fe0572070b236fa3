/**
 * Every dialect of coordinate-txt.md, written by our own generator (tests/fixtures/geometry/
 * txt-dialects.ts), read and checked end to end: the right parcel, part, ring and point counts,
 * the areas, and no error or warning on a clean file — only the findings the dialect really
 * deserves (a unit problem, an open ring, a 线 record).
 */
import { describe, expect, it } from 'vitest';
import { dialectFiles } from '../../tests/fixtures/geometry/txt-dialects';
import { builtInProfile } from '../profiles/profiles';
import { checkCoordinateFile } from './check-coordinate-file';

const national = builtInProfile('national');

describe.each(dialectFiles())('$dialect.file', ({ dialect, bytes, parcels, findings, areasHa }) => {
  const result = checkCoordinateFile(bytes, dialect.file, { profile: national });

  it(`reads ${dialect.what}: parcels, parts, rings and points`, () => {
    expect(result.readable).toBe(true);
    expect(result.parcels.map((p) => ({ parts: p.parts, rings: p.rings, points: p.points }))).toEqual(parcels);
  });

  it('finds only what the dialect deserves (a clean file: no error, no warning)', () => {
    const reported = [...new Set(result.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId))].sort();
    expect(reported, JSON.stringify(result.findings.map((f) => [f.ruleId, f.messageId, f.location.line, f.message]))).toEqual(findings);
  });

  it('computes each area as outer rings minus their holes, never negative', () => {
    result.parcels.forEach((parcel, i) => {
      const expected = areasHa[i] ?? Number.NaN;
      // In degrees the area is the ellipsoid's; the planar figure was drawn in the Gauss-Krüger plane.
      const computed = dialect.header === 'degrees' ? (parcel.ellipsoidalAreaHa ?? Number.NaN) : parcel.planarAreaHa;
      expect(computed).toBeGreaterThanOrEqual(0);
      expect(Math.abs(computed - expected), `parcel ${i + 1}`).toBeLessThanOrEqual(Math.max(1e-9, expected * 1e-4));
    });
  });
});
