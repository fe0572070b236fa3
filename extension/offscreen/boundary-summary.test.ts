import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geometryApi } from '../../shared/geometry/geometry-api';
import { GEOMETRY_RULES } from '../../shared/geometry/rules';
import { builtInProfile } from '../../shared/profiles/profiles';
import { OffscreenToBackgroundBoundaryResultSchema, parseMessage } from '../messages';
import { describeLocation, summariseBoundaryCheck } from './boundary-summary';

const profile = builtInProfile('national');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/boundary/${name}`, import.meta.url)));

describe('the boundary check as the Worker returns it', () => {
  it('reports the bow-tie parcel with its rule description and source, and fits the message schema', () => {
    const check = summariseBoundaryCheck(geometryApi.checkFile(fixture('bowtie-self-intersection.txt'), 'bowtie.txt', { profile }), GEOMETRY_RULES);
    const finding = check.findings.find((f) => f.ruleId === 'geom-self-intersection');
    expect(finding?.description).not.toBe('');
    expect(finding?.where).toContain('第 1 个地块');
    expect(parseMessage(OffscreenToBackgroundBoundaryResultSchema, { type: 'offscreen-to-background/boundary-result', result: { ok: true, check } })).toBeDefined();
  });

  it('finds nothing wrong with the valid parcel whose area matches the form (3.25 亩)', () => {
    const check = summariseBoundaryCheck(
      geometryApi.checkFile(fixture('valid-parcel-gbk.txt'), 'valid.txt', { profile, expectedArea: { field: 'areaMonitored', hectares: 3.25 / 15 } }),
      GEOMETRY_RULES,
    );
    expect(check.findings).toEqual([]);
    expect(check.parcels).toBe(1);
    expect(check.areaHa).toBeCloseTo(0.2167, 3);
  });

  it('names parcel, ring, point and line as the user reads them', () => {
    expect(describeLocation({ parcel: 2, parcelId: 'J1', ring: 1, point: 3, pointName: 'J3', line: 14 })).toBe('第 2 个地块（J1） 第 1 圈 第 3 点（J3），第 14 行');
    expect(describeLocation({})).toBe('');
  });
});
