import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dbfBytes, shpBytes, zipBytes } from '../../tests/fixtures/geometry/build-shapefile';
import { SAMPLES_DIR, sampleFiles } from '../../tests/fixtures/geometry/generate-samples';
import { PROBLEMS, STANDARD, txtBytes } from '../../tests/fixtures/geometry/txt-samples';
import { SAMPLE_FIELDS, SAMPLE_ROWS, sampleRecords, zone39GbkZip, zone39GeoJson } from '../../tests/fixtures/geometry/vector-samples';
import { gbkBytes, utf8Bytes } from '../sheet/testing/build';
import type { CoordinateFile, ReadProblem } from './model';
import { readCoordinateFile } from './read-coordinate-file';
import { READ_PROBLEM_MESSAGES } from './read-problem-messages';

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

function only(file: CoordinateFile): Pick<ReadProblem, 'ruleId' | 'messageId'> & { data: ReadProblem['data'] } {
  expect(file.problems).toHaveLength(1);
  const [p] = file.problems;
  return { ruleId: p?.ruleId ?? '', messageId: p?.messageId ?? '', data: p?.data ?? {} };
}

describe('readCoordinateFile: chooses the reader by content, not by extension', () => {
  it('GeoJSON named .txt, TXT named .json, a shapefile zip named .shp and .dat', () => {
    expect(readCoordinateFile(enc(zone39GeoJson()), '坐标.txt').format).toBe('geojson');
    const txt = readCoordinateFile(txtBytes(STANDARD), 'range.json');
    expect([txt.format, txt.encoding, txt.parcels.length]).toEqual(['txt', 'gbk', 1]);
    for (const name of ['range.shp', 'range.dat', 'range']) expect(readCoordinateFile(zone39GbkZip(), name).format, name).toBe('shapefile');
  });

  it('GeoJSON in GBK and with a BOM, TXT in UTF-16 (Notepad "Unicode")', () => {
    expect(readCoordinateFile(gbkBytes(zone39GeoJson()), 'a.geojson').parcels).toHaveLength(2);
    expect(readCoordinateFile(utf8Bytes(zone39GeoJson(), true), 'a.geojson').parcels).toHaveLength(2);
    const text = `\uFEFF${STANDARD.text}`;
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      le[2 * i] = text.charCodeAt(i) & 0xff;
      le[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const file = readCoordinateFile(le, 'unicode.txt');
    expect(file.problems).toEqual([]);
    expect(file.parcels[0]?.rings[0]?.pointNames).toHaveLength(5);
  });

  it('a TXT or GeoJSON zipped without a shapefile is read from inside the zip', () => {
    const file = readCoordinateFile(zipBytes([{ name: '说明/坐标.txt', bytes: txtBytes(STANDARD) }], { deflate: true }), 'a.zip');
    expect([file.format, file.parcels.length, file.problems.length]).toEqual(['txt', 1, 0]);
    expect(readCoordinateFile(zipBytes([{ name: 'x.geojson', bytes: enc(zone39GeoJson()) }]), 'a.zip').format).toBe('geojson');
  });
});

describe('readCoordinateFile: files it cannot read are one geom-parse-error', () => {
  it('empty, PDF, PNG, an Excel .xls, an .xlsx-like zip', () => {
    expect(only(readCoordinateFile(new Uint8Array(0), 'a.txt'))).toMatchObject({ ruleId: 'geom-parse-error', messageId: 'empty-file', data: { fileName: 'a.txt' } });
    expect(only(readCoordinateFile(enc('%PDF-1.7 …'), 'a.txt'))).toMatchObject({ messageId: 'binary-format', data: { what: 'PDF 文档' } });
    expect(only(readCoordinateFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), 'a.shp'))).toMatchObject({ messageId: 'binary-format' });
    expect(only(readCoordinateFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'a.xls'))).toMatchObject({ messageId: 'binary-format' });
    const xlsx = readCoordinateFile(zipBytes([{ name: '[Content_Types].xml', bytes: enc('<Types/>') }]), 'book.xlsx');
    expect(only(xlsx)).toMatchObject({ messageId: 'zip-no-layer', data: { entries: '[Content_Types].xml' } });
  });

  it('a lone .shx or .dbf is named (a lone .shp is read)', () => {
    const { shp, shx } = shpBytes(sampleRecords());
    expect(only(readCoordinateFile(shx, 'a.shx'))).toMatchObject({ messageId: 'binary-format' });
    expect(only(readCoordinateFile(dbfBytes(SAMPLE_FIELDS, SAMPLE_ROWS, { encoding: 'gbk' }), 'a.dbf'))).toMatchObject({ messageId: 'binary-format' });
    expect(readCoordinateFile(shp, 'a.shp').parcels).toHaveLength(2);
  });

  it('text that is neither TXT nor GeoJSON says what it looks like', () => {
    expect(only(readCoordinateFile(enc('<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"></kml>'), 'a.kml'))).toMatchObject({
      messageId: 'unknown-format',
      data: { what: 'KML' },
    });
    expect(only(readCoordinateFile(enc('hello\nworld\n'), 'a.txt'))).toMatchObject({ messageId: 'unknown-format' });
    expect(only(readCoordinateFile(enc('[1, 2, 3]'), 'a.json'))).toMatchObject({ messageId: 'unknown-format', data: { what: 'JSON 数组' } });
  });

  it('binary noise is not-text; the nominal format follows the file name', () => {
    const noise = new Uint8Array(512).map((_, i) => (i * 151 + 7) % 256);
    const file = readCoordinateFile(noise, 'a.geojson');
    expect(only(file)).toMatchObject({ messageId: 'not-text' });
    expect([file.format, file.axisOrder, file.parcels]).toEqual(['geojson', 'easting-northing', []]);
    expect(readCoordinateFile(noise, 'a.txt').format).toBe('txt');
  });

  it('a truncated zip (no central directory) and a damaged directory', () => {
    const zip = zone39GbkZip();
    expect(only(readCoordinateFile(zip.slice(0, zip.length - 30), 'a.zip'))).toMatchObject({ messageId: 'zip-truncated' });
    const damaged = zip.slice();
    const view = new DataView(damaged.buffer);
    view.setUint32(damaged.length - 22 + 16, 3, true);
    expect(only(readCoordinateFile(damaged, 'a.zip'))).toMatchObject({ messageId: 'zip-damaged' });
  });
});

describe('the message catalogue', () => {
  /** Every file the tests of this folder read, and the problems they give. */
  function problemsOfSamples(): ReadProblem[] {
    const files = [...sampleFiles().entries()].map(([name, bytes]) => readCoordinateFile(bytes, name));
    files.push(readCoordinateFile(txtBytes(PROBLEMS), 'p.txt'), readCoordinateFile(new Uint8Array(0), 'e.txt'), readCoordinateFile(enc('{"type":"Topology"}'), 't.json'));
    return files.flatMap((f) => f.problems);
  }

  it('every message id a reader emits has a template, and every placeholder of it is in the data', () => {
    const problems = problemsOfSamples();
    expect(problems.length).toBeGreaterThan(10);
    for (const p of problems) {
      const templates: Readonly<Record<string, string>> | undefined = (READ_PROBLEM_MESSAGES as Readonly<Record<string, Readonly<Record<string, string>>>>)[p.ruleId];
      const template = templates?.[p.messageId];
      expect(template, `${p.ruleId}/${p.messageId}`).toBeDefined();
      for (const [, name] of (template ?? '').matchAll(/\{(\w+)\}/gu)) expect(p.data, `${p.messageId} needs {${name}}`).toHaveProperty(name ?? '');
    }
  });

  it('templates are zh-CN and name their placeholders', () => {
    for (const [ruleId, templates] of Object.entries(READ_PROBLEM_MESSAGES))
      for (const [messageId, template] of Object.entries(templates)) {
        expect(template, `${ruleId}/${messageId}`).toMatch(/[\u4e00-\u9fff]/u);
        expect(messageId).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
      }
  });
});

describe('committed samples', () => {
  it('tests/fixtures/geometry/samples/ holds exactly what generate-samples.ts writes', () => {
    for (const [name, bytes] of sampleFiles()) expect(new Uint8Array(readFileSync(`${SAMPLES_DIR}${name}`)), name).toEqual(bytes);
  });
});
