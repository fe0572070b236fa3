/**
 * The orientation predicate with an exact sign, for validity (validity.ts): whether a vertex lies
 * exactly on another ring's edge decides between "touches" (valid) and "crosses" (invalid), and
 * filed coordinates are exactly the doubles where rounding hides the difference — eight-digit
 * eastings on a straight boundary give determinants of ≈ 1e14 whose rounding is ≈ 0.02.
 *
 * Shewchuk's approach (Adaptive Precision Floating-Point Arithmetic and Fast Robust Geometric
 * Predicates, 1997): a floating-point filter with a proven error bound answers almost every call;
 * only the rest are evaluated exactly as a nonoverlapping expansion of the six products in
 * ax·by − ay·bx + bx·cy − by·cx + cx·ay − cy·ax. Products are split with Dekker's method, exact
 * while no product overflows or underflows: any coordinates between 1e-140 and 1e140 in
 * magnitude (or 0), far beyond metres and degrees.
 */

const EPSILON = 2 ** -53;
/** Shewchuk's ccwerrboundA: |det| above this times (|left| + |right|) has the right sign. */
const ERROR_BOUND = (3 + 16 * EPSILON) * EPSILON;
/** 2^27 + 1: splits a double into two halves of 26 bits whose products are exact. */
const SPLITTER = 134_217_729;

/**
 * Positive when (ax, ay), (bx, by), (cx, cy) turn counter-clockwise (c left of a→b), negative when
 * clockwise, 0 when exactly collinear. The magnitude approximates twice the triangle's area.
 */
export function orient2d(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const left = (ax - cx) * (by - cy);
  const right = (ay - cy) * (bx - cx);
  const det = left - right;
  const bound = ERROR_BOUND * (Math.abs(left) + Math.abs(right));
  if (det > bound || -det > bound) return det;
  return orient2dExact(ax, ay, bx, by, cx, cy);
}

/** Scratch for the expansion: 12 product terms can grow it to at most 12 components. */
const expansion = new Float64Array(16);
let expansionLength = 0;

/** Adds a double to the expansion (Shewchuk's Grow-Expansion with zero elimination): exact. */
function grow(b: number): void {
  let q = b;
  let out = 0;
  for (let i = 0; i < expansionLength; i++) {
    const e = expansion[i] ?? 0;
    const sum = q + e;
    const bVirtual = sum - q;
    const aVirtual = sum - bVirtual;
    const error = q - aVirtual + (e - bVirtual);
    q = sum;
    if (error !== 0) expansion[out++] = error;
  }
  if (q !== 0) expansion[out++] = q;
  expansionLength = out;
}

/** Adds the exact product a·b (Dekker's two-product) to the expansion. */
function growProduct(a: number, b: number): void {
  const product = a * b;
  let c = SPLITTER * a;
  const aHigh = c - (c - a);
  const aLow = a - aHigh;
  c = SPLITTER * b;
  const bHigh = c - (c - b);
  const bLow = b - bHigh;
  const error = aLow * bLow - (product - aHigh * bHigh - aLow * bHigh - aHigh * bLow);
  grow(error);
  grow(product);
}

/** The determinant's exact sign; the value returned is the expansion's most significant component. */
export function orient2dExact(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  expansionLength = 0;
  growProduct(ax, by);
  growProduct(-ay, bx);
  growProduct(bx, cy);
  growProduct(-by, cx);
  growProduct(cx, ay);
  growProduct(-cy, ax);
  // A nonoverlapping expansion in increasing magnitude: its sign is that of its last component.
  return expansionLength === 0 ? 0 : (expansion[expansionLength - 1] ?? 0);
}
