import { describe, expect, it } from 'vitest';
import { base64ToBlob, blobToBase64, canonicalJson, collectBlobs, parseCanonicalRow, UnsupportedValueError } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out absent properties', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: '乡镇' }, u: undefined })).toBe('{"a":{"c":"乡镇","d":[3,{"y":null,"z":true}]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('escapes text exactly as JSON does, so a row is always one line', () => {
    const text = canonicalJson({ note: '第一行\n第二行\r\t"引号"\u2028' });
    expect(text).not.toMatch(/[\n\r]/u);
    expect(JSON.parse(text)).toEqual({ note: '第一行\n第二行\r\t"引号"\u2028' });
  });

  it('refuses what JSON would silently change', () => {
    expect(() => canonicalJson({ at: new Date(0) })).toThrow(UnsupportedValueError);
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/\$\.n/u);
    expect(() => canonicalJson({ n: Number.POSITIVE_INFINITY })).toThrow(UnsupportedValueError);
    expect(() => canonicalJson({ list: [1, undefined] })).toThrow(UnsupportedValueError);
    expect(() => canonicalJson({ m: new Map() })).toThrow(UnsupportedValueError);
    expect(() => canonicalJson({ bytes: new Uint8Array(2) })).toThrow(UnsupportedValueError);
    expect(() => canonicalJson({ big: 1n })).toThrow(UnsupportedValueError);
    expect(() => canonicalJson({ $blob: 'x', type: 'y' })).toThrow(UnsupportedValueError);
  });

  it('writes a Blob as base64 with its type, and reads it back as the same bytes', async () => {
    const blob = new Blob([new Uint8Array([0, 1, 2, 253, 254, 255])], { type: 'image/png' });
    const row = { id: 7, blob, name: 'a.png' };
    expect(collectBlobs(row)).toEqual([blob]);
    expect(() => canonicalJson(row)).toThrow(/not read first/u);
    const base64 = await blobToBase64(blob);
    expect(base64).toBe('AAEC/f7/');
    const text = canonicalJson(row, new Map([[blob, base64]]));
    expect(text).toBe('{"blob":{"$blob":"AAEC/f7/","type":"image/png"},"id":7,"name":"a.png"}');
    const back = parseCanonicalRow(text) as { blob: Blob };
    expect(back.blob).toBeInstanceOf(Blob);
    expect(back.blob.type).toBe('image/png');
    expect(new Uint8Array(await back.blob.arrayBuffer())).toEqual(new Uint8Array([0, 1, 2, 253, 254, 255]));
  });

  it('round-trips bytes larger than one conversion slice', async () => {
    const bytes = new Uint8Array(100_003).map((_, i) => (i * 31 + 7) % 256);
    const back = base64ToBlob(await blobToBase64(new Blob([bytes])), '');
    expect(new Uint8Array(await back.arrayBuffer())).toEqual(bytes);
    expect(await blobToBase64(new Blob([]))).toBe('');
  });
});
