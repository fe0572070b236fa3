import { defineGeometryRule } from '../define-geometry-rule';
import { ringLocation } from '../locate';
import { pointCount, type Ring } from '../model';

/** Points of the ring once closed, consecutive repeats counted once (JTS's count), for the message. */
function distinctClosedCount(ring: Ring): number {
  const n = pointCount(ring);
  if (n === 0) return 0;
  let count = 1;
  for (let i = 1; i < n; i += 1) {
    if (ring.coords[2 * i] !== ring.coords[2 * i - 2] || ring.coords[2 * i + 1] !== ring.coords[2 * i - 1]) count += 1;
  }
  const closed = ring.coords[0] === ring.coords[2 * n - 2] && ring.coords[1] === ring.coords[2 * n - 1];
  return closed ? count : count + 1;
}

export default defineGeometryRule({
  id: 'geom-too-few-points',
  title: '界址点过少',
  severity: 'error',
  description: '圈的点数（含闭合点、连续重复点只计一次）少于 4 个，构不成面。',
  messages: {
    tooFew: '第 {ringNo} 圈只有 {count} 个点（含闭合点，连续重复的点只计一次），至少需要 4 个才能构成面。',
  },
  source: {
    tag: 'sourced',
    refs: ['S1'],
    note: 'S1 要求报送违法用地矢量范围（面）；面的每个圈至少要有 3 个不同的点再加闭合点（OGC 简单要素规范；计数同 JTS IsValidOp，由 validity.ts 判定）。',
  },
  checkParcel(parcel, analysis) {
    return analysis.validity
      .filter((issue) => issue.kind === 'too-few-points')
      .flatMap((issue) => {
        const ring = parcel.rings[issue.ring];
        return ring ? [{ messageId: 'tooFew' as const, data: { ringNo: ring.ringNo, count: distinctClosedCount(ring) }, location: ringLocation(parcel, issue.ring) }] : [];
      });
  },
});
