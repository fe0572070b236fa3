import { describe, expect, it } from 'vitest';
import {
  clockwise,
  counterClockwise,
  dbfBytes,
  PRJ_CGCS2000_3_ZONE_39,
  rectangle,
  shapefileFiles,
  shpBytes,
  zipBytes,
  type ShapefileSpec,
  type XY,
} from '../../tests/fixtures/geometry/build-shapefile';
import { cm117Utf8Zip, SAMPLE_FIELDS, SAMPLE_ROWS, sampleRecords, zone39GbkZip } from '../../tests/fixtures/geometry/vector-samples';
import type { CoordinateFile, Ring } from './model';
import { readCoordinateFile } from './read-coordinate-file';

function ringXY(ring: Ring | undefined): number[][] {
  const out: number[][] = [];
  for (let i = 0; ring && i < ring.coords.length; i += 2) out.push([ring.coords[i] ?? NaN, ring.coords[i + 1] ?? NaN]);
  return out;
}

function messageIds(file: CoordinateFile): string[] {
  return file.problems.map((p) => p.messageId);
}

function readLayer(spec: Partial<ShapefileSpec> & Pick<ShapefileSpec, 'records'>, zipOptions = {}): CoordinateFile {
  return readCoordinateFile(zipBytes(shapefileFiles({ name: 'layer', fields: SAMPLE_FIELDS, rows: SAMPLE_ROWS.slice(0, spec.records.length), ...spec }), zipOptions), 'layer.zip');
}

const square = (e: number, n: number, side: number): XY => rectangle(e, n, side, side);

describe('readCoordinateFile: zipped shapefiles', () => {
  it('GBK attributes (.cpg 936), GBK entry names, deflated: parcels, holes, multi-part records, raw coordinates', () => {
    const file = readCoordinateFile(zone39GbkZip(), '违法用地范围.zip');
    expect(file.problems).toEqual([]);
    expect(file.format).toBe('shapefile');
    expect(file.encoding).toBe('gbk');
    expect(file.axisOrder).toBe('easting-northing');
    expect(file.header).toEqual({});
    expect(file.declaredCrs).toEqual({ datum: 'D_China_2000', projection: 'Gauss_Kruger', unit: 'Meter', zoneWidth: 3, zone: 39, epsg: 4527 });
    // A multi-part record is one parcel (a multipolygon): its rings keep the stored order and the ESRI roles.
    expect(file.parcels.map((p) => [p.index, p.id, p.name, p.attributes['记录号'], p.rings.map((r) => r.role)])).toEqual([
      [1, 'DK-01', '某村违法占地', '1', ['outer', 'hole']],
      [2, 'DK-02', '某厂两处扩建', '2', ['outer', 'outer']],
    ]);
    expect(file.parcels[0]?.attributes).toMatchObject({ 地块编号: 'DK-01', 地块面积: '0.9600' });
    const [first] = file.parcels;
    expect(first?.rings.map((r) => r.ringNo)).toEqual([1, 2]);
    const records = sampleRecords();
    expect(ringXY(first?.rings[0])).toEqual(records[0]?.[0]);
    expect(ringXY(first?.rings[1])).toEqual(records[0]?.[1]);
    expect(ringXY(file.parcels[1]?.rings[1])).toEqual(records[1]?.[1]);
    expect(first?.rings[0]?.pointNames).toEqual(['', '', '', '', '']);
    expect(Array.from(first?.rings[0]?.lines ?? [])).toEqual([0, 0, 0, 0, 0]);
    expect(first?.line).toBeUndefined();
  });

  it('UTF-8 attributes (.cpg UTF-8), stored entries, unprefixed eastings, a CM 117°E .prj', () => {
    const file = readCoordinateFile(cm117Utf8Zip(), 'parcels.zip');
    expect(file.problems).toEqual([]);
    expect(file.encoding).toBe('utf-8');
    expect(file.declaredCrs).toMatchObject({ zoneWidth: 3, zone: 39, epsg: 4548 });
    // UTF-8 field names are cut to 10 bytes (地块编号 → 地块编); the 编号 is still found.
    expect(file.parcels.map((p) => [p.id, p.name])).toEqual([
      ['DK-01', '某村违法占地'],
      ['DK-02', '某厂两处扩建'],
    ]);
    expect(ringXY(file.parcels[0]?.rings[0])).toEqual(sampleRecords(-39_000_000)[0]?.[0]);
  });

  it('decodes GBK from the language driver byte, and by sniffing when neither .cpg nor the byte says', () => {
    for (const languageDriver of [0x4d, 0x00, 0x57]) {
      const file = readLayer({ records: sampleRecords().slice(0, 1), dbf: { encoding: 'gbk', languageDriver } });
      expect(file.encoding, `LDID ${languageDriver}`).toBe('gbk');
      expect(file.parcels[0]?.name).toBe('某村违法占地');
    }
    const utf8 = readLayer({ records: sampleRecords().slice(0, 1), dbf: { encoding: 'utf-8' } });
    expect(utf8.encoding).toBe('utf-8');
    expect(utf8.parcels[0]?.name).toBe('某村违法占地');
  });

  it('a .cpg wins over the bytes: "ANSI 936", "GBK" and "UTF-8"', () => {
    for (const cpg of ['ANSI 936', 'GBK', 'gb2312']) expect(readLayer({ records: sampleRecords().slice(0, 1), cpg }).parcels[0]?.name, cpg).toBe('某村违法占地');
    expect(readLayer({ records: sampleRecords().slice(0, 1), cpg: 'UTF-8', dbf: { encoding: 'utf-8' } }).parcels[0]?.name).toBe('某村违法占地');
  });

  it('keeps a hole that lies in no outer ring in its record, declared a hole, for the validity check', () => {
    const orphan = counterClockwise(square(39_600_000, 3_400_000, 10));
    const file = readLayer({ records: [[clockwise(square(39_512_500, 3_312_500, 100)), orphan]] });
    expect(file.parcels).toHaveLength(1);
    expect(file.parcels[0]?.rings.map((r) => r.ringNo)).toEqual([1, 2]);
    expect(ringXY(file.parcels[0]?.rings[1])).toEqual(orphan);
    expect(file.parcels[0]?.rings.map((r) => r.role)).toEqual(['outer', 'hole']);
  });

  it('keeps the rings of a record in their stored order with the roles their orientation declares', () => {
    const big = clockwise(square(0, 0, 1000));
    const small = clockwise(square(2000, 0, 100));
    const holeOfSmall = counterClockwise(square(2040, 40, 10));
    const holeOfBig = counterClockwise(square(400, 400, 10));
    const file = readLayer({ records: [[holeOfSmall, big, holeOfBig, small]] });
    expect(file.parcels.map((p) => p.rings.map((r) => [ringXY(r)[0], r.role]))).toEqual([
      [
        [holeOfSmall[0], 'hole'],
        [big[0], 'outer'],
        [holeOfBig[0], 'hole'],
        [small[0], 'outer'],
      ],
    ]);
  });

  it('reads a writer that made every ring counter-clockwise as outer rings', () => {
    const file = readLayer({ records: [[counterClockwise(square(0, 0, 10)), counterClockwise(square(100, 0, 10))]] });
    expect(file.parcels.map((p) => p.rings.map((r) => r.role))).toEqual([['outer', 'outer']]);
  });

  it('names the layer of each parcel when the zip holds several, and ignores __MACOSX', () => {
    const a = shapefileFiles({ name: '图斑一', records: sampleRecords().slice(0, 1), fields: SAMPLE_FIELDS, rows: SAMPLE_ROWS.slice(0, 1) });
    const b = shapefileFiles({ name: 'sub/图斑二', records: sampleRecords().slice(0, 1), fields: SAMPLE_FIELDS, rows: SAMPLE_ROWS.slice(0, 1) });
    const junk = { name: '__MACOSX/._图斑一.shp', bytes: new Uint8Array([0, 5, 22, 7]) };
    // GBK names (no UTF-8 flag): 图斑一 and 图斑二 must stay apart.
    const file = readCoordinateFile(zipBytes([...a, ...b, junk], { gbkNames: true }), 'two.zip');
    expect(file.problems).toEqual([]);
    expect(file.parcels.map((p) => p.attributes['图层'])).toEqual(['图斑一', '图斑二']);
  });

  it('reads a lone .shp: geometry only, ids from the record number', () => {
    const { shp } = shpBytes(sampleRecords());
    const file = readCoordinateFile(shp, 'layer.shp');
    expect(file.format).toBe('shapefile');
    expect(file.problems).toEqual([]);
    expect(file.parcels.map((p) => p.id)).toEqual(['1', '2']);
  });
});

describe('readCoordinateFile: shapefile problems', () => {
  it('shp-null-shape for a record without geometry; the other records keep their attributes', () => {
    const file = readLayer({ records: [null, sampleRecords()[0] ?? null] });
    expect(messageIds(file)).toEqual(['shp-null-shape']);
    expect(file.problems[0]?.data).toEqual({ entry: 'layer.shp', record: 1 });
    expect(file.parcels.map((p) => [p.id, p.attributes['记录号']])).toEqual([['DK-02', '2']]);
  });

  it('shp-not-polygon for a point or line layer (and then no parcels)', () => {
    const { shp } = shpBytes([], 3);
    const file = readCoordinateFile(zipBytes([{ name: 'roads.shp', bytes: shp }]), 'roads.zip');
    expect(messageIds(file)).toEqual(['shp-not-polygon', 'no-parcels']);
    expect(file.problems[0]?.data).toMatchObject({ entry: 'roads.shp', shapeType: '线（PolyLine）' });
  });

  it('shp-record-truncated when the file is cut inside a record; the records before it are read', () => {
    const { shp } = shpBytes(sampleRecords());
    const cut = shp.slice(0, shp.length - 20);
    const file = readCoordinateFile(zipBytes([{ name: 'a.shp', bytes: cut }]), 'a.zip');
    expect(messageIds(file)).toEqual(['shp-record-truncated']);
    expect(file.problems[0]?.data).toEqual({ entry: 'a.shp', record: 2 });
    expect(file.parcels).toHaveLength(1);
  });

  it('shp-record-invalid when the part and point counts do not fit the record', () => {
    const { shp } = shpBytes(sampleRecords());
    const view = new DataView(shp.buffer);
    view.setInt32(100 + 8 + 40, 1_000_000, true); // record 1's numPoints
    const file = readCoordinateFile(zipBytes([{ name: 'a.shp', bytes: shp }]), 'a.zip');
    expect(messageIds(file)).toEqual(['shp-record-invalid']);
    expect(file.problems[0]?.data).toEqual({ entry: 'a.shp', record: 1 });
    expect(file.parcels.map((p) => p.attributes['记录号'])).toEqual(['2']);
  });

  it('shp-header-invalid for a .shp that is not one', () => {
    const file = readCoordinateFile(zipBytes([{ name: 'a.shp', bytes: new TextEncoder().encode('not a shapefile at all') }]), 'a.zip');
    expect(messageIds(file)).toEqual(['shp-header-invalid', 'no-parcels']);
  });

  it('dbf-record-count and dbf-truncated when the table and the shapes disagree', () => {
    const records = sampleRecords();
    const more = readLayer({ records, rows: [...SAMPLE_ROWS, ['DK-03', '多出的', '1']] });
    expect(messageIds(more)).toEqual(['dbf-record-count']);
    expect(more.problems[0]?.data).toEqual({ layer: 'layer.shp', shpRecords: 2, dbfRecords: 3 });

    const dbf = dbfBytes(SAMPLE_FIELDS, SAMPLE_ROWS, { encoding: 'gbk' });
    const { shp } = shpBytes(records);
    const cut = readCoordinateFile(
      zipBytes([
        { name: 'a.shp', bytes: shp },
        { name: 'a.dbf', bytes: dbf.slice(0, dbf.length - 40) },
      ]),
      'a.zip',
    );
    expect(messageIds(cut)).toEqual(['dbf-truncated', 'dbf-record-count']);
    expect(cut.problems[0]?.data).toEqual({ entry: 'a.dbf', declared: 2, available: 1 });
    expect(cut.parcels.map((p) => p.id)).toEqual(['DK-01', '2']);
  });

  it('dbf-invalid for a table whose header is broken; the shapes are still read', () => {
    const { shp } = shpBytes(sampleRecords());
    const file = readCoordinateFile(
      zipBytes([
        { name: 'a.shp', bytes: shp },
        { name: 'a.dbf', bytes: new Uint8Array(10) },
      ]),
      'a.zip',
    );
    expect(messageIds(file)).toEqual(['dbf-invalid']);
    expect(file.parcels).toHaveLength(2);
  });

  it('zip-entry-encrypted, zip-entry-corrupt (CRC), zip-entry-method', () => {
    const files = shapefileFiles({ name: 'a', records: sampleRecords() });
    expect(messageIds(readCoordinateFile(zipBytes(files, { encryptedFlag: true }), 'a.zip'))).toEqual(['zip-entry-encrypted', 'no-parcels']);

    const corrupt = zipBytes(files, { deflate: true });
    corrupt[60] = (corrupt[60] ?? 0) ^ 0xff; // inside the .shp's deflated data
    expect(messageIds(readCoordinateFile(corrupt, 'a.zip'))[0]).toBe('zip-entry-corrupt');

    const method = zipBytes(files);
    const view = new DataView(method.buffer);
    const eocd = method.length - 22;
    const central = view.getUint32(eocd + 16, true);
    view.setUint16(central + 10, 12, true); // bzip2
    const file = readCoordinateFile(method, 'a.zip');
    expect(messageIds(file)[0]).toBe('zip-entry-method');
    expect(file.problems[0]?.data).toEqual({ entry: 'a.shp', method: 12 });
  });
});

describe('readCoordinateFile: the .prj beside the layer', () => {
  it('a .prj of another datum declares its datum but no zone or EPSG (more cases in read-prj.test.ts)', () => {
    const xian = PRJ_CGCS2000_3_ZONE_39.replace('GCS_China_Geodetic_Coordinate_System_2000', 'GCS_Xian_1980')
      .replace('D_China_2000', 'D_Xian_1980')
      .replace('CGCS2000_3', 'Xian_1980_3');
    const file = readLayer({ records: sampleRecords().slice(0, 1), prj: xian });
    expect(file.declaredCrs).toEqual({ datum: 'D_Xian_1980', projection: 'Gauss_Kruger', unit: 'Meter' });
  });
});
