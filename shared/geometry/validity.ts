/**
 * OGC simple-features validity of one polygon as filed, with the verdicts of JTS's IsValidOp in its
 * default mode (jsts is the reference: stack-notes.md; @turf/boolean-valid is not a validity check),
 * plus the consecutive duplicate vertices JTS tolerates but the catalogue warns about
 * (geom-duplicate-vertex). Input: interleaved (easting, northing) rings, ring 0 the shell, the
 * others holes, each as filed with its closing repeat.
 *
 * The checks run in stages, as IsValidOp's do, because each stage needs the previous one's
 * guarantees — containment means nothing for rings that cross, nor does a touch graph:
 *   A. per ring: invalid coordinates, closure, too few points (< 4 after dropping consecutive
 *      repeats, JTS's count); duplicate vertices are reported whatever else is found;
 *   B. every pair of edges whose boxes overlap (a sweep over x; an R-tree for large rings):
 *      proper crossings and collinear overlaps (self-intersection within a ring, rings-cross
 *      between rings); a ring touching itself (JTS's default "Ring Self-intersection", even where
 *      the touch would only pinch off a hole); two rings that meet at a point and cross there;
 *   C. holes outside the shell, holes inside holes;
 *   D. a disconnected interior: rings touching each other in a cycle (hole–shell at two points, a
 *      chain of holes from shell to shell …) cut the interior apart. Rings and touch points form
 *      a bipartite graph; the interior is connected exactly when that graph is a forest.
 * Each stage runs only when the earlier ones found nothing invalidating. One deliberate difference
 * from JTS: an empty ring is too-few-points here, where JTS skips it (a filed 圈号 has points).
 *
 * Exactness: whether a vertex lies on an edge is decided by an exact orientation predicate
 * (orientation.ts), so touching and crossing are told apart exactly on the doubles as filed.
 * Cost: about O(n log n + k) for n edges and k pairs of edges whose boxes overlap; the
 * containment checks test one vertex per hole (more only when vertices lie on the other ring).
 *
 * Before the stages, a quick pass (quickCheck, at the end of this file) settles the common case —
 * a polygon with nothing to report but perhaps repeated vertices — in one pass over reused
 * buffers, allocating nothing; anything else, or anything it is unsure of, goes to the stages.
 */
import Flatbush from 'flatbush';
import type { ValidityIssue, ValidityIssueKind } from './analysis';
import { INVALIDATING_KINDS } from './analysis';
import { orient2d } from './orientation';
import { ON_EDGE, rayCrossing } from './ray-crossing';

/**
 * Stage B stops after this many intersection issues: a scribbled ring can cross itself
 * quadratically often, and the verdict and the first places are what a user can act on.
 */
export const MAX_INTERSECTION_ISSUES = 100;

/** The rings without consecutive repeats, each closed, all vertices in one pair of arrays. */
interface Prepared {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** Index of each vertex in its ring as filed (the first of a run of repeats). */
  readonly original: Int32Array;
  readonly ringOf: Int32Array;
  /** First vertex of each ring; its closing vertex is at ringEnd. Edge g runs from vertex g to g + 1. */
  readonly ringStart: Int32Array;
  readonly ringEnd: Int32Array;
}

/** Where two different rings meet, seen from each: the vertices either side of the point on each ring. */
interface Touch {
  readonly low: number;
  readonly high: number;
  readonly x: number;
  readonly y: number;
  /** On the lower-numbered ring: previous and next vertex around the touch, and the vertex at it (−1 inside an edge). */
  readonly lowPrev: number;
  readonly lowNext: number;
  readonly lowAt: number;
  readonly highPrev: number;
  readonly highNext: number;
  readonly highAt: number;
}

class IssueList {
  readonly issues: ValidityIssue[] = [];
  private readonly seen = new Set<string>();
  invalidating = 0;

  add(kind: ValidityIssueKind, ring: number, point: number | undefined, x: number, y: number, otherRing?: number): void {
    const key = `${kind}|${ring}|${otherRing ?? ''}|${point ?? ''}|${x}|${y}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.issues.push({
      kind,
      ring,
      ...(point !== undefined ? { point } : {}),
      ...(otherRing !== undefined ? { otherRing } : {}),
      ...(Number.isFinite(x) && Number.isFinite(y) ? { x, y } : {}),
    });
    if (INVALIDATING_KINDS.has(kind)) this.invalidating++;
  }
}

export interface ValidityOptions {
  /**
   * How stage B finds candidate edge pairs: by size (default), or forced — for tests and
   * benchmarks. Forcing it also skips the quick pass (quickCheck), so that the stages run alone.
   */
  readonly edgeSearch?: 'auto' | 'sweep' | 'index';
}

/**
 * Every way the polygon is invalid (JTS semantics), plus duplicate vertices, in file order (ring,
 * then point). Never throws. A clean polygon is usually recognised by the quick pass alone.
 */
export function checkValidity(rings: readonly Float64Array[], options?: ValidityOptions): ValidityIssue[] {
  const edgeSearch = options?.edgeSearch ?? 'auto';
  if (edgeSearch === 'auto' && quickCheck(rings)) return quickDuplicateIssues(rings);
  const list = new IssueList();
  runStages(rings, edgeSearch, list);
  return list.issues.sort(fileOrder);
}

function runStages(rings: readonly Float64Array[], edgeSearch: 'auto' | 'sweep' | 'index', list: IssueList): void {
  if (rings.length === 0) return;
  checkRingStructure(rings, list);
  if (list.invalidating > 0) return;

  const prepared = prepare(rings);
  const touches = new Map<string, Touch>();
  findEdgeIntersections(prepared, list, touches, edgeSearch);
  if (list.invalidating > 0) return;
  checkTouchCrossings(prepared, touches, list);
  if (list.invalidating > 0) return;

  checkHolePlacement(prepared, list);
  if (list.invalidating > 0) return;
  checkConnectedInterior(prepared, touches, list);
}

/** Ring, point, then kind and place: a stable order whatever order the edge search ran in. */
function fileOrder(a: ValidityIssue, b: ValidityIssue): number {
  return (
    a.ring - b.ring ||
    (a.point ?? -1) - (b.point ?? -1) ||
    (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
    (a.otherRing ?? -1) - (b.otherRing ?? -1) ||
    (a.x ?? 0) - (b.x ?? 0) ||
    (a.y ?? 0) - (b.y ?? 0)
  );
}

/** Stage A. */
function checkRingStructure(rings: readonly Float64Array[], list: IssueList): void {
  rings.forEach((ring, r) => {
    const n = Math.floor(ring.length / 2);
    let finite = true;
    for (let i = 0; i < n; i++) {
      const x = ring[2 * i] ?? Number.NaN;
      const y = ring[2 * i + 1] ?? Number.NaN;
      if (!Number.isFinite(x) || !Number.isFinite(y)) {
        list.add('invalid-coordinate', r, i, x, y);
        finite = false;
      }
    }
    if (!finite) return;
    if (n === 0) {
      list.add('too-few-points', r, undefined, Number.NaN, Number.NaN);
      return;
    }
    let distinct = 1;
    for (let i = 1; i < n; i++) {
      if (ring[2 * i] === ring[2 * i - 2] && ring[2 * i + 1] === ring[2 * i - 1]) list.add('duplicate-vertex', r, i, ring[2 * i] ?? 0, ring[2 * i + 1] ?? 0);
      else distinct++;
    }
    const x0 = ring[0] ?? 0;
    const y0 = ring[1] ?? 0;
    const closed = ring[2 * n - 2] === x0 && ring[2 * n - 1] === y0;
    if (!closed) list.add('ring-not-closed', r, n - 1, ring[2 * n - 2] ?? 0, ring[2 * n - 1] ?? 0);
    // JTS counts the points left after dropping consecutive repeats, closing point included; an
    // unclosed ring is counted as if closed, so that it is not also called too short for the missing point.
    if ((closed ? distinct : distinct + 1) < 4) list.add('too-few-points', r, 0, x0, y0);
  });
}

/** Stage A passed: every ring finite, closed, ≥ 4 points without repeats. */
function prepare(rings: readonly Float64Array[]): Prepared {
  let total = 0;
  for (const ring of rings) total += Math.floor(ring.length / 2);
  const xs = new Float64Array(total);
  const ys = new Float64Array(total);
  const original = new Int32Array(total);
  const ringOf = new Int32Array(total);
  const ringStart = new Int32Array(rings.length);
  const ringEnd = new Int32Array(rings.length);
  let v = 0;
  rings.forEach((ring, r) => {
    const n = Math.floor(ring.length / 2);
    ringStart[r] = v;
    for (let i = 0; i < n; i++) {
      const x = ring[2 * i] ?? 0;
      const y = ring[2 * i + 1] ?? 0;
      if (v > ringStart[r]! && xs[v - 1] === x && ys[v - 1] === y) continue;
      xs[v] = x;
      ys[v] = y;
      original[v] = i;
      ringOf[v] = r;
      v++;
    }
    ringEnd[r] = v - 1;
  });
  return { xs: xs.subarray(0, v), ys: ys.subarray(0, v), original, ringOf, ringStart, ringEnd };
}

/** Whether two collinear vectors from P (to A and to C) point the same way: exact, by comparing coordinates. */
function sameDirection(px: number, py: number, ax: number, ay: number, cx: number, cy: number): boolean {
  if (ax !== px) return ax > px ? cx > px : cx < px;
  return ay > py ? cy > py : cy < py;
}

/** Lexicographic order (x, then y): along a line it orders points monotonically. */
function before(ax: number, ay: number, bx: number, by: number): boolean {
  return ax < bx || (ax === bx && ay < by);
}

/**
 * Stage B: every pair of edges whose boxes overlap. Small polygons (most parcels) go through a
 * sweep over x with an active list, which allocates next to nothing; large ones through a packed
 * R-tree (flatbush, Float64 boxes so that 8-digit eastings keep their precision), because a sweep
 * degrades to quadratic on long runs of edges sharing an x-range — the vertical sides of a densely
 * surveyed rectangle.
 */
function findEdgeIntersections(p: Prepared, list: IssueList, touches: Map<string, Touch>, edgeSearch: 'auto' | 'sweep' | 'index'): void {
  const { ringStart, ringEnd } = p;
  let edgeCount = 0;
  for (let r = 0; r < ringStart.length; r++) edgeCount += ringEnd[r]! - ringStart[r]!;
  let intersectionIssues = 0;
  // Tests one pair; true once enough has been found.
  const visit = (s: number, t: number): boolean => {
    const issuesBefore = list.invalidating;
    testEdgePair(p, s, t, list, touches);
    intersectionIssues += list.invalidating - issuesBefore;
    return intersectionIssues >= MAX_INTERSECTION_ISSUES;
  };
  if (edgeSearch === 'sweep' || (edgeSearch === 'auto' && edgeCount <= SWEEP_MAX_EDGES)) sweepPairs(p, edgeCount, visit);
  else indexedPairs(p, edgeCount, visit);
}

/**
 * Up to this many edges the sweep is used: on parcels of 4–200 vertices it measured ≈ 1.3–1.5×
 * the R-tree's throughput, while above a few hundred edges the R-tree's worst case wins.
 */
const SWEEP_MAX_EDGES = 256;

function sweepPairs(p: Prepared, edgeCount: number, visit: (s: number, t: number) => boolean): void {
  const { xs, ys, ringStart, ringEnd } = p;
  const order = new Int32Array(edgeCount);
  const minX = new Float64Array(xs.length);
  let k = 0;
  for (let r = 0; r < ringStart.length; r++) {
    for (let g = ringStart[r]!; g < ringEnd[r]!; g++) {
      order[k++] = g;
      minX[g] = Math.min(xs[g]!, xs[g + 1]!);
    }
  }
  order.sort((a, b) => minX[a]! - minX[b]!);
  const active = new Int32Array(edgeCount);
  let activeCount = 0;
  for (let i = 0; i < edgeCount; i++) {
    const s = order[i]!;
    const sx0 = minX[s]!;
    const sMinY = Math.min(ys[s]!, ys[s + 1]!);
    const sMaxY = Math.max(ys[s]!, ys[s + 1]!);
    let kept = 0;
    let done = false;
    for (let j = 0; j < activeCount; j++) {
      const t = active[j]!;
      if (Math.max(xs[t]!, xs[t + 1]!) < sx0) continue;
      active[kept++] = t;
      if (done || Math.min(ys[t]!, ys[t + 1]!) > sMaxY || Math.max(ys[t]!, ys[t + 1]!) < sMinY) continue;
      done = visit(s, t);
    }
    if (done) return;
    activeCount = kept;
    active[activeCount++] = s;
  }
}

function indexedPairs(p: Prepared, edgeCount: number, visit: (s: number, t: number) => boolean): void {
  const { xs, ys, ringStart, ringEnd } = p;
  const index = new Flatbush(edgeCount, 16, Float64Array);
  const edgeOf = new Int32Array(edgeCount);
  for (let r = 0; r < ringStart.length; r++) {
    for (let g = ringStart[r]!; g < ringEnd[r]!; g++) {
      const x0 = xs[g]!;
      const y0 = ys[g]!;
      const x1 = xs[g + 1]!;
      const y1 = ys[g + 1]!;
      edgeOf[index.add(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1))] = g;
    }
  }
  index.finish();
  let done = false;
  let s = 0;
  // Each pair once: only partners later in edge order. The filter tests and declines every hit,
  // so the search never builds a result array.
  const filter = (item: number): boolean => {
    const t = edgeOf[item]!;
    if (!done && t > s) done = visit(s, t);
    return false;
  };
  for (let r = 0; r < ringStart.length && !done; r++) {
    for (let g = ringStart[r]!; g < ringEnd[r]! && !done; g++) {
      s = g;
      const x0 = xs[g]!;
      const y0 = ys[g]!;
      const x1 = xs[g + 1]!;
      const y1 = ys[g + 1]!;
      index.search(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1), filter);
    }
  }
}

/** The vertex on the closing side of a ring: the closing vertex stands for the ring's first. */
function canonicalVertex(p: Prepared, v: number): number {
  const r = p.ringOf[v]!;
  return v === p.ringEnd[r] ? p.ringStart[r]! : v;
}

function previousVertex(p: Prepared, v: number): number {
  const r = p.ringOf[v]!;
  return v === p.ringStart[r] ? p.ringEnd[r]! - 1 : v - 1;
}

/**
 * Two edges s and t: adjacent edges of one ring may only fold back on each other (a spike);
 * others may cross properly, overlap collinearly, or touch at one point — a vertex of one of them.
 */
function testEdgePair(p: Prepared, first: number, second: number, list: IssueList, touches: Map<string, Touch>): void {
  // The lower-numbered edge first, so that what is reported does not depend on the search order.
  const s = Math.min(first, second);
  const t = Math.max(first, second);
  const { xs, ys, ringOf } = p;
  const rs = ringOf[s]!;
  const rt = ringOf[t]!;
  const ax = xs[s]!;
  const ay = ys[s]!;
  const bx = xs[s + 1]!;
  const by = ys[s + 1]!;
  const cx = xs[t]!;
  const cy = ys[t]!;
  const dx = xs[t + 1]!;
  const dy = ys[t + 1]!;

  if (rs === rt) {
    const ringFirst = p.ringStart[rs]!;
    const lastEdge = p.ringEnd[rs]! - 1;
    let shared = -1;
    let incoming = -1;
    let outgoing = -1;
    if (t === s + 1) [shared, incoming, outgoing] = [t, s, t + 1];
    else if (s === ringFirst && t === lastEdge) [shared, incoming, outgoing] = [ringFirst, lastEdge, ringFirst + 1];
    if (shared >= 0) {
      // Consecutive edges meet at their shared vertex; they intersect beyond it only when the
      // ring turns back on itself along the same line (a spike, "collinear spike" in the corpus).
      const px = xs[shared]!;
      const py = ys[shared]!;
      const qx = xs[incoming]!;
      const qy = ys[incoming]!;
      const rx = xs[outgoing]!;
      const ry = ys[outgoing]!;
      if (orient2d(qx, qy, px, py, rx, ry) === 0 && sameDirection(px, py, qx, qy, rx, ry)) {
        list.add('self-intersection', rs, p.original[shared], px, py);
      }
      return;
    }
  }

  const o1 = orient2d(ax, ay, bx, by, cx, cy);
  const o2 = orient2d(ax, ay, bx, by, dx, dy);
  if ((o1 > 0 && o2 > 0) || (o1 < 0 && o2 < 0)) return;
  const o3 = orient2d(cx, cy, dx, dy, ax, ay);
  const o4 = orient2d(cx, cy, dx, dy, bx, by);
  if ((o3 > 0 && o4 > 0) || (o3 < 0 && o4 < 0)) return;

  // Report on the later ring (a hole rather than the shell) at the later edge t: s < t, so rt ≥ rs.
  const ring = rt;
  const other = rs;
  const kind: ValidityIssueKind = rs === rt ? 'self-intersection' : 'rings-cross';

  if (o1 === 0 && o2 === 0) {
    // Collinear: order the four points along the line and intersect the two intervals.
    const [s0x, s0y, s1x, s1y] = before(ax, ay, bx, by) ? [ax, ay, bx, by] : [bx, by, ax, ay];
    const [t0x, t0y, t1x, t1y] = before(cx, cy, dx, dy) ? [cx, cy, dx, dy] : [dx, dy, cx, cy];
    const [lox, loy] = before(s0x, s0y, t0x, t0y) ? [t0x, t0y] : [s0x, s0y];
    const [hix, hiy] = before(s1x, s1y, t1x, t1y) ? [s1x, s1y] : [t1x, t1y];
    if (before(hix, hiy, lox, loy)) return;
    if (lox !== hix || loy !== hiy) {
      // Named by the vertex where the overlap starts when it is one of this edge's ends.
      const at = xs[t + 1] === lox && ys[t + 1] === loy ? canonicalVertex(p, t + 1) : t;
      list.add(kind, ring, p.original[at], lox, loy, rs === rt ? undefined : other);
      return;
    }
    touch(p, s, t, lox, loy, list, touches);
    return;
  }

  if (o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0) {
    // A proper crossing; the point is only for the report.
    const f = o3 / (o3 - o4);
    list.add(kind, ring, p.original[t], ax + f * (bx - ax), ay + f * (by - ay), rs === rt ? undefined : other);
    return;
  }
  // The lines meet at one point, an endpoint whose orientation is 0 and which lies on the other edge.
  if (o1 === 0) touch(p, s, t, cx, cy, list, touches);
  else if (o2 === 0) touch(p, s, t, dx, dy, list, touches);
  else if (o3 === 0) touch(p, s, t, ax, ay, list, touches);
  else touch(p, s, t, bx, by, list, touches);
}

/** Where (x, y) lies on edge g: the vertex at it (canonical, −1 inside the edge) and its neighbours. */
function aroundPoint(p: Prepared, g: number, x: number, y: number): { prev: number; next: number; at: number } {
  let at = -1;
  if (p.xs[g] === x && p.ys[g] === y) at = g;
  else if (p.xs[g + 1] === x && p.ys[g + 1] === y) at = canonicalVertex(p, g + 1);
  if (at < 0) return { prev: g, next: g + 1, at };
  return { prev: previousVertex(p, at), next: at + 1, at };
}

/** Edges s and t meet at exactly (x, y), a vertex of one of them. */
function touch(p: Prepared, s: number, t: number, x: number, y: number, list: IssueList, touches: Map<string, Touch>): void {
  const rs = p.ringOf[s]!;
  const rt = p.ringOf[t]!;
  if (rs === rt) {
    // JTS (default mode) rejects any self-touch, even one that only pinches off a hole.
    const aroundS = aroundPoint(p, s, x, y);
    const aroundT = aroundPoint(p, t, x, y);
    const at = Math.max(aroundS.at, aroundT.at);
    list.add('self-intersection', rs, at >= 0 ? p.original[at] : p.original[Math.max(s, t)], x, y);
    return;
  }
  const [low, high, lowEdge, highEdge] = rs < rt ? [rs, rt, s, t] : [rt, rs, t, s];
  const key = `${low}|${high}|${x}|${y}`;
  if (touches.has(key)) return;
  const l = aroundPoint(p, lowEdge, x, y);
  const h = aroundPoint(p, highEdge, x, y);
  touches.set(key, { low, high, x, y, lowPrev: l.prev, lowNext: l.next, lowAt: l.at, highPrev: h.prev, highNext: h.next, highAt: h.at });
}

/**
 * Whether the direction from (px, py) to vertex q lies strictly inside the angle swept
 * counter-clockwise from the direction to u to the direction to v. q is on neither ray: that
 * would be a collinear overlap, already reported.
 */
function inSector(p: Prepared, px: number, py: number, u: number, v: number, q: number): boolean {
  const { xs, ys } = p;
  const ou = orient2d(px, py, xs[u]!, ys[u]!, xs[q]!, ys[q]!);
  const ov = orient2d(px, py, xs[v]!, ys[v]!, xs[q]!, ys[q]!);
  const ouv = orient2d(px, py, xs[u]!, ys[u]!, xs[v]!, ys[v]!);
  if (ouv > 0) return ou > 0 && ov < 0;
  if (ouv < 0) return ou >= 0 || ov <= 0;
  return ou > 0;
}

/**
 * Two rings meeting at a point may still cross there (a hole leaving the shell through one of its
 * vertices): they cross when the second ring's two edges at the point lie on different sides of
 * the first ring's.
 */
function checkTouchCrossings(p: Prepared, touches: Map<string, Touch>, list: IssueList): void {
  for (const t of sortedTouches(touches)) {
    const side1 = inSector(p, t.x, t.y, t.lowPrev, t.lowNext, t.highPrev);
    const side2 = inSector(p, t.x, t.y, t.lowPrev, t.lowNext, t.highNext);
    if (side1 !== side2) list.add('rings-cross', t.high, p.original[t.highAt >= 0 ? t.highAt : t.highPrev], t.x, t.y, t.low);
  }
}

/** Touches in a fixed order (rings, then position), whatever order the edge search found them in. */
function sortedTouches(touches: Map<string, Touch>): Touch[] {
  return [...touches.values()].sort((a, b) => a.low - b.low || a.high - b.high || a.x - b.x || a.y - b.y);
}

type PointLocation = 'interior' | 'boundary' | 'exterior';

/** Where (x, y) lies with respect to ring r: JTS's RayCrossingCounter with the exact predicate. */
function locateInRing(p: Prepared, r: number, x: number, y: number): PointLocation {
  const { xs, ys } = p;
  let crossings = 0;
  for (let g = p.ringStart[r]!; g < p.ringEnd[r]!; g++) {
    const step = rayCrossing(xs[g]!, ys[g]!, xs[g + 1]!, ys[g + 1]!, x, y);
    if (step === ON_EDGE) return 'boundary';
    crossings += step;
  }
  return crossings % 2 === 1 ? 'interior' : 'exterior';
}

/**
 * A vertex of ring `inner` not on ring `outer`, located against `outer`: after stage B the rest of
 * `inner` lies on the same side. Undefined when every vertex lies on `outer` (JTS then skips the
 * test; such a ring touches `outer` at three or more points, which stage D reports).
 */
function locateRingAgainst(p: Prepared, inner: number, outer: number, box: Box): { location: PointLocation; vertex: number } | undefined {
  for (let v = p.ringStart[inner]!; v < p.ringEnd[inner]!; v++) {
    const x = p.xs[v]!;
    const y = p.ys[v]!;
    if (x < box.minX || x > box.maxX || y < box.minY || y > box.maxY) return { location: 'exterior', vertex: v };
    const location = locateInRing(p, outer, x, y);
    if (location !== 'boundary') return { location, vertex: v };
  }
  return undefined;
}

interface Box {
  readonly minX: number;
  readonly maxX: number;
  readonly minY: number;
  readonly maxY: number;
}

function ringBox(p: Prepared, r: number): Box {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let v = p.ringStart[r]!; v <= p.ringEnd[r]!; v++) {
    const x = p.xs[v]!;
    const y = p.ys[v]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { minX, maxX, minY, maxY };
}

/** Stage C: every hole inside the shell, no hole inside another (pairs found by a sweep over x). */
function checkHolePlacement(p: Prepared, list: IssueList): void {
  const ringCount = p.ringStart.length;
  if (ringCount < 2) return;
  const boxes: Box[] = [];
  for (let r = 0; r < ringCount; r++) boxes.push(ringBox(p, r));
  const shellBox = boxes[0]!;

  for (let h = 1; h < ringCount; h++) {
    const found = locateRingAgainst(p, h, 0, shellBox);
    if (found?.location === 'exterior') list.add('hole-outside-shell', h, p.original[found.vertex], p.xs[found.vertex]!, p.ys[found.vertex]!, 0);
  }

  const holes = Array.from({ length: ringCount - 1 }, (_, i) => i + 1).sort((a, b) => boxes[a]!.minX - boxes[b]!.minX);
  const nested = new Set<number>();
  const testNested = (inner: number, outer: number): void => {
    if (nested.has(inner)) return;
    const found = locateRingAgainst(p, inner, outer, boxes[outer]!);
    if (found?.location !== 'interior') return;
    nested.add(inner);
    list.add('nested-holes', inner, p.original[found.vertex], p.xs[found.vertex]!, p.ys[found.vertex]!, outer);
  };
  const active: number[] = [];
  for (const h of holes) {
    const box = boxes[h]!;
    let kept = 0;
    for (const other of active) {
      const otherBox = boxes[other]!;
      if (otherBox.maxX < box.minX) continue;
      active[kept++] = other;
      if (otherBox.minY > box.maxY || otherBox.maxY < box.minY) continue;
      testNested(h, other);
      testNested(other, h);
    }
    active.length = kept;
    active.push(h);
  }
}

/**
 * Stage D: union-find over rings and touch points; an incidence joining two already connected
 * nodes closes a cycle of touches, and a cycle of rings encloses a piece of the interior.
 */
function checkConnectedInterior(p: Prepared, touches: Map<string, Touch>, list: IssueList): void {
  if (touches.size === 0) return;
  const ringCount = p.ringStart.length;
  const parent: number[] = Array.from({ length: ringCount }, (_, i) => i);
  const find = (a: number): number => {
    let root = a;
    while (parent[root] !== root) root = parent[root]!;
    let node = a;
    while (parent[node] !== root) {
      const next = parent[node]!;
      parent[node] = root;
      node = next;
    }
    return root;
  };
  const pointNode = new Map<string, number>();
  const incidences = new Set<string>();
  const join = (ring: number, at: number, prev: number, x: number, y: number): void => {
    const pointKey = `${x}|${y}`;
    let node = pointNode.get(pointKey);
    if (node === undefined) {
      node = parent.length;
      parent.push(node);
      pointNode.set(pointKey, node);
    }
    const incidence = `${ring}|${node}`;
    if (incidences.has(incidence)) return;
    incidences.add(incidence);
    const a = find(ring);
    const b = find(node);
    if (a === b) list.add('disconnected-interior', ring, p.original[at >= 0 ? at : prev], x, y);
    else parent[a] = b;
  };
  for (const t of sortedTouches(touches)) {
    join(t.low, t.lowAt, t.lowPrev, t.x, t.y);
    join(t.high, t.highAt, t.highPrev, t.x, t.y);
  }
}

// ——— the quick pass ———
//
// Most parcels are clean: nothing to report but perhaps a repeated vertex. quickCheck proves
// that in one pass over scratch buffers, allocating nothing, and is otherwise silent: whenever it
// meets anything the stages above would report or would need to look at closely — a non-finite
// coordinate, an open or short ring, a spike, two non-adjacent edges that meet at all (crossing,
// touching, overlapping), a hole not plainly inside the shell or plainly outside every other
// hole — it gives up and the stages run from the start, so that what is reported (and where)
// never depends on this pass. Accepting is sound because, without any meeting edges, stage B
// reports nothing and records no touch (so stage D has nothing to join), and every ring lies
// wholly on one side of every other, which one vertex decides (stage C). Consecutive repeats are
// dropped as prepare() drops them, and listed for the duplicate-vertex issues.

/**
 * Up to this many vertices in all (closing ones included) the quick pass runs. Its sweep, like
 * stage B's, degrades towards quadratic on long runs of edges sharing a range; above this the
 * stages' R-tree bounds the cost.
 */
const QUICK_MAX_VERTICES = 2048;
/** Up to this many vertices every pair of edges is tested; above, pairs come from a bucketed sweep. */
const QUICK_NESTED_MAX_VERTICES = 40;
/** More rings than this go straight to the stages (hole against hole is tested pairwise here). */
const QUICK_MAX_RINGS = 32;

/**
 * Scratch, grown by doubling (to at most QUICK_MAX_VERTICES) and kept: the vertices without
 * repeats, and per edge (at its first vertex) its box.
 */
let scratchX = new Float64Array(256);
let scratchY = new Float64Array(256);
/** minX, maxX, minY, maxY of edge g at 4g; a ring's closing vertex has an empty box (+∞, −∞, +∞, −∞). */
let scratchBox = new Float64Array(4 * 256);
/** First vertex of each ring, and after the last ring the total: ring r closes at scratchRingStart[r + 1] − 1. */
const scratchRingStart = new Int32Array(QUICK_MAX_RINGS + 1);
/** Bounding boxes of the rings, 4 per ring. */
const scratchRingBox = new Float64Array(4 * QUICK_MAX_RINGS);

/** Per edge: its bucket, and the other edge of its ring it shares a vertex with across the closing vertex (else −1). */
let scratchBucket = new Int32Array(256);
let scratchWrap = new Int32Array(256);
/** Edges in bucket order, and where each bucket starts in it (one more entry than buckets). */
let scratchOrder = new Int32Array(256);
let scratchSortedBox = new Float64Array(4 * 256);
let scratchBucketStart = new Int32Array(257);
/** The consecutive repeats the last quickCheck dropped: ring and point as filed. */
let scratchDuplicateRing = new Int32Array(256);
let scratchDuplicatePoint = new Int32Array(256);
let duplicateCount = 0;

function ensureScratch(vertices: number): void {
  if (vertices <= scratchX.length) return;
  let size = scratchX.length;
  while (size < vertices) size *= 2;
  scratchX = new Float64Array(size);
  scratchY = new Float64Array(size);
  scratchBox = new Float64Array(4 * size);
  scratchSortedBox = new Float64Array(4 * size);
  scratchBucket = new Int32Array(size);
  scratchWrap = new Int32Array(size);
  scratchOrder = new Int32Array(size);
  scratchBucketStart = new Int32Array(size + 1);
  scratchDuplicateRing = new Int32Array(size);
  scratchDuplicatePoint = new Int32Array(size);
}

/** How the quick pass finds edge pairs: by size, or forced (for tests). */
export type QuickPairSearch = 'auto' | 'nested' | 'sweep-x' | 'sweep-y';

/**
 * True only when the stages would report nothing but duplicate vertices (see above), which
 * quickDuplicateIssues then lists; false says nothing. Exported for tests, which force each way of
 * finding edge pairs.
 */
export function quickCheck(rings: readonly Float64Array[], pairSearch: QuickPairSearch = 'auto'): boolean {
  const ringCount = rings.length;
  if (ringCount === 0 || ringCount > QUICK_MAX_RINGS) return false;
  let filed = 0;
  for (let r = 0; r < ringCount; r++) {
    const n = rings[r]!.length >> 1;
    // Fewer than 4 points filed are too few whatever they are.
    if (n < 4) return false;
    filed += n;
  }
  if (filed > QUICK_MAX_VERTICES) return false;
  ensureScratch(filed);
  duplicateCount = 0;
  const xs = scratchX;
  const ys = scratchY;
  const box = scratchBox;

  // Stage A (repeats dropped and listed) and the edge boxes in one pass; then a spike is tested at
  // each vertex (all that stage B checks of adjacent edges).
  let v = 0;
  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = Infinity;
  let yMax = -Infinity;
  for (let r = 0; r < ringCount; r++) {
    const ring = rings[r]!;
    const n = ring.length >> 1;
    const start = v;
    scratchRingStart[r] = start;
    let px = ring[0]!;
    let py = ring[1]!;
    // x − x is 0 exactly when x is finite.
    if (px - px !== 0 || py - py !== 0) return false;
    xs[v] = px;
    ys[v] = py;
    let minX = px;
    let maxX = px;
    let minY = py;
    let maxY = py;
    v++;
    for (let i = 1; i < n; i++) {
      const x = ring[2 * i]!;
      const y = ring[2 * i + 1]!;
      if (x - x !== 0 || y - y !== 0) return false;
      if (x === px && y === py) {
        scratchDuplicateRing[duplicateCount] = r;
        scratchDuplicatePoint[duplicateCount++] = i;
        continue;
      }
      xs[v] = x;
      ys[v] = y;
      const b = 4 * (v - 1);
      box[b] = Math.min(x, px);
      box[b + 1] = Math.max(x, px);
      box[b + 2] = Math.min(y, py);
      box[b + 3] = Math.max(y, py);
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
      px = x;
      py = y;
      v++;
    }
    const end = v - 1;
    if (end - start < 3 || xs[end] !== xs[start] || ys[end] !== ys[start]) return false;
    const b = 4 * end;
    scratchWrap.fill(-1, start, end);
    scratchWrap[start] = end - 1;
    scratchWrap[end - 1] = start;
    box[b] = Infinity;
    box[b + 1] = -Infinity;
    box[b + 2] = Infinity;
    box[b + 3] = -Infinity;
    xMin = Math.min(xMin, minX);
    xMax = Math.max(xMax, maxX);
    yMin = Math.min(yMin, minY);
    yMax = Math.max(yMax, maxY);
    scratchRingBox[4 * r] = minX;
    scratchRingBox[4 * r + 1] = maxX;
    scratchRingBox[4 * r + 2] = minY;
    scratchRingBox[4 * r + 3] = maxY;
    for (let j = start, prev = end - 1; j < end; prev = j, j++) {
      const jx = xs[j]!;
      const jy = ys[j]!;
      const qx = xs[prev]!;
      const qy = ys[prev]!;
      const rx = xs[j + 1]!;
      const ry = ys[j + 1]!;
      if (orient2d(qx, qy, jx, jy, rx, ry) === 0 && sameDirection(jx, jy, qx, qy, rx, ry)) return false;
    }
  }

  const total = v;
  scratchRingStart[ringCount] = total;

  // Stage B: every pair of non-adjacent edges whose boxes overlap; beyond a few dozen edges by a
  // sweep along the longer side of the box: a long strip of land lying north–south, its long
  // sides densely surveyed, swept along x would put each side's edges all in one bucket. Buckets
  // need a finite, positive scale: else nested loops.
  const spanX = xMax - xMin;
  const spanY = yMax - yMin;
  const alongY = pairSearch === 'auto' ? spanY > spanX : pairSearch === 'sweep-y';
  const span = alongY ? spanY : spanX;
  const scale = (total - ringCount) / span;
  const bucketed = (pairSearch === 'auto' ? total > QUICK_NESTED_MAX_VERTICES : pairSearch !== 'nested') && span < Infinity && scale > 0 && scale < Infinity;
  if (!(bucketed ? noEdgesMeetBucketed(ringCount, total, alongY ? 2 : 0, alongY ? yMin : xMin, scale) : noEdgesMeetNested(ringCount, total))) return false;

  // Stage C: rings that do not meet lie each wholly inside or outside the other.
  for (let h = 1; h < ringCount; h++) {
    const start = scratchRingStart[h]!;
    if (!insideRingQuick(0, xs[start]!, ys[start]!)) return false;
    for (let k = 1; k < h; k++) {
      const other = scratchRingStart[k]!;
      if (insideRingQuick(k, xs[start]!, ys[start]!) || insideRingQuick(h, xs[other]!, ys[other]!)) return false;
    }
  }
  return true;
}

/** The issues after an accepting quickCheck of the same rings: its duplicate vertices, in file order. */
function quickDuplicateIssues(rings: readonly Float64Array[]): ValidityIssue[] {
  const issues: ValidityIssue[] = [];
  for (let k = 0; k < duplicateCount; k++) {
    const ring = scratchDuplicateRing[k]!;
    const point = scratchDuplicatePoint[k]!;
    const coordinates = rings[ring]!;
    issues.push({ kind: 'duplicate-vertex', ring, point, x: coordinates[2 * point]!, y: coordinates[2 * point + 1]! });
  }
  return issues;
}

/** Every pair by two nested loops: for a few dozen edges nothing is cheaper. */
function noEdgesMeetNested(ringCount: number, total: number): boolean {
  const xs = scratchX;
  const ys = scratchY;
  const box = scratchBox;
  for (let r = 0; r < ringCount; r++) {
    const first = scratchRingStart[r]!;
    const end = scratchRingStart[r + 1]! - 1;
    for (let s = first; s < end; s++) {
      // Edge s + 1 is adjacent or a closing vertex (empty box); the ring's first and last edges are adjacent too.
      const wrap = s === first ? end - 1 : -1;
      const b = 4 * s;
      const sMinX = box[b]!;
      const sMaxX = box[b + 1]!;
      const sMinY = box[b + 2]!;
      const sMaxY = box[b + 3]!;
      for (let t = s + 2; t < total; t++) {
        const c = 4 * t;
        if (box[c]! > sMaxX || box[c + 1]! < sMinX || box[c + 2]! > sMaxY || box[c + 3]! < sMinY || t === wrap) continue;
        if (edgesMeet(xs[s]!, ys[s]!, xs[s + 1]!, ys[s + 1]!, xs[t]!, ys[t]!, xs[t + 1]!, ys[t + 1]!)) return false;
      }
    }
  }
  return true;
}

/**
 * Every pair whose boxes overlap, by a sweep along one axis (x at box offset 0, y at 2) without a
 * comparison sort: the edges are counting-sorted into as many buckets along the axis as there
 * are edges, by where they start, and each edge is tested against the edges after it in bucket
 * order up to the bucket holding its own end. The bucket of a value is monotone in the value, so
 * an edge in a later bucket than s's end starts beyond s; within a bucket order is arbitrary,
 * which the full box test absorbs.
 */
function noEdgesMeetBucketed(ringCount: number, total: number, axis: 0 | 2, low: number, scale: number): boolean {
  const xs = scratchX;
  const ys = scratchY;
  const box = scratchBox;
  const bucketOf = scratchBucket;
  const bucketStart = scratchBucketStart;
  const order = scratchOrder;
  const edgeCount = total - ringCount;
  const last = edgeCount - 1;
  bucketStart.fill(0, 0, edgeCount + 1);
  for (let r = 0; r < ringCount; r++) {
    const end = scratchRingStart[r + 1]! - 1;
    for (let g = scratchRingStart[r]!; g < end; g++) {
      const q = Math.min(last, Math.floor((box[4 * g + axis]! - low) * scale));
      bucketOf[g] = q;
      bucketStart[q + 1]!++;
    }
  }
  for (let q = 1; q <= edgeCount; q++) bucketStart[q]! += bucketStart[q - 1]!;
  // Placed with a moving cursor per bucket (the next bucket's start, restored below).
  // The boxes are copied in bucket order too, so that the scan below reads them in sequence:
  // first the range along the sweep axis ("along"), then across it.
  const sorted = scratchSortedBox;
  const across = 2 - axis;
  for (let r = 0; r < ringCount; r++) {
    const end = scratchRingStart[r + 1]! - 1;
    for (let g = scratchRingStart[r]!; g < end; g++) {
      const j = bucketStart[bucketOf[g]!]!++;
      order[j] = g;
      sorted[4 * j] = box[4 * g + axis]!;
      sorted[4 * j + 1] = box[4 * g + axis + 1]!;
      sorted[4 * j + 2] = box[4 * g + across]!;
      sorted[4 * j + 3] = box[4 * g + across + 1]!;
    }
  }
  for (let q = edgeCount; q > 0; q--) bucketStart[q] = bucketStart[q - 1]!;
  bucketStart[0] = 0;

  for (let i = 0; i < edgeCount; i++) {
    const s = order[i]!;
    const b = 4 * i;
    const alongMin = sorted[b]!;
    const alongMax = sorted[b + 1]!;
    const acrossMin = sorted[b + 2]!;
    const acrossMax = sorted[b + 3]!;
    const stop = 4 * bucketStart[Math.min(last, Math.floor((alongMax - low) * scale)) + 1]!;
    const wrap = scratchWrap[s]!;
    for (let c = b + 4; c < stop; c += 4) {
      if (sorted[c + 2]! > acrossMax || sorted[c + 3]! < acrossMin || sorted[c]! > alongMax || sorted[c + 1]! < alongMin) continue;
      const t = order[c >> 2]!;
      if (t === s + 1 || t === s - 1 || t === wrap) continue;
      if (edgesMeet(xs[s]!, ys[s]!, xs[s + 1]!, ys[s + 1]!, xs[t]!, ys[t]!, xs[t + 1]!, ys[t + 1]!)) return false;
    }
  }
  return true;
}

/** Whether segments a–b and c–d have any point in common (exact). */
function edgesMeet(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
  const o1 = orient2d(ax, ay, bx, by, cx, cy);
  const o2 = orient2d(ax, ay, bx, by, dx, dy);
  if ((o1 > 0 && o2 > 0) || (o1 < 0 && o2 < 0)) return false;
  const o3 = orient2d(cx, cy, dx, dy, ax, ay);
  const o4 = orient2d(cx, cy, dx, dy, bx, by);
  if ((o3 > 0 && o4 > 0) || (o3 < 0 && o4 < 0)) return false;
  if (o1 !== 0 || o2 !== 0) return true;
  // Collinear: they meet unless one interval ends before the other starts (lexicographic order).
  const sFirst = before(ax, ay, bx, by);
  const s0x = sFirst ? ax : bx;
  const s0y = sFirst ? ay : by;
  const s1x = sFirst ? bx : ax;
  const s1y = sFirst ? by : ay;
  const tFirst = before(cx, cy, dx, dy);
  const t0x = tFirst ? cx : dx;
  const t0y = tFirst ? cy : dy;
  const t1x = tFirst ? dx : cx;
  const t1y = tFirst ? dy : cy;
  return !(before(s1x, s1y, t0x, t0y) || before(t1x, t1y, s0x, s0y));
}

/**
 * Whether (x, y) lies strictly inside scratch ring r: locateInRing's ray crossing on the scratch
 * copy. A point on the ring counts as not inside, which makes the caller give up (it cannot
 * happen after stage B found no meeting edges, but costs nothing to keep safe).
 */
function insideRingQuick(r: number, x: number, y: number): boolean {
  const rb = 4 * r;
  if (x < scratchRingBox[rb]! || x > scratchRingBox[rb + 1]! || y < scratchRingBox[rb + 2]! || y > scratchRingBox[rb + 3]!) return false;
  const xs = scratchX;
  const ys = scratchY;
  let crossings = 0;
  const end = scratchRingStart[r + 1]! - 1;
  for (let g = scratchRingStart[r]!; g < end; g++) {
    const x1 = xs[g]!;
    const y1 = ys[g]!;
    const x2 = xs[g + 1]!;
    const y2 = ys[g + 1]!;
    if (x1 < x && x2 < x) continue;
    if (x === x2 && y === y2) return false;
    if (y1 === y && y2 === y) {
      if (x >= Math.min(x1, x2) && x <= Math.max(x1, x2)) return false;
      continue;
    }
    if ((y1 > y && y2 <= y) || (y2 > y && y1 <= y)) {
      let side = orient2d(x1, y1, x2, y2, x, y);
      if (side === 0) return false;
      if (y2 < y1) side = -side;
      if (side > 0) crossings++;
    }
  }
  return crossings % 2 === 1;
}
