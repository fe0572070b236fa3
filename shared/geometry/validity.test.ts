import fc from 'fast-check';
import Coordinate from 'jsts/org/locationtech/jts/geom/Coordinate.js';
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js';
import IsValidOp from 'jsts/org/locationtech/jts/operation/valid/IsValidOp.js';
import { describe, expect, it } from 'vitest';
import type { CorpusRing } from '../../tests/fixtures/geometry-validity/corpus';
import { VALIDITY_CORPUS } from '../../tests/fixtures/geometry-validity/corpus';
import { Prng } from '../../tests/fixtures/prng';
import type { ValidityIssue } from './analysis';
import { INVALIDATING_KINDS } from './analysis';
import type { QuickPairSearch, ValidityOptions } from './validity';
import { checkValidity, MAX_INTERSECTION_ISSUES, quickCheck } from './validity';

// jsts is the reference (stack-notes.md), imported by module path in tests only.
const factory = new GeometryFactory();

/**
 * jsts's verdict: 'valid', its error message, or 'unbuildable' when the factory refuses the ring
 * (not closed, fewer than 4 points) — which counts as invalid. undefined when jsts itself fails.
 */
function jstsVerdict(rings: readonly CorpusRing[]): string | undefined {
  let polygon;
  try {
    const linearRings = rings.map((ring) => factory.createLinearRing(ring.map(([x, y]) => new Coordinate(x, y))));
    polygon = factory.createPolygon(linearRings[0], linearRings.slice(1));
  } catch {
    return 'unbuildable';
  }
  try {
    const error = new IsValidOp(polygon).getValidationError();
    return error ? String(error.getMessage()) : 'valid';
  } catch {
    return undefined;
  }
}

function toArrays(rings: readonly CorpusRing[]): Float64Array[] {
  return rings.map((ring) => new Float64Array(ring.flat()));
}

function isValid(issues: readonly ValidityIssue[]): boolean {
  return !issues.some((issue) => INVALIDATING_KINDS.has(issue.kind));
}

function kinds(issues: readonly ValidityIssue[]): string[] {
  return [...new Set(issues.map((issue) => issue.kind))].sort();
}

describe('corpus', () => {
  it('has at least 40 named cases, names unique', () => {
    expect(VALIDITY_CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(VALIDITY_CORPUS.map((c) => c.name)).size).toBe(VALIDITY_CORPUS.length);
  });

  for (const testCase of VALIDITY_CORPUS) {
    it(`${testCase.name}: ${testCase.expected.join(', ') || 'valid'}`, () => {
      const issues = checkValidity(toArrays(testCase.rings));
      expect(kinds(issues)).toEqual([...testCase.expected].sort());
      const verdict = jstsVerdict(testCase.rings);
      expect(verdict).toBeDefined();
      expect(isValid(issues)).toBe(verdict === 'valid');
      if (testCase.ring !== undefined) {
        const invalidating = issues.filter((issue) => INVALIDATING_KINDS.has(issue.kind));
        expect(invalidating.every((issue) => issue.ring === testCase.ring)).toBe(true);
      }
      // Both ways of finding edge pairs give the same answer.
      expect(checkValidity(toArrays(testCase.rings), { edgeSearch: 'index' })).toEqual(checkValidity(toArrays(testCase.rings), { edgeSearch: 'sweep' }));
    });
  }
});

describe('locations', () => {
  it('names ring, filed point index and coordinates', () => {
    const bowTie = checkValidity([new Float64Array([0, 0, 10, 10, 10, 0, 0, 10, 0, 0])]);
    expect(bowTie).toEqual([{ kind: 'self-intersection', ring: 0, point: 2, x: 5, y: 5 }]);

    const duplicate = checkValidity([new Float64Array([0, 0, 10, 0, 10, 0, 10, 10, 0, 10, 0, 0])]);
    expect(duplicate).toEqual([{ kind: 'duplicate-vertex', ring: 0, point: 2, x: 10, y: 0 }]);

    const unclosed = checkValidity([new Float64Array([0, 0, 10, 0, 10, 10, 0, 10])]);
    expect(unclosed).toEqual([{ kind: 'ring-not-closed', ring: 0, point: 3, x: 0, y: 10 }]);

    const nan = checkValidity([new Float64Array([0, 0, Number.NaN, 0, 10, 10, 0, 0])]);
    expect(nan).toEqual([{ kind: 'invalid-coordinate', ring: 0, point: 1 }]);
  });

  it('indexes points as filed, counting repeated points, and names the other ring', () => {
    // A shell with a repeated first point; the hole runs outside between (10, 2) and (10, 8) on the shell edge.
    const shell = new Float64Array([0, 0, 0, 0, 10, 0, 10, 10, 0, 10, 0, 0]);
    const hole = new Float64Array([10, 2, 12, 5, 10, 8, 5, 5, 10, 2]);
    expect(checkValidity([shell, hole])).toEqual([
      { kind: 'duplicate-vertex', ring: 0, point: 1, x: 0, y: 0 },
      { kind: 'rings-cross', ring: 1, otherRing: 0, point: 0, x: 10, y: 2 },
      { kind: 'rings-cross', ring: 1, otherRing: 0, point: 2, x: 10, y: 8 },
    ]);

    const outside = checkValidity([shell, new Float64Array([20, 20, 21, 20, 21, 21, 20, 20])]);
    expect(outside).toContainEqual({ kind: 'hole-outside-shell', ring: 1, otherRing: 0, point: 0, x: 20, y: 20 });

    const figureEight = checkValidity([new Float64Array([0, 0, 5, 5, 10, 0, 10, 10, 5, 5, 0, 10, 0, 0])]);
    expect(figureEight).toEqual([{ kind: 'self-intersection', ring: 0, point: 4, x: 5, y: 5 }]);
  });
});

// ——— property tests against jsts ———

const gridPoint = (max: number): fc.Arbitrary<[number, number]> => fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max }));

/** Random points on a tiny grid: mostly invalid, full of coincidences, touches and collinear runs. */
const scribble = fc
  .tuple(fc.array(gridPoint(3), { minLength: 3, maxLength: 7 }), fc.array(fc.array(gridPoint(3), { minLength: 3, maxLength: 5 }), { maxLength: 2 }))
  .map(([shell, holes]) => [shell, ...holes].map((ring): CorpusRing => [...ring, ring[0] ?? [0, 0]]));

/** A rectangle or star-shaped shell with small triangle and box holes: many valid polygons, many touches. */
const GRID = 6;
const starShell = fc
  .array(fc.tuple(fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), fc.integer({ min: 1, max: GRID / 2 })), { minLength: 3, maxLength: 8 })
  .map((spokes): CorpusRing => {
    const ring = [...spokes]
      .sort((a, b) => a[0] - b[0])
      .map(([angle, radius]): [number, number] => [Math.round(GRID / 2 + radius * Math.cos(angle)), Math.round(GRID / 2 + radius * Math.sin(angle))]);
    return [...ring, ring[0] ?? [0, 0]];
  });
const boxShell = fc.constant<CorpusRing>([
  [0, 0],
  [GRID, 0],
  [GRID, GRID],
  [0, GRID],
  [0, 0],
]);
const triangleHole = fc.tuple(gridPoint(GRID), gridPoint(GRID), gridPoint(GRID)).map(([a, b, c]): CorpusRing => [a, b, c, a]);
const boxHole = fc.tuple(gridPoint(GRID), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.boolean()).map(([[x, y], w, h, clockwise]): CorpusRing => {
  const ring: CorpusRing = [
    [x, y],
    [x + w, y],
    [x + w, y + h],
    [x, y + h],
    [x, y],
  ];
  return clockwise ? [...ring].reverse() : ring;
});
const shaped = fc.tuple(fc.oneof(boxShell, starShell), fc.array(fc.oneof(triangleHole, boxHole), { maxLength: 3 })).map(([shell, holes]) => [shell, ...holes]);

/** The same shapes sheared and moved to TXT scale: no exact collinearity survives by accident, near-misses abound. */
const atTxtScale = fc
  .tuple(shaped, fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }))
  .map(([rings, a, b]) => rings.map((ring): CorpusRing => ring.map(([x, y]) => [35_383_243.971 + x * 0.1 + y * a * 0.01, 3_378_988.976 + y * 0.3 + x * b * 0.01])));

function agreesWithJsts(options: ValidityOptions) {
  return (rings: CorpusRing[]): boolean => {
    const verdict = jstsVerdict(rings);
    fc.pre(verdict !== undefined);
    return isValid(checkValidity(toArrays(rings), options)) === (verdict === 'valid');
  };
}

describe('agreement with jsts IsValidOp on random polygons', () => {
  for (const [name, arbitrary] of [
    ['grid scribbles', scribble],
    ['shells with touching holes', shaped],
    ['sheared, at TXT scale', atTxtScale],
  ] as const) {
    it(`${name} (sweep)`, () => {
      fc.assert(fc.property(arbitrary, agreesWithJsts({ edgeSearch: 'sweep' })), { numRuns: 4000 });
    });
    it(`${name} (R-tree)`, () => {
      fc.assert(fc.property(arbitrary, agreesWithJsts({ edgeSearch: 'index' })), { numRuns: 1500 });
    });
  }
});

// ——— the quick pass: clean polygons accepted before the stages run ———

const QUICK_SEARCHES: readonly QuickPairSearch[] = ['nested', 'sweep-x', 'sweep-y', 'auto'];

/**
 * The quick pass accepts only what the stages alone find clean (no issue but duplicate vertices),
 * every way of finding its edge pairs gives the same answer, and checkValidity with it equals the
 * stages alone. Returns whether the polygon was accepted.
 */
function checkQuickPass(rings: readonly Float64Array[]): boolean {
  const stages = checkValidity(rings, { edgeSearch: 'sweep' });
  const accepted = QUICK_SEARCHES.map((search) => quickCheck(rings, search));
  expect(new Set(accepted).size).toBe(1);
  if (accepted[0]) expect(stages.every((issue) => issue.kind === 'duplicate-vertex')).toBe(true);
  expect(checkValidity(rings)).toEqual(stages);
  return accepted[0] ?? false;
}

/**
 * A spiky star-shaped shell of n vertices at TXT scale (the benchmark's parcels: jittered angles
 * and radii, millimetre coordinates), squeezed east–west into a strip when `strip`, twisted into a
 * bow-tie when `twist`, with a small star hole when `hole` (inside the shell's inner radius).
 */
function starParcel(seed: number, n: number, options: { strip?: boolean; twist?: boolean; hole?: boolean }): Float64Array[] {
  const prng = new Prng(seed);
  const squeeze = options.strip ? 0.05 : 1;
  const star = (count: number, rMin: number, rMax: number): number[][] => {
    const step = (2 * Math.PI) / count;
    const points: number[][] = [];
    for (let i = 0; i < count; i++) {
      const angle = i * step + prng.next() * step * 0.8;
      const radius = rMin + prng.next() * (rMax - rMin);
      points.push([Math.round((35_383_000 + squeeze * radius * Math.cos(angle)) * 1000) / 1000, Math.round((3_378_000 + radius * Math.sin(angle)) * 1000) / 1000]);
    }
    return points;
  };
  const shell = star(n, 30, 60);
  if (options.twist) {
    const a = prng.int(0, n - 1);
    const b = (a + Math.floor(n / 2)) % n;
    [shell[a], shell[b]] = [shell[b] ?? [], shell[a] ?? []];
  }
  const rings = [shell];
  if (options.hole) rings.push(star(prng.int(3, 12), 5, 15));
  return rings.map((ring) => new Float64Array([...ring, ring[0] ?? []].flat()));
}

describe('quick pass', () => {
  it('accepts only clean corpus cases, all the clean ones whose rings do not meet', () => {
    const accepted = VALIDITY_CORPUS.filter((testCase) => checkQuickPass(toArrays(testCase.rings)));
    expect(accepted.every((testCase) => testCase.expected.every((kind) => kind === 'duplicate-vertex'))).toBe(true);
    expect(accepted.map((testCase) => testCase.name)).toEqual(
      expect.arrayContaining([
        'square',
        'clockwise shell',
        'rectangle at TXT scale',
        'concave L-shape',
        'collinear vertices along an edge',
        'square with a hole',
        'square with two holes',
        'duplicate consecutive points',
        'closing point written twice',
        'nearly collinear vertex at TXT scale',
        'narrow spike at TXT scale (1 mm wide)',
        'near miss at TXT scale (vertex 1 mm from an edge)',
      ]),
    );
  });

  for (const [name, arbitrary] of [
    ['grid scribbles', scribble],
    ['shells with touching holes', shaped],
    ['sheared, at TXT scale', atTxtScale],
  ] as const) {
    it(`${name}: sound, same answer for every pair search, and agrees with jsts`, () => {
      fc.assert(
        fc.property(arbitrary, (rings) => {
          checkQuickPass(toArrays(rings));
          return agreesWithJsts({})(rings);
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('benchmark-like parcels of 20–400 vertices: round, strips, bow-ties, holes', () => {
    let accepted = 0;
    for (let seed = 1; seed <= 240; seed++) {
      const n = 20 + ((seed * 37) % 381);
      const rings = starParcel(seed, n, { strip: seed % 3 === 0, twist: seed % 8 === 0, hole: seed % 5 === 0 });
      if (checkQuickPass(rings)) accepted++;
      const verdict = jstsVerdict(rings.map((ring) => Array.from({ length: ring.length / 2 }, (_, i): [number, number] => [ring[2 * i] ?? 0, ring[2 * i + 1] ?? 0])));
      expect(isValid(checkValidity(rings))).toBe(verdict === 'valid');
    }
    // Every valid one: star shells are simple and their holes stay clear of them.
    expect(accepted).toBe(240 - 30);
  });

  it('a valid 1,500-vertex ring, and one touching itself', () => {
    const ring = starParcel(7, 1499, {})[0] ?? new Float64Array(0);
    expect(checkQuickPass([ring])).toBe(true);
    const touching = ring.slice();
    touching[2 * 700] = ring[2 * 100] ?? 0;
    touching[2 * 700 + 1] = ring[2 * 100 + 1] ?? 0;
    expect(checkQuickPass([touching])).toBe(false);
    expect(kinds(checkValidity([touching]))).toEqual(['self-intersection']);
  });

  it('gives the same answers after a large polygon has grown its buffers', () => {
    const small = toArrays(VALIDITY_CORPUS[0]?.rings ?? []);
    expect(quickCheck(small)).toBe(true);
    quickCheck(starParcel(3, 2000, {}));
    expect(quickCheck(small)).toBe(true);
    expect(checkValidity(small)).toEqual([]);
  });

  it('reports repeated vertices it drops, as the stages do', () => {
    // Repeats at the start, in the middle, at the end and the closing point written three times, in shell and hole.
    const shell = [0, 0, 0, 0, 10, 0, 10, 10, 10, 10, 10, 10, 0, 10, 0, 0, 0, 0, 0, 0];
    const hole = [2, 2, 4, 2, 4, 4, 4, 4, 2, 4, 2, 2];
    const rings = [new Float64Array(shell), new Float64Array(hole)];
    expect(checkQuickPass(rings)).toBe(true);
    expect(checkValidity(rings).map((issue) => [issue.ring, issue.point])).toEqual([
      [0, 1],
      [0, 4],
      [0, 5],
      [0, 8],
      [0, 9],
      [1, 3],
    ]);
    // Repeats leaving three points, closing one included: too few, for the stages to say.
    const short = [new Float64Array([0, 0, 10, 0, 10, 0, 0, 0])];
    expect(checkQuickPass(short)).toBe(false);
    expect(kinds(checkValidity(short))).toEqual(['duplicate-vertex', 'too-few-points']);
  });
});

describe('large rings', () => {
  /** A 10,000-vertex star-shaped ring around (E0, N0) with radial noise, millimetre coordinates. */
  function noisyCircle(seed: number, n = 10_000): number[][] {
    const prng = new Prng(seed);
    const points: number[][] = [];
    for (let i = 0; i < n; i++) {
      const angle = (2 * Math.PI * i) / n;
      const radius = 500 * (1 - 0.3 * prng.next());
      points.push([Math.round((35_383_000 + radius * Math.cos(angle)) * 1000) / 1000, Math.round((3_378_000 + radius * Math.sin(angle)) * 1000) / 1000]);
    }
    points.push(points[0] ?? [0, 0]);
    return points;
  }

  function check(points: number[][]): void {
    const rings: CorpusRing[] = [points.map(([x = 0, y = 0]): [number, number] => [x, y])];
    const auto = checkValidity(toArrays(rings));
    expect(checkValidity(toArrays(rings), { edgeSearch: 'sweep' })).toEqual(auto);
    expect(isValid(auto)).toBe(jstsVerdict(rings) === 'valid');
  }

  it('a valid 10,000-vertex ring', () => {
    const points = noisyCircle(1);
    check(points);
    expect(checkValidity([new Float64Array(points.flat())])).toEqual([]);
  });

  it('the same ring touching itself at a vertex', () => {
    const points = noisyCircle(2);
    points[5000] = [...(points[100] ?? [])];
    check(points);
    expect(kinds(checkValidity([new Float64Array(points.flat())]))).toEqual(['self-intersection']);
  });

  it('the same ring with two vertices swapped (a crossing)', () => {
    const points = noisyCircle(3);
    [points[200], points[201]] = [points[201] ?? [], points[200] ?? []];
    check(points);
  });

  it('caps the number of reported crossings', () => {
    // A zigzag whose every edge crosses a long closing edge: quadratic numbers of crossings.
    const points: number[] = [];
    for (let i = 0; i < 2000; i++) points.push(i, i % 2 === 0 ? -1 : 1);
    points.push(2000, 5, -1, 0, 0, -1);
    for (const edgeSearch of ['sweep', 'index'] as const) {
      const issues = checkValidity([new Float64Array(points)], { edgeSearch });
      expect(issues.length).toBeGreaterThan(0);
      expect(issues.length).toBeLessThanOrEqual(MAX_INTERSECTION_ISSUES);
    }
  });
});

describe('robustness', () => {
  it('never throws and reports structured issues for any input', () => {
    const value = fc.oneof(fc.double(), fc.integer({ min: -3, max: 3 }), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 35_383_243.971));
    fc.assert(
      fc.property(
        fc.array(
          fc.array(value, { maxLength: 17 }).map((values) => new Float64Array(values)),
          { maxLength: 4 },
        ),
        (rings) => {
          const issues = checkValidity(rings);
          return Array.isArray(issues) && issues.every((issue) => issue.ring >= 0 && issue.ring < rings.length);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('gives no issues for no rings', () => {
    expect(checkValidity([])).toEqual([]);
  });

  it('calls an empty ring too short, where JTS would skip it (a deliberate difference)', () => {
    // A filed 圈号 always has point lines; an empty ring can only come from a broken reader or
    // shapefile part, and saying so beats silently dropping it. jsts: an empty hole is valid.
    const square = new Float64Array([0, 0, 10, 0, 10, 10, 0, 10, 0, 0]);
    expect(checkValidity([square, new Float64Array(0)])).toEqual([{ kind: 'too-few-points', ring: 1 }]);
    expect(
      jstsVerdict([
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
        [],
      ]),
    ).toBe('valid');
  });
});
