import { defineGeometryRule } from '../define-geometry-rule';
import { pointLocation } from '../locate';

export default defineGeometryRule({
  id: 'geom-hole-outside-shell',
  title: '内环越出外环',
  severity: 'error',
  description:
    '圈的内外按几何判定：位于另一圈之内的圈是它的内圈（洞），不在任何圈之内的圈是一个外圈（多部件地块），与圈号无关。内圈与其外圈相交（不完全在外圈之内），或文件结构声明为内圈（GeoJSON 的内环、shapefile 的逆时针环）却不在任何外圈之内时报告。',
  messages: {
    outside: '内圈第 {ringNo} 圈不完全在外圈（第 {shellNo} 圈）之内。',
    noShell: '第 {ringNo} 圈按文件结构是内圈（洞），但不在任何外圈之内。',
  },
  source: {
    tag: 'sourced',
    refs: ['S1'],
    note: '坐标交换格式：标准写法圈号 1 为外圈、2、3… 为内圈，但许多导出工具给多部件地块的每个部件各编一个圈号，也有先写洞后写外圈的，故按几何包含关系判定内外（coordinate-txt.md）；洞须位于外圈之内（OGC 简单要素有效性，JTS IsValidOp）。',
  },
  checkParcel(parcel, analysis) {
    // A hole that leaves its shell is one fault however many crossing points: one finding per hole.
    const reported = new Set<number>();
    return analysis.validity
      .filter((issue) => {
        if (issue.kind !== 'hole-outside-shell' || reported.has(issue.ring)) return false;
        reported.add(issue.ring);
        return true;
      })
      .map((issue) => {
        const ringNo = parcel.rings[issue.ring]?.ringNo ?? issue.ring + 1;
        const location = pointLocation(parcel, issue.ring, issue.point ?? 0);
        return issue.otherRing === undefined
          ? { messageId: 'noShell' as const, data: { ringNo } as Record<string, number>, location }
          : { messageId: 'outside' as const, data: { ringNo, shellNo: parcel.rings[issue.otherRing]?.ringNo ?? issue.otherRing + 1 }, location };
      });
  },
});
