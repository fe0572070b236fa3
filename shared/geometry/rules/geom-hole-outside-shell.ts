import { defineGeometryRule } from '../define-geometry-rule';
import { pointLocation } from '../locate';

export default defineGeometryRule({
  id: 'geom-hole-outside-shell',
  title: '内环越出外环',
  severity: 'error',
  description: '内圈（圈号 ≥ 2）不在外圈之内（OGC 有效性，按 JTS IsValidOp 判定）。',
  messages: {
    outside: '内圈第 {ringNo} 圈不在外圈（第 {shellNo} 圈）之内。',
  },
  source: {
    tag: 'sourced',
    refs: ['S1'],
    note: '坐标交换格式：圈号 1 为外圈，2、3… 为内圈（洞）；洞须位于外圈之内（OGC 简单要素有效性，JTS IsValidOp）。常见原因是圈号填错或把另一个地块写成了内圈。',
  },
  checkParcel(parcel, analysis) {
    return analysis.validity
      .filter((issue) => issue.kind === 'hole-outside-shell')
      .map((issue) => ({
        messageId: 'outside' as const,
        data: { ringNo: parcel.rings[issue.ring]?.ringNo ?? issue.ring + 1, shellNo: parcel.rings[0]?.ringNo ?? 1 },
        location: pointLocation(parcel, issue.ring, issue.point ?? 0),
      }));
  },
});
