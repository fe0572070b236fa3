/**
 * Validity of a parcel read as a multipolygon (ring-model.ts): each part checked as one polygon
 * with JTS semantics (validity.ts), then the parts against each other — rings of different parts
 * must not cross — and the holes the file declares that lie in no outer ring. Issues name the
 * parcel's own ring indices.
 */
import type { ValidityIssue } from './analysis';
import { partRingIndices, ringBounds, type RingModel } from './ring-model';
import { checkValidity } from './validity';

interface Box {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

function boxesMeet(a: Box, b: Box): boolean {
  return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

/** An issue of a part's polygon, renumbered to the parcel's rings. A hole crossing its own shell is a hole not wholly inside it (rules.md, geom-hole-outside-shell). */
function renumber(issue: ValidityIssue, indices: readonly number[]): ValidityIssue {
  const ring = indices[issue.ring] ?? issue.ring;
  const other = issue.otherRing !== undefined ? (indices[issue.otherRing] ?? issue.otherRing) : undefined;
  if (issue.kind === 'rings-cross' && (issue.ring === 0) !== (issue.otherRing === 0)) {
    const shell = indices[0] ?? 0;
    const hole = issue.ring === 0 ? (other ?? ring) : ring;
    const { point: _point, ...where } = issue;
    return { ...where, kind: 'hole-outside-shell', ring: hole, otherRing: shell, ...(issue.ring !== 0 && issue.point !== undefined ? { point: issue.point } : {}) };
  }
  const container = other ?? (issue.kind === 'hole-outside-shell' ? indices[0] : undefined);
  return { ...issue, ring, ...(container !== undefined ? { otherRing: container } : {}) };
}

export function checkParcelValidity(rings: readonly Float64Array[], model: RingModel): ValidityIssue[] {
  const issues: ValidityIssue[] = [];
  const indicesOfPart = model.parts.map(partRingIndices);
  for (const indices of indicesOfPart) {
    const polygon = indices.flatMap((i) => (rings[i] ? [rings[i]] : []));
    for (const issue of checkValidity(polygon)) issues.push(renumber(issue, indices));
  }
  for (const misplaced of model.misplacedHoles) {
    issues.push({ kind: misplaced.kind, ring: misplaced.ring, point: 0, ...(misplaced.container !== undefined ? { otherRing: misplaced.container } : {}) });
  }
  // Parts against parts: only when every part is itself a polygon (crossings within a part come first).
  if (indicesOfPart.length > 1 && issues.every((issue) => issue.kind === 'duplicate-vertex')) {
    const boxes = rings.map(ringBounds);
    for (let a = 0; a < indicesOfPart.length; a += 1) {
      for (let b = a + 1; b < indicesOfPart.length; b += 1) {
        for (const i of indicesOfPart[a] ?? []) {
          for (const j of indicesOfPart[b] ?? []) {
            const ri = rings[i];
            const rj = rings[j];
            if (!ri || !rj || !boxesMeet(boxes[i] ?? ringBounds(ri), boxes[j] ?? ringBounds(rj))) continue;
            for (const issue of checkValidity([ri, rj])) {
              if (issue.kind !== 'rings-cross') continue;
              const pair = [i, j];
              issues.push({ ...issue, ring: pair[issue.ring] ?? i, otherRing: pair[issue.otherRing ?? 1 - issue.ring] ?? j });
            }
          }
        }
      }
    }
  }
  return issues.sort((p, q) => p.ring - q.ring || (p.point ?? 0) - (q.point ?? 0));
}
