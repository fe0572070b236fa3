/**
 * The ring model's promise (coordinate-txt.md, "rings"): a parcel's outer rings and holes are
 * decided by geometry, so a multipolygon — disjoint parts, holes, parts inside holes — written
 * with its rings in any order, numbered any way (1, 2 …; 101, 201 …; any distinct numbers) and
 * turned either way, reads back with the same area and no hole finding; and no parcel's area is
 * ever negative, whatever its rings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STANDARD_HEADER } from '../../tests/support/geometry-builders';
import { builtInProfile } from '../profiles/profiles';
import { planarAreaM2 } from './areas';
import { checkCoordinateFile } from './check-coordinate-file';
import { ringModel } from './ring-model';

const national = builtInProfile('national');

/** An axis-aligned rectangle in whole metres: x, y (from the cell origin), width, height. */
interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** An island in a hole, and the holes of an outer ring. */
interface Hole {
  readonly rect: Rect;
  readonly island?: Rect;
}

interface Part {
  readonly outer: Rect;
  readonly holes: readonly Hole[];
}

/** A hole occupying column `k` of `n` inside the outer rectangle, optionally with an island in it. */
const holeArb = (outer: Rect, k: number, n: number): fc.Arbitrary<Hole> => {
  const columnWidth = Math.floor((outer.w - 4) / n);
  return fc
    .record({ inset: fc.integer({ min: 1, max: 3 }), hasIsland: fc.boolean(), islandInset: fc.integer({ min: 1, max: 3 }) })
    .map(({ inset, hasIsland, islandInset }) => {
      const rect = { x: outer.x + 2 + k * columnWidth + inset, y: outer.y + 2 + inset, w: columnWidth - 2 * inset, h: outer.h - 4 - 2 * inset };
      const island = { x: rect.x + islandInset, y: rect.y + islandInset, w: rect.w - 2 * islandInset, h: rect.h - 2 * islandInset };
      return hasIsland && island.w > 0 && island.h > 0 ? { rect, island } : { rect };
    });
};

/** Part p of the parcel in its own 1 km cell, so parts never meet. */
const partArb = (p: number): fc.Arbitrary<Part> =>
  fc
    .record({ w: fc.integer({ min: 40, max: 900 }), h: fc.integer({ min: 20, max: 900 }), dx: fc.integer({ min: 0, max: 50 }), dy: fc.integer({ min: 0, max: 50 }), holes: fc.integer({ min: 0, max: 3 }) })
    .chain(({ w, h, dx, dy, holes }) => {
      const outer = { x: p * 1000 + dx, y: dy, w, h };
      return fc.tuple(...Array.from({ length: holes }, (_, k) => holeArb(outer, k, holes))).map((hs) => ({ outer, holes: hs }));
    });

const area = (r: Rect): number => r.w * r.h;

function expectedAreaM2(parts: readonly Part[]): number {
  return parts.reduce((sum, part) => sum + area(part.outer) - part.holes.reduce((h, hole) => h + area(hole.rect) - (hole.island ? area(hole.island) : 0), 0), 0);
}

function outerRingCount(parts: readonly Part[]): number {
  return parts.reduce((n, part) => n + 1 + part.holes.filter((h) => h.island).length, 0);
}

/** The rectangle's corners as TXT points [X = northing, Y = prefixed easting], closed, either way round. */
function ringPoints(r: Rect, reversed: boolean): [number, number][] {
  const e0 = 39_512_000;
  const n0 = 3_312_000;
  const corners: [number, number][] = [
    [n0 + r.y, e0 + r.x],
    [n0 + r.y, e0 + r.x + r.w],
    [n0 + r.y + r.h, e0 + r.x + r.w],
    [n0 + r.y + r.h, e0 + r.x],
  ];
  const ordered = reversed ? [corners[0] ?? [0, 0], ...corners.slice(1).reverse()] : corners;
  return [...ordered, ordered[0] ?? [0, 0]];
}

const parcelArb = fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, p) => partArb(p))));

const writingArb = (ringCount: number) =>
  fc.record({
    order: fc.shuffledSubarray(
      Array.from({ length: ringCount }, (_, i) => i),
      { minLength: ringCount, maxLength: ringCount },
    ),
    numbering: fc.constantFrom('sequential' as const, 'hundreds' as const, 'random' as const),
    randomNumbers: fc.uniqueArray(fc.integer({ min: 1, max: 9999 }), { minLength: ringCount, maxLength: ringCount }),
    reversed: fc.array(fc.boolean(), { minLength: ringCount, maxLength: ringCount }),
  });

function allRings(parts: readonly Part[]): Rect[] {
  return parts.flatMap((part) => [part.outer, ...part.holes.flatMap((h) => (h.island ? [h.rect, h.island] : [h.rect]))]);
}

describe('ring model: a multipolygon reads back the same whatever the 圈号 and the ring order', () => {
  it('random parts, holes and islands, shuffled and renumbered: same area, same parts, no finding', () => {
    fc.assert(
      fc.property(
        parcelArb.chain((parts) => fc.tuple(fc.constant(parts), writingArb(allRings(parts).length))),
        ([parts, writing]) => {
          const rings = allRings(parts);
          const pointLines: string[] = [];
          writing.order.forEach((ringIndex, k) => {
            const ringNo = writing.numbering === 'sequential' ? k + 1 : writing.numbering === 'hundreds' ? (k + 1) * 100 + 1 : (writing.randomNumbers[k] ?? k + 1);
            ringPoints(rings[ringIndex] ?? { x: 0, y: 0, w: 1, h: 1 }, writing.reversed[k] ?? false).forEach(([x, y], i) => pointLines.push(`J${i + 1},${ringNo},${x},${y}`));
          });
          const expectedM2 = expectedAreaM2(parts);
          const text = [
            '[属性描述]',
            ...Object.entries(STANDARD_HEADER).map(([k, v]) => `${k}=${v}`).filter((l) => !l.startsWith('带号')),
            '带号=39',
            '[地块坐标]',
            `${pointLines.length},${(expectedM2 / 10_000).toFixed(4)},DK-1,某违法用地,面,,工业用地,,@`,
            ...pointLines,
          ].join('\n');
          const result = checkCoordinateFile(new TextEncoder().encode(text), 'multi.txt', { profile: national });
          expect(result.findings.filter((f) => f.severity !== 'info').map((f) => [f.ruleId, f.messageId])).toEqual([]);
          const [parcel] = result.parcels;
          expect(parcel?.parts).toBe(outerRingCount(parts));
          expect(parcel?.rings).toBe(rings.length);
          expect(Math.abs((parcel?.planarAreaHa ?? Number.NaN) * 10_000 - expectedM2)).toBeLessThan(1e-3);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('no parcel area is ever negative, whatever its rings (crossing, nested, degenerate)', () => {
    const ringArb = fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 })), { minLength: 0, maxLength: 7 }).map((points) => {
      const closed = points.length > 0 ? [...points, points[0] ?? [0, 0]] : [];
      return Float64Array.from(closed.flat());
    });
    fc.assert(
      fc.property(fc.array(ringArb, { minLength: 1, maxLength: 5 }), (rings) => {
        const model = ringModel(rings);
        const area = planarAreaM2(rings, model.parts);
        expect(area >= 0 || Number.isNaN(area)).toBe(true);
        // Every ring is in exactly one part, as an outer ring or as a hole.
        const seen = model.parts.flatMap((p) => [p.shell, ...p.holes]).sort((a, b) => a - b);
        expect(seen).toEqual(rings.map((_, i) => i));
      }),
      { numRuns: 500 },
    );
  });
});
