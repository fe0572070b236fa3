import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectWellFormed, lineCountOf } from '../../tests/fixtures/geometry/expect-well-formed';
import { generatedFileArb, writeTxt } from '../../tests/fixtures/geometry/random-txt';
import { MULTI_PARCEL, PROBLEMS, STANDARD, txtBytes } from '../../tests/fixtures/geometry/txt-samples';
import { readCoordinateFile } from './read-coordinate-file';
import { readCoordinateTxt } from './read-coordinate-txt';

describe('readCoordinateTxt round-trips what was written', () => {
  it('random valid files in random dialects: coordinates, names, rings, lines and declared values as written, no problems', () => {
    fc.assert(
      fc.property(generatedFileArb, (generated) => {
        const { text, expected } = writeTxt(generated);
        const bytes = txtBytes({ text, encoding: generated.encoding, bom: generated.bom && generated.encoding === 'utf-8', eol: generated.eol });
        const file = readCoordinateFile(bytes, 'random.txt');
        expect(file.problems).toEqual([]);
        expect(file.format).toBe('txt');
        expect(file.declaredCrs).toMatchObject({ zoneWidth: 3, zone: 39 });
        expect(
          file.parcels.map((p) => ({
            index: p.index,
            id: p.id,
            name: p.name,
            line: p.line,
            declaredPointCount: p.declaredPointCount,
            declaredAreaHa: p.declaredAreaHa,
            declaredAreaDecimals: p.declaredAreaDecimals,
            rings: p.rings.map((r) => ({ ringNo: r.ringNo, coords: Array.from(r.coords), pointNames: [...r.pointNames], lines: Array.from(r.lines) })),
          })),
        ).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

type Mutation =
  { kind: 'delete' | 'duplicate'; at: number } | { kind: 'swap'; at: number; other: number } | { kind: 'fullwidth'; at: number; nth: number } | { kind: 'truncate'; at: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('fullwidth' as const), at: fc.nat(), nth: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    const n = lines.length;
    if (n === 0) break;
    const at = m.at % n;
    if (m.kind === 'delete') lines.splice(at, 1);
    else if (m.kind === 'duplicate') lines.splice(at, 0, lines[at] ?? '');
    else if (m.kind === 'swap') {
      const other = m.other % n;
      [lines[at], lines[other]] = [lines[other] ?? '', lines[at] ?? ''];
    } else if (m.kind === 'fullwidth') {
      const line = lines[at] ?? '';
      const commas = [...line.matchAll(/,/gu)].map((c) => c.index);
      const pick = commas[m.nth % Math.max(1, commas.length)];
      if (pick !== undefined) lines[at] = `${line.slice(0, pick)}，${line.slice(pick + 1)}`;
    } else {
      const joined = lines.join('\n');
      lines = joined.slice(0, m.at % (joined.length + 1)).split('\n');
    }
  }
  return lines.join('\n');
}

describe('readCoordinateTxt never throws and always returns a well-formed file', () => {
  for (const sample of [STANDARD, MULTI_PARCEL, PROBLEMS]) {
    it(`on mutations of ${sample.file}: lines deleted, duplicated, swapped, commas made full-width, truncated`, () => {
      fc.assert(
        fc.property(
          fc.array(mutationArb, { minLength: 1, maxLength: 6 }),
          fc.constantFrom('gbk' as const, 'utf-8' as const),
          fc.constantFrom('\r\n' as const, '\n' as const),
          (mutations, encoding, eol) => {
            const text = mutate(sample.text, mutations);
            const file = readCoordinateFile(txtBytes({ text, encoding, eol }), sample.file);
            expectWellFormed(file, lineCountOf(text.replace(/\n/gu, eol)));
          },
        ),
        { numRuns: 300 },
      );
    });
  }

  it('on random line soup made of the format own pieces', () => {
    const piece = fc.constantFrom(
      '[属性描述]',
      '【地块坐标】',
      '[地块坐标]',
      '坐标系=2000国家大地坐标系',
      '带号=39',
      '@',
      ',',
      '，',
      'J1',
      '1',
      '2',
      '0',
      '-1',
      '3312345.125',
      '39512345.25',
      'abc',
      ' ',
      '=',
      '\t',
      '0.1',
      '',
    );
    const line = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const text = lines.join('\n');
        expectWellFormed(readCoordinateTxt(text), lineCountOf(text));
      }),
      { numRuns: 500 },
    );
  });

  it('on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expectWellFormed(readCoordinateTxt(text), lineCountOf(text));
      }),
      { numRuns: 500 },
    );
  });
});
