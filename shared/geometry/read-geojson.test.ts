import { describe, expect, it } from 'vitest';
import { zone39GeoJson } from '../../tests/fixtures/geometry/vector-samples';
import type { CoordinateFile } from './model';
import { epsgOfCrsName, readGeoJson } from './read-geojson';

function keys(file: CoordinateFile): [string, string][] {
  return file.problems.map((p) => [p.ruleId, p.messageId]);
}

const square = [
  [500, 3300],
  [510, 3300],
  [510, 3310],
  [500, 3310],
  [500, 3300],
];

describe('readGeoJson', () => {
  it('a FeatureCollection with a crs member: EPSG, attributes, ids, holes, a MultiPolygon as one parcel with its parts', () => {
    const file = readGeoJson(zone39GeoJson(), { fileName: 'a.geojson', encoding: 'utf-8' });
    expect(file.problems).toEqual([]);
    expect(file).toMatchObject({ format: 'geojson', encoding: 'utf-8', axisOrder: 'easting-northing', header: {}, declaredCrs: { epsg: 4527 } });
    expect(file.parcels.map((p) => [p.index, p.id, p.name, p.rings.map((r) => [r.ringNo, r.role])])).toEqual([
      [
        1,
        'DK-01',
        '某村违法占地',
        [
          [1, 'outer'],
          [2, 'hole'],
        ],
      ],
      [
        2,
        'DK-02',
        '某厂两处扩建',
        [
          [1, 'outer'],
          [2, 'outer'],
        ],
      ],
    ]);
    expect(file.parcels[0]?.attributes).toEqual({ 地块编号: 'DK-01', 地块名称: '某村违法占地', 地块面积: '0.96' });
    expect(Array.from(file.parcels[0]?.rings[0]?.coords.slice(0, 4) ?? [])).toEqual([39_512_500, 3_312_500, 39_512_600, 3_312_500]);
    expect(file.parcels[0]?.declaredAreaHa).toBeUndefined();
  });

  it('a bare Polygon, a single Feature; ids from DKBH, id properties, the feature id, else the index', () => {
    expect(readGeoJson(JSON.stringify({ type: 'Polygon', coordinates: [square] })).parcels.map((p) => p.id)).toEqual(['1']);
    const feature = (properties: object, id?: string | number): string => JSON.stringify({ type: 'Feature', id, properties, geometry: { type: 'Polygon', coordinates: [square] } });
    expect(readGeoJson(feature({ DKBH: 'B-7', id: 'x' })).parcels[0]?.id).toBe('B-7');
    expect(readGeoJson(feature({ dkbh: 'b-8' })).parcels[0]?.id).toBe('b-8');
    expect(readGeoJson(feature({ id: 42 })).parcels[0]?.id).toBe('42');
    expect(readGeoJson(feature({ note: null, flag: true, nested: { a: 1 } }, 'F-1')).parcels[0]).toMatchObject({ id: 'F-1', attributes: { flag: 'true', nested: '{"a":1}' } });
  });

  it('crs names in their spellings', () => {
    expect(epsgOfCrsName('urn:ogc:def:crs:EPSG::4523')).toBe(4523);
    expect(epsgOfCrsName('EPSG:4490')).toBe(4490);
    expect(epsgOfCrsName('http://www.opengis.net/def/crs/EPSG/0/4549')).toBe(4549);
    expect(epsgOfCrsName('urn:ogc:def:crs:OGC:1.3:CRS84')).toBeUndefined();
  });

  it('json-invalid with the line of the syntax error', () => {
    const file = readGeoJson('{\n  "type": "FeatureCollection",\n  "features": [,]\n}');
    expect(keys(file)).toEqual([['geom-parse-error', 'json-invalid']]);
    expect(file.problems[0]?.location.line).toBe(3);
    const cut = readGeoJson('{\n"type":\n');
    expect(cut.problems[0]?.location.line).toBe(3);
  });

  it('geojson-unsupported-type for other roots', () => {
    for (const root of [{ type: 'Topology' }, { type: 'Point', coordinates: [1, 2] }, { features: [] }, [1, 2], 'text', 3])
      expect(keys(readGeoJson(JSON.stringify(root)))[0], JSON.stringify(root)).toEqual(['geom-parse-error', 'geojson-unsupported-type']);
  });

  it('per-feature problems name the feature; bad positions are skipped and the rest read', () => {
    const collection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: null },
        { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [square] } },
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[...square.slice(0, 2), ['x', 1], [1], ...square.slice(2)]] } },
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [square, 'ring'] } },
        { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: 7 } },
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [] } },
        'not a feature',
      ],
    };
    const file = readGeoJson(JSON.stringify(collection));
    expect(file.problems.map((p) => [p.messageId, p.data['feature'], p.data['ring'], p.data['point']])).toEqual([
      ['geojson-no-geometry', 1, undefined, undefined],
      ['geojson-not-polygon', 2, undefined, undefined],
      ['geojson-bad-position', 3, 1, 3],
      ['geojson-bad-position', 3, 1, 4],
      ['geojson-bad-ring', 4, 2, undefined],
      ['geojson-bad-polygon', 5, undefined, undefined],
      ['geojson-no-geometry', 6, undefined, undefined],
      ['geojson-no-geometry', 7, undefined, undefined],
    ]);
    expect(file.parcels.map((p) => p.rings.map((r) => r.pointNames.length))).toEqual([[5], [5]]);
  });

  it('no-parcels for an empty collection', () => {
    expect(keys(readGeoJson('{"type":"FeatureCollection","features":[]}'))).toEqual([['geom-parse-error', 'no-parcels']]);
  });
});
