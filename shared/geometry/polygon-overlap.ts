/**
 * Two polygons (rings as (easting, northing) interleaved arrays, ring 0 = shell, the rest holes):
 * do they intersect, and how large is their common area?
 *
 * The area is computed without building the intersection polygon. By Green's theorem the area of
 * A ∩ B is ½∮ (x dy − y dx) over its boundary, and that boundary is made of the parts of A's
 * boundary inside B plus the parts of B's boundary inside A. So every edge is split where the
 * other polygon's edges cross or touch it, and each piece contributes when its midpoint lies inside
 * the other polygon. Pieces lying on the other polygon's boundary (shared edges — the usual case
 * for adjacent parcels) count once when both polygons run the same way along them (interiors on
 * the same side: a boundary of the intersection) and never when they run opposite ways (interiors
 * on opposite sides: the parcels merely touch). With shells turned counter-clockwise and holes
 * clockwise this handles concave polygons, holes and shared or collinear edges alike, where
 * Sutherland–Hodgman (convex clip only) and Greiner–Hormann (degenerate vertices) fail.
 *
 * Robustness: each pair is moved to a local origin first (Gauss-Krüger eastings of 3.5e7 leave
 * only nanometres of float precision; local coordinates leave picometres), and "on a line" means
 * within a tolerance far below survey precision (精度 0.001 m).
 */

/** A polygon in a pair's local frame: open, oriented rings flattened to edges, with a y-slab index over them. */
interface PreparedPolygon {
  /** [x0, y0, x1, y1] per edge. */
  readonly edges: Float64Array;
  readonly edgeCount: number;
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
  /** A vertex of the shell, for containment tests. */
  readonly anyX: number;
  readonly anyY: number;
  readonly slabs: SlabIndex;
}

/**
 * Edges bucketed by horizontal slabs of equal height: a ray along y = c, or a segment's y-range,
 * meets only the edges of a few slabs. Cheaper to build than an R-tree for a pair of parcels.
 */
interface SlabIndex {
  readonly count: number;
  readonly minY: number;
  readonly height: number;
  /** Edges of slab s are slabEdges[start[s]] … slabEdges[start[s + 1] − 1]. */
  readonly start: Uint32Array;
  readonly slabEdges: Uint32Array;
  /** Per edge, the last query that visited it (avoids collecting an edge twice across slabs). */
  readonly stamp: Uint32Array;
  query: number;
  /** The last query's edges (edgesInYRange): a reused buffer, so queries allocate nothing. */
  readonly found: Uint32Array;
}

export interface Bbox {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** The shell's bounding box (holes lie inside it); undefined for an empty or non-finite shell. */
export function shellBbox(rings: readonly Float64Array[]): Bbox | undefined {
  const shell = rings[0];
  if (!shell || shell.length < 6) return undefined;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  // One finiteness test at the end: a NaN or infinity anywhere makes the sum non-finite.
  let sum = 0;
  for (let i = 0; i + 1 < shell.length; i += 2) {
    const x = shell[i] ?? Number.NaN;
    const y = shell[i + 1] ?? Number.NaN;
    sum += x + y;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return Number.isFinite(sum) ? { minX, minY, maxX, maxY } : undefined;
}

/** Open ring in local coordinates, consecutive repeats and the closing repeat dropped. */
function localRing(ring: Float64Array, ox: number, oy: number): number[] | undefined {
  const out: number[] = [];
  for (let i = 0; i + 1 < ring.length; i += 2) {
    const x = (ring[i] ?? Number.NaN) - ox;
    const y = (ring[i + 1] ?? Number.NaN) - oy;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return undefined;
    const n = out.length;
    if (n >= 2 && out[n - 2] === x && out[n - 1] === y) continue;
    out.push(x, y);
  }
  while (out.length >= 4 && out[0] === out[out.length - 2] && out[1] === out[out.length - 1]) out.length -= 2;
  return out.length >= 6 ? out : undefined;
}

function signedArea2(ring: readonly number[]): number {
  let sum = 0;
  const n = ring.length;
  for (let i = 0; i < n; i += 2) {
    const j = (i + 2) % n;
    sum += (ring[i] ?? 0) * (ring[j + 1] ?? 0) - (ring[j] ?? 0) * (ring[i + 1] ?? 0);
  }
  return sum;
}

function buildSlabs(edges: Float64Array, edgeCount: number, minY: number, maxY: number): SlabIndex {
  const count = Math.max(1, Math.min(1024, Math.ceil(Math.sqrt(edgeCount))));
  const height = (maxY - minY) / count || 1;
  const slabOf = (y: number): number => Math.min(count - 1, Math.max(0, Math.floor((y - minY) / height)));
  const sizes = new Uint32Array(count + 1);
  for (let e = 0; e < edgeCount; e += 1) {
    const y0 = edges[4 * e + 1] ?? 0;
    const y1 = edges[4 * e + 3] ?? 0;
    const s1 = slabOf(Math.max(y0, y1));
    for (let s = slabOf(Math.min(y0, y1)); s <= s1; s += 1) sizes[s + 1] = (sizes[s + 1] ?? 0) + 1;
  }
  const start = new Uint32Array(count + 1);
  for (let s = 0; s < count; s += 1) start[s + 1] = (start[s] ?? 0) + (sizes[s + 1] ?? 0);
  const fill = start.slice(0, count);
  const slabEdges = new Uint32Array(start[count] ?? 0);
  for (let e = 0; e < edgeCount; e += 1) {
    const y0 = edges[4 * e + 1] ?? 0;
    const y1 = edges[4 * e + 3] ?? 0;
    const s1 = slabOf(Math.max(y0, y1));
    for (let s = slabOf(Math.min(y0, y1)); s <= s1; s += 1) {
      const at = fill[s] ?? 0;
      slabEdges[at] = e;
      fill[s] = at + 1;
    }
  }
  return { count, minY, height, start, slabEdges, stamp: new Uint32Array(edgeCount), query: 0, found: new Uint32Array(edgeCount) };
}

/**
 * Collects into `slabs.found` every edge whose slabs meet [y0, y1], each once; returns how many.
 * The buffer is overwritten by the next query on the same polygon: read it before asking again.
 */
function edgesInYRange(slabs: SlabIndex, y0: number, y1: number): number {
  const { count, minY, height, start, slabEdges, stamp, found } = slabs;
  let s0 = Math.floor((y0 - minY) / height);
  let s1 = Math.floor((y1 - minY) / height);
  if (s1 < 0 || s0 >= count) return 0;
  s0 = Math.max(0, s0);
  s1 = Math.min(count - 1, s1);
  slabs.query = (slabs.query + 1) >>> 0;
  if (slabs.query === 0) {
    stamp.fill(0);
    slabs.query = 1;
  }
  const q = slabs.query;
  let n = 0;
  for (let s = s0; s <= s1; s += 1) {
    const end = start[s + 1] ?? 0;
    for (let k = start[s] ?? 0; k < end; k += 1) {
      const e = slabEdges[k] ?? 0;
      if (stamp[e] === q) continue;
      stamp[e] = q;
      found[n++] = e;
    }
  }
  return n;
}

/** Prepares a polygon in the frame (ox, oy): shell counter-clockwise, holes clockwise. Undefined when the shell has no area. */
function prepare(rings: readonly Float64Array[], ox: number, oy: number): PreparedPolygon | undefined {
  const parts: number[][] = [];
  for (let r = 0; r < rings.length; r += 1) {
    const ring = rings[r];
    const local = ring ? localRing(ring, ox, oy) : undefined;
    if (!local) {
      if (r === 0) return undefined;
      continue;
    }
    const area2 = signedArea2(local);
    if (area2 === 0 || !Number.isFinite(area2)) {
      if (r === 0) return undefined;
      continue;
    }
    if ((r === 0) !== area2 > 0) {
      // Reverse the point order (pairs stay pairs).
      const reversed: number[] = [];
      for (let i = local.length - 2; i >= 0; i -= 2) reversed.push(local[i] ?? 0, local[i + 1] ?? 0);
      parts.push(reversed);
    } else {
      parts.push(local);
    }
  }
  const edgeCount = parts.reduce((sum, ring) => sum + ring.length / 2, 0);
  const edges = new Float64Array(4 * edgeCount);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let e = 0;
  for (const ring of parts) {
    const n = ring.length;
    for (let i = 0; i < n; i += 2) {
      const j = (i + 2) % n;
      const x0 = ring[i] ?? 0;
      const y0 = ring[i + 1] ?? 0;
      edges[4 * e] = x0;
      edges[4 * e + 1] = y0;
      edges[4 * e + 2] = ring[j] ?? 0;
      edges[4 * e + 3] = ring[j + 1] ?? 0;
      e += 1;
      if (x0 < minX) minX = x0;
      if (x0 > maxX) maxX = x0;
      if (y0 < minY) minY = y0;
      if (y0 > maxY) maxY = y0;
    }
  }
  const shell = parts[0] ?? [];
  return { edges, edgeCount, minX, minY, maxX, maxY, anyX: shell[0] ?? 0, anyY: shell[1] ?? 0, slabs: buildSlabs(edges, edgeCount, minY, maxY) };
}

/** Even-odd containment (ray towards +x); for points known not to lie on the boundary. */
function contains(poly: PreparedPolygon, x: number, y: number): boolean {
  const { edges, slabs } = poly;
  const n = edgesInYRange(slabs, y, y);
  let inside = false;
  for (let k = 0; k < n; k += 1) {
    const e = slabs.found[k] ?? 0;
    const x0 = edges[4 * e] ?? 0;
    const y0 = edges[4 * e + 1] ?? 0;
    const x1 = edges[4 * e + 2] ?? 0;
    const y1 = edges[4 * e + 3] ?? 0;
    if (y0 > y !== y1 > y && x < x0 + ((y - y0) * (x1 - x0)) / (y1 - y0)) inside = !inside;
  }
  return inside;
}

/** Where a point is with respect to a polygon: −1 outside, −2 inside, else the index of the edge it lies on (within eps). */
const OUTSIDE = -1;
const INSIDE = -2;

function classify(poly: PreparedPolygon, x: number, y: number, eps: number): number {
  const { edges, slabs } = poly;
  const n = edgesInYRange(slabs, y - eps, y + eps);
  let inside = false;
  const eps2 = eps * eps;
  for (let k = 0; k < n; k += 1) {
    const e = slabs.found[k] ?? 0;
    const x0 = edges[4 * e] ?? 0;
    const y0 = edges[4 * e + 1] ?? 0;
    const x1 = edges[4 * e + 2] ?? 0;
    const y1 = edges[4 * e + 3] ?? 0;
    const dx = x1 - x0;
    const dy = y1 - y0;
    const len2 = dx * dx + dy * dy;
    const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / len2)) : 0;
    const px = x0 + t * dx - x;
    const py = y0 + t * dy - y;
    if (px * px + py * py <= eps2) return e;
    if (y0 > y !== y1 > y && x < x0 + ((y - y0) * dx) / dy) inside = !inside;
  }
  return inside ? INSIDE : OUTSIDE;
}

/**
 * Parameters t ∈ (0, 1) along p→q where segment a→b crosses or touches it (collinear overlaps
 * give the projections of a and b). Pushes onto `out`.
 */
function splitParameters(px: number, py: number, qx: number, qy: number, ax: number, ay: number, bx: number, by: number, eps: number, out: number[]): void {
  const dx = qx - px;
  const dy = qy - py;
  const len2 = dx * dx + dy * dy;
  const len = Math.sqrt(len2);
  if (len === 0) return;
  const da = (dx * (ay - py) - dy * (ax - px)) / len;
  const db = (dx * (by - py) - dy * (bx - px)) / len;
  if ((da > eps && db > eps) || (da < -eps && db < -eps)) return;
  const tEps = eps / len;
  const aOn = Math.abs(da) <= eps;
  const bOn = Math.abs(db) <= eps;
  if (aOn) {
    const t = ((ax - px) * dx + (ay - py) * dy) / len2;
    if (t > tEps && t < 1 - tEps) out.push(t);
  }
  if (bOn) {
    const t = ((bx - px) * dx + (by - py) * dy) / len2;
    if (t > tEps && t < 1 - tEps) out.push(t);
  }
  if (aOn || bOn) return;
  const ex = bx - ax;
  const ey = by - ay;
  const elen = Math.sqrt(ex * ex + ey * ey);
  const dp = (ex * (py - ay) - ey * (px - ax)) / elen;
  const dq = (ex * (qy - ay) - ey * (qx - ax)) / elen;
  if ((dp > eps && dq > eps) || (dp < -eps && dq < -eps)) return;
  // p or q on a→b: the touch is at an end of p→q, already a piece boundary.
  if (Math.abs(dp) <= eps || Math.abs(dq) <= eps) return;
  const s = da / (da - db);
  const ix = ax + s * ex;
  const iy = ay + s * ey;
  const t = ((ix - px) * dx + (iy - py) * dy) / len2;
  if (t > tEps && t < 1 - tEps) out.push(t);
}

/** Whether segments p→q and a→b share a point (touching and collinear overlap included). */
function segmentsMeet(px: number, py: number, qx: number, qy: number, ax: number, ay: number, bx: number, by: number, eps: number): boolean {
  const dx = qx - px;
  const dy = qy - py;
  const len = Math.sqrt(dx * dx + dy * dy);
  const ex = bx - ax;
  const ey = by - ay;
  const elen = Math.sqrt(ex * ex + ey * ey);
  if (len === 0 || elen === 0) return false;
  const da = (dx * (ay - py) - dy * (ax - px)) / len;
  const db = (dx * (by - py) - dy * (bx - px)) / len;
  if ((da > eps && db > eps) || (da < -eps && db < -eps)) return false;
  const dp = (ex * (py - ay) - ey * (px - ax)) / elen;
  const dq = (ex * (qy - ay) - ey * (qx - ax)) / elen;
  if ((dp > eps && dq > eps) || (dp < -eps && dq < -eps)) return false;
  if (Math.abs(da) <= eps && Math.abs(db) <= eps) {
    // Collinear: the projections of a and b onto p→q must overlap [0, 1].
    const len2 = len * len;
    const ta = ((ax - px) * dx + (ay - py) * dy) / len2;
    const tb = ((bx - px) * dx + (by - py) * dy) / len2;
    const tEps = eps / len;
    return Math.max(ta, tb) >= -tEps && Math.min(ta, tb) <= 1 + tEps;
  }
  return true;
}

interface PreparedPair {
  readonly a: PreparedPolygon;
  readonly b: PreparedPolygon;
  readonly eps: number;
  /** The intersection of the two bounding boxes, widened by eps. */
  readonly box: Bbox;
}

function preparePair(ringsA: readonly Float64Array[], ringsB: readonly Float64Array[]): PreparedPair | undefined {
  const boxA = shellBbox(ringsA);
  const boxB = shellBbox(ringsB);
  if (!boxA || !boxB) return undefined;
  const ox = Math.min(boxA.minX, boxB.minX);
  const oy = Math.min(boxA.minY, boxB.minY);
  const a = prepare(ringsA, ox, oy);
  const b = prepare(ringsB, ox, oy);
  if (!a || !b) return undefined;
  const scale = Math.max(a.maxX - a.minX, a.maxY - a.minY, b.maxX - b.minX, b.maxY - b.minY);
  // Far below survey precision (1 mm), far above the float noise of local coordinates.
  const eps = Math.max(1e-7, scale * 1e-10);
  const box = { minX: Math.max(a.minX, b.minX) - eps, minY: Math.max(a.minY, b.minY) - eps, maxX: Math.min(a.maxX, b.maxX) + eps, maxY: Math.min(a.maxY, b.maxY) + eps };
  if (box.minX > box.maxX || box.minY > box.maxY) return undefined;
  return { a, b, eps, box };
}

function edgeMeetsBox(edges: Float64Array, e: number, box: Bbox): boolean {
  const x0 = edges[4 * e] ?? 0;
  const y0 = edges[4 * e + 1] ?? 0;
  const x1 = edges[4 * e + 2] ?? 0;
  const y1 = edges[4 * e + 3] ?? 0;
  return Math.max(x0, x1) >= box.minX && Math.min(x0, x1) <= box.maxX && Math.max(y0, y1) >= box.minY && Math.min(y0, y1) <= box.maxY;
}

function intersectsPrepared({ a, b, eps, box }: PreparedPair): boolean {
  const ea = a.edges;
  const eb = b.edges;
  for (let i = 0; i < a.edgeCount; i += 1) {
    if (!edgeMeetsBox(ea, i, box)) continue;
    const px = ea[4 * i] ?? 0;
    const py = ea[4 * i + 1] ?? 0;
    const qx = ea[4 * i + 2] ?? 0;
    const qy = ea[4 * i + 3] ?? 0;
    const loX = Math.min(px, qx) - eps;
    const hiX = Math.max(px, qx) + eps;
    const n = edgesInYRange(b.slabs, Math.min(py, qy) - eps, Math.max(py, qy) + eps);
    for (let k = 0; k < n; k += 1) {
      const j = b.slabs.found[k] ?? 0;
      const ax = eb[4 * j] ?? 0;
      const bx = eb[4 * j + 2] ?? 0;
      if (Math.max(ax, bx) < loX || Math.min(ax, bx) > hiX) continue;
      if (segmentsMeet(px, py, qx, qy, ax, eb[4 * j + 1] ?? 0, bx, eb[4 * j + 3] ?? 0, eps)) return true;
    }
  }
  // No boundaries meet: one polygon is inside the other, or they are apart.
  return contains(b, a.anyX, a.anyY) || contains(a, b.anyX, b.anyY);
}

/**
 * Twice the signed area contributed by the pieces of `own`'s edges that lie inside `other`
 * (and, when `keepShared`, those on `other`'s boundary running the same way).
 */
function boundaryIntegral(own: PreparedPolygon, other: PreparedPolygon, box: Bbox, eps: number, keepShared: boolean): number {
  const ed = own.edges;
  const eo = other.edges;
  let sum = 0;
  const ts: number[] = [];
  for (let i = 0; i < own.edgeCount; i += 1) {
    // An edge outside the other polygon's box lies outside the other polygon.
    if (!edgeMeetsBox(ed, i, box)) continue;
    const px = ed[4 * i] ?? 0;
    const py = ed[4 * i + 1] ?? 0;
    const qx = ed[4 * i + 2] ?? 0;
    const qy = ed[4 * i + 3] ?? 0;
    const dx = qx - px;
    const dy = qy - py;
    const len = Math.sqrt(dx * dx + dy * dy);
    if (len === 0) continue;
    ts.length = 0;
    ts.push(0, 1);
    const loX = Math.min(px, qx) - eps;
    const hiX = Math.max(px, qx) + eps;
    const n = edgesInYRange(other.slabs, Math.min(py, qy) - eps, Math.max(py, qy) + eps);
    for (let k = 0; k < n; k += 1) {
      const j = other.slabs.found[k] ?? 0;
      const ax = eo[4 * j] ?? 0;
      const bx = eo[4 * j + 2] ?? 0;
      if (Math.max(ax, bx) < loX || Math.min(ax, bx) > hiX) continue;
      splitParameters(px, py, qx, qy, ax, eo[4 * j + 1] ?? 0, bx, eo[4 * j + 3] ?? 0, eps, ts);
    }
    if (ts.length > 2) ts.sort((u, v) => u - v);
    const tEps = eps / len;
    for (let k = 0; k + 1 < ts.length; k += 1) {
      const t0 = ts[k] ?? 0;
      const t1 = ts[k + 1] ?? 0;
      if (t1 - t0 <= tEps) continue;
      const x0 = px + t0 * dx;
      const y0 = py + t0 * dy;
      const x1 = px + t1 * dx;
      const y1 = py + t1 * dy;
      const mx = (x0 + x1) / 2;
      const my = (y0 + y1) / 2;
      const where = classify(other, mx, my, eps);
      let include: boolean;
      if (where >= 0) {
        const odx = (eo[4 * where + 2] ?? 0) - (eo[4 * where] ?? 0);
        const ody = (eo[4 * where + 3] ?? 0) - (eo[4 * where + 1] ?? 0);
        include = keepShared && dx * odx + dy * ody > 0;
      } else {
        include = where === INSIDE;
      }
      if (include) sum += x0 * y1 - x1 * y0;
    }
  }
  return sum;
}

function overlapAreaPrepared({ a, b, eps, box }: PreparedPair): number {
  const twice = boundaryIntegral(a, b, box, eps, true) + boundaryIntegral(b, a, box, eps, false);
  const area = twice / 2;
  return Number.isFinite(area) && area > 0 ? area : 0;
}

/** Whether the two polygons share any point (touching counts). */
export function polygonsIntersect(a: readonly Float64Array[], b: readonly Float64Array[]): boolean {
  const pair = preparePair(a, b);
  return pair ? intersectsPrepared(pair) : false;
}

/** The area both polygons cover, m² (0 when they only touch or are apart). */
export function overlapAreaM2(a: readonly Float64Array[], b: readonly Float64Array[]): number {
  const pair = preparePair(a, b);
  return pair ? overlapAreaPrepared(pair) : 0;
}

/**
 * The exact test, then the area only when the polygons meet: undefined when apart, else the
 * common area (0 when they only touch).
 */
export function pairOverlap(a: readonly Float64Array[], b: readonly Float64Array[]): number | undefined {
  const pair = preparePair(a, b);
  if (!pair || !intersectsPrepared(pair)) return undefined;
  return overlapAreaPrepared(pair);
}
