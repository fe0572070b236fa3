import type { ValidityIssue, ValidityIssueKind } from '../analysis';
import { defineGeometryRule } from '../define-geometry-rule';
import { filedPosition, pointLocation } from '../locate';
import type { AxisOrder, Parcel } from '../model';

type MessageId = 'selfIntersection' | 'ringsCross' | 'nestedHoles' | 'disconnectedInterior';

/** The OGC validity failures of a polygon's boundary (validity.ts, JTS semantics) this rule reports. */
const MESSAGE_BY_KIND: Partial<Record<ValidityIssueKind, MessageId>> = {
  'self-intersection': 'selfIntersection',
  'rings-cross': 'ringsCross',
  'nested-holes': 'nestedHoles',
  'disconnected-interior': 'disconnectedInterior',
};

function ringNo(parcel: Parcel, index: number): number {
  return parcel.rings[index]?.ringNo ?? index + 1;
}

function position(axisOrder: AxisOrder, issue: ValidityIssue): string {
  return issue.x !== undefined && issue.y !== undefined ? filedPosition(axisOrder, issue.x, issue.y) : '（未给出）';
}

export default defineGeometryRule<MessageId>({
  id: 'geom-self-intersection',
  title: '图形自相交',
  severity: 'error',
  description: '圈自相交，或与同一地块的另一圈相交（OGC 有效性，按 JTS IsValidOp 判定）；内圈嵌套、内部被分割也在此报告。',
  messages: {
    selfIntersection: '第 {ringNo} 圈自相交，交点约在 {position}。',
    ringsCross: '第 {ringNo} 圈与第 {otherRingNo} 圈相交，交点约在 {position}。',
    nestedHoles: '内圈第 {ringNo} 圈位于另一内圈第 {otherRingNo} 圈之内。',
    disconnectedInterior: '各圈相接把地块内部分割成互不连通的部分（第 {ringNo} 圈，约在 {position}）。',
  },
  source: {
    tag: 'sourced',
    refs: ['S1'],
    note: 'S1 要求报送违法用地矢量范围；面须符合 OGC 简单要素有效性，参照 JTS IsValidOp（stack-notes：@turf/boolean-valid 不能作有效性检查）。自相交的面面积无意义，入库与叠加分析都会失败。',
  },
  checkParcel(parcel, analysis, file) {
    // A cut interior is one fault however many touch points make it: one finding per ring.
    const cutRings = new Set<number>();
    return analysis.validity.flatMap((issue) => {
      const messageId = MESSAGE_BY_KIND[issue.kind];
      if (!messageId) return [];
      if (issue.kind === 'disconnected-interior') {
        if (cutRings.has(issue.ring)) return [];
        cutRings.add(issue.ring);
      }
      return [
        {
          messageId,
          data: {
            ringNo: ringNo(parcel, issue.ring),
            position: position(file.axisOrder, issue),
            ...(issue.otherRing !== undefined ? { otherRingNo: ringNo(parcel, issue.otherRing) } : {}),
          },
          location: pointLocation(parcel, issue.ring, issue.point ?? 0),
        },
      ];
    });
  },
});
