import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shpBytes } from '../../tests/fixtures/geometry/build-shapefile';
import { expectWellFormed } from '../../tests/fixtures/geometry/expect-well-formed';
import { STANDARD, txtBytes } from '../../tests/fixtures/geometry/txt-samples';
import { cm117Utf8Zip, sampleRecords, zone39GbkZip, zone39GeoJson } from '../../tests/fixtures/geometry/vector-samples';
import { readCoordinateFile } from './read-coordinate-file';
import { jsonErrorOffset, readGeoJson } from './read-geojson';

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Cut at `cut`, then overwrite bytes: what a damaged download or a bad disk gives. */
function damage(bytes: Uint8Array, cut: number, edits: readonly (readonly [number, number])[]): Uint8Array {
  const out = bytes.slice(0, Math.min(bytes.length, cut));
  for (const [at, value] of edits) if (out.length > 0) out[at % out.length] = value;
  return out;
}

const editsArb = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 12 });

describe('readCoordinateFile never throws and always returns a well-formed file', () => {
  it('on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('a.txt', 'a.zip', 'a.geojson', 'a.shp', ''), (bytes, name) => {
        expectWellFormed(readCoordinateFile(bytes, name));
      }),
      { numRuns: 400 },
    );
  });

  it('on random bytes behind each format magic', () => {
    const shpHeader = shpBytes([]).shp.slice(0, 100);
    const magics = [
      [0x50, 0x4b, 0x03, 0x04],
      [0x50, 0x4b, 0x05, 0x06],
      [...shpHeader],
      [0x7b],
      [0xef, 0xbb, 0xbf, 0x7b],
      [...new TextEncoder().encode('[属性描述]\n')],
      [0xff, 0xfe],
      [0xfe, 0xff],
      [0x25, 0x50, 0x44, 0x46],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...magics), fc.uint8Array({ maxLength: 2048 }), (magic, tail) => {
        expectWellFormed(readCoordinateFile(concat(new Uint8Array(magic), tail), 'x'));
      }),
      { numRuns: 400 },
    );
  });

  for (const [name, sample] of [
    ['a deflated shapefile zip', zone39GbkZip()],
    ['a stored shapefile zip', cm117Utf8Zip()],
    ['a lone .shp', shpBytes(sampleRecords()).shp],
    ['a GBK TXT', txtBytes(STANDARD)],
    ['a GeoJSON', new TextEncoder().encode(zone39GeoJson())],
  ] as const) {
    it(`on truncated and damaged copies of ${name}`, () => {
      expect(readCoordinateFile(sample, 'sample').problems).toEqual([]);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: sample.length }), editsArb, (cut, edits) => {
          expectWellFormed(readCoordinateFile(damage(sample, cut, edits), 'sample'));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('on random JSON values wrapped as GeoJSON', () => {
    const geometry = fc.record({ type: fc.constantFrom('Polygon', 'MultiPolygon', 'Point', 'LineString', 'GeometryCollection'), coordinates: fc.jsonValue() });
    const feature = fc.record({ type: fc.constant('Feature'), id: fc.jsonValue(), properties: fc.jsonValue(), geometry: fc.oneof(geometry, fc.jsonValue()) });
    const root = fc.oneof(
      fc.record({ type: fc.constant('FeatureCollection'), features: fc.oneof(fc.array(fc.oneof(feature, fc.jsonValue())), fc.jsonValue()), crs: fc.jsonValue() }),
      feature,
      geometry,
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(root, (value) => {
        expectWellFormed(readGeoJson(JSON.stringify(value)));
      }),
      { numRuns: 400 },
    );
  });
});

describe('jsonErrorOffset agrees with JSON.parse', () => {
  it('finds no error exactly when JSON.parse succeeds, on JSON texts and damaged ones', () => {
    const text = fc.oneof(
      fc.json(),
      fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', ']', '}', '"', ':', '\\', 'x', ' ', '\u0001', '1', '[', '{')).map(([json, at, insert]) => {
        const i = at % (json.length + 1);
        return json.slice(0, i) + insert + json.slice(i);
      }),
      fc.tuple(fc.json(), fc.nat()).map(([json, cut]) => json.slice(0, cut % (json.length + 1))),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        let valid = true;
        try {
          JSON.parse(t);
        } catch {
          valid = false;
        }
        expect(jsonErrorOffset(t) === -1, JSON.stringify(t)).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('a document nested deeper than the engine parses is reported, not thrown', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const file = readGeoJson(deep);
    expectWellFormed(file);
  });
});
