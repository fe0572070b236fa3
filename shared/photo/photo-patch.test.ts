import { describe, expect, it } from 'vitest';
import { buildRecord } from '../model/patch-record';
import { directionName, distanceFromPatch } from './geodesic-distance';
import { centreOf, PhotoPatchIndex } from './photo-patch';

describe('patch centres', () => {
  it('中心点X is the longitude, 中心点Y the latitude', () => {
    expect(centreOf(117.2, 36.5)).toEqual({ lon: 117.2, lat: 36.5 });
  });

  it('takes X and Y filed the other way round as they obviously are', () => {
    expect(centreOf(36.5, 117.2)).toEqual({ lon: 117.2, lat: 36.5 });
  });

  it('converts Gauss-Krüger metres with the zone prefix, and gives up without it', () => {
    const c = centreOf(39500000, 3985200);
    expect(c?.lon).toBeCloseTo(117, 6);
    expect(c?.lat).toBeCloseTo(36.0, 1);
    expect(centreOf(500000, 3985200)).toBeUndefined();
    expect(centreOf(undefined, 36)).toBeUndefined();
  });
});

describe('PhotoPatchIndex', () => {
  it('gathers the plots of a patch: every centre, resolved only when every plot says 是, the latest 整改完成时间', () => {
    const index = new PhotoPatchIndex();
    index.add('P1', buildRecord({ centerX: 117, centerY: 36, rectResolved: '是', rectDate: '2024-03-01' }));
    index.add(' P1 ', buildRecord({ centerX: '117.01', centerY: '36.01', rectResolved: '是', rectDate: '2024/3/5' }));
    index.add('P2', buildRecord({ rectResolved: '否' }));
    expect(index.get('P1')).toEqual({ patchId: 'P1', centres: [{ lon: 117, lat: 36 }, { lon: 117.01, lat: 36.01 }], resolved: true, rectDate: '2024-03-05' });
    expect(index.get('P2')).toMatchObject({ resolved: false, centres: [] });
    expect(index.get('P3')).toBeUndefined();
    expect([...index.ids()]).toEqual(['P1', 'P2']);
  });
});

describe('distance from a patch', () => {
  it('measures on the ellipsoid: 0.01° of latitude at 36°N is ≈ 1109.5 m', () => {
    const d = distanceFromPatch({ lon: 117, lat: 36.01 }, [{ lon: 117, lat: 36 }], undefined);
    expect(d?.metres).toBeGreaterThan(1109);
    expect(d?.metres).toBeLessThan(1110);
    expect(d?.to).toBe('centre');
    expect(directionName(d?.bearing ?? -1)).toBe('北');
  });

  it('measures to the boundary when known: 0 inside, to the nearest edge outside', () => {
    const ring = Float64Array.from([116.99, 35.99, 117.01, 35.99, 117.01, 36.01, 116.99, 36.01]);
    expect(distanceFromPatch({ lon: 117.005, lat: 36.005 }, [], [ring])?.metres).toBe(0);
    const east = distanceFromPatch({ lon: 117.02, lat: 36 }, [], [ring]);
    expect(east?.to).toBe('boundary');
    expect(directionName(east?.bearing ?? -1)).toBe('东');
    expect(east?.metres).toBeGreaterThan(899);
    expect(east?.metres).toBeLessThan(902);
  });

  it('names eight directions', () => {
    expect([0, 45, 90, 135, 180, 225, 270, 315, 359].map(directionName)).toEqual(['北', '东北', '东', '东南', '南', '西南', '西', '西北', '北']);
  });
});
