import { defineGeometryRule } from '../define-geometry-rule';
import { pointLocation } from '../locate';
import { pointCount } from '../model';

export default defineGeometryRule({
  id: 'geom-ring-not-closed',
  title: '环未闭合',
  severity: 'error',
  description: '圈的最后一点与第一点不同（未闭合）：每个未闭合的圈报一次，位置在最后一点。',
  messages: {
    notClosed: '第 {ringNo} 圈未闭合：最后一点（{lastPoint}）与第一点（{firstPoint}）坐标不同。',
  },
  source: {
    tag: 'sourced',
    refs: ['S1'],
    note: 'S1 要求报送标准格式的违法用地矢量范围；坐标交换格式规定每个圈以重复第一点结束（coordinate-txt.md）。检查按文件所填坐标进行；后续的有效性与面积计算按隐式闭合处理，以免一处未闭合引出一串错误。',
  },
  checkParcel(parcel) {
    return parcel.rings.flatMap((ring, ringIndex) => {
      const n = pointCount(ring);
      if (n < 2) return [];
      const closed = ring.coords[0] === ring.coords[2 * n - 2] && ring.coords[1] === ring.coords[2 * n - 1];
      if (closed) return [];
      return [
        {
          messageId: 'notClosed' as const,
          data: { ringNo: ring.ringNo, firstPoint: ring.pointNames[0] || '第 1 点', lastPoint: ring.pointNames[n - 1] || `第 ${n} 点` },
          location: pointLocation(parcel, ringIndex, n - 1),
        },
      ];
    });
  },
});
