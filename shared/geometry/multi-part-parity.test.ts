/**
 * One multipolygon — two parts, the first with a hole holding an island — filed as a coordinate
 * TXT (圈号 per ring), a zipped shapefile (one multi-part record, holes by the ESRI orientation)
 * and a GeoJSON MultiPolygon: the same ring model reads the same parcel from all three — one
 * parcel, three parts, four rings, the same area, no finding.
 */
import { describe, expect, it } from 'vitest';
import { clockwise, counterClockwise, PRJ_CGCS2000_3_ZONE_39, rectangle, shapefileFiles, zipBytes, type XY } from '../../tests/fixtures/geometry/build-shapefile';
import { STANDARD_HEADER } from '../../tests/support/geometry-builders';
import { builtInProfile } from '../profiles/profiles';
import { checkCoordinateFile, type GeometryCheckResult } from './check-coordinate-file';

const national = builtInProfile('national');
const E0 = 39_512_500;
const N0 = 3_312_500;

/** (E, N) rings: an outer 100 × 100 with a 60 × 60 hole, an island 20 × 20 in the hole, a second part 40 × 50 beside. */
const OUTER = rectangle(E0, N0, 100, 100);
const HOLE = rectangle(E0 + 20, N0 + 20, 60, 60);
const ISLAND = rectangle(E0 + 35, N0 + 35, 20, 20);
const SECOND = rectangle(E0 + 150, N0, 40, 50);
const AREA_M2 = 100 * 100 - 60 * 60 + 20 * 20 + 40 * 50;

function expectSameParcel(result: GeometryCheckResult): void {
  expect(result.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId)).toEqual([]);
  expect(result.parcels.map((p) => [p.parts, p.rings])).toEqual([[3, 4]]);
  expect(result.parcels[0]?.planarAreaHa).toBe(AREA_M2 / 10_000);
  expect(result.parcels[0]?.crs?.epsg).toBe(4527);
}

describe('multi-part parcels: TXT, shapefile and GeoJSON through the same ring model', () => {
  it('coordinate TXT, the hole written first and every ring numbered', () => {
    const rings: XY[] = [HOLE, OUTER, ISLAND, SECOND];
    const points = rings.flatMap((ring, r) => ring.map(([e, n], i) => `J${i + 1},${r + 1},${n},${e}`));
    const text = ['[属性描述]', ...Object.entries(STANDARD_HEADER).map(([k, v]) => (k === '带号' ? '带号=39' : `${k}=${v}`)), '[地块坐标]', `${points.length},${AREA_M2 / 10_000},DK-02,某厂两处扩建,面,,,,@`, ...points].join('\r\n');
    expectSameParcel(checkCoordinateFile(new TextEncoder().encode(text), 'multi.txt', { profile: national }));
  });

  it('a zipped shapefile with one multi-part record (outer rings clockwise, the hole counter-clockwise)', () => {
    const record = [clockwise(OUTER), counterClockwise(HOLE), clockwise(ISLAND), clockwise(SECOND)];
    const zip = zipBytes(shapefileFiles({ name: 'multi', records: [record], prj: PRJ_CGCS2000_3_ZONE_39 }));
    expectSameParcel(checkCoordinateFile(zip, 'multi.zip', { profile: national }));
  });

  it('a GeoJSON MultiPolygon (the island as its own polygon)', () => {
    const geojson = {
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4527' } },
      features: [{ type: 'Feature', properties: { 地块编号: 'DK-02' }, geometry: { type: 'MultiPolygon', coordinates: [[OUTER, clockwise(HOLE)], [ISLAND], [SECOND]] } }],
    };
    expectSameParcel(checkCoordinateFile(new TextEncoder().encode(JSON.stringify(geojson)), 'multi.geojson', { profile: national }));
  });

  it('a shapefile hole that lies in no outer ring is reported, once', () => {
    const record = [clockwise(OUTER), counterClockwise(rectangle(E0 + 500, N0, 10, 10))];
    const zip = zipBytes(shapefileFiles({ name: 'orphan', records: [record], prj: PRJ_CGCS2000_3_ZONE_39 }));
    const result = checkCoordinateFile(zip, 'orphan.zip', { profile: national });
    expect(result.findings.map((f) => [f.ruleId, f.messageId, f.location.ring])).toEqual([['geom-hole-outside-shell', 'noShell', 2]]);
  });
});
