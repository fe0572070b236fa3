import { defineGeometryRule } from '../define-geometry-rule';
import { roundTo } from '../format-numbers';
import { parcelLocation } from '../locate';
import { findOverlaps } from '../overlap';
import { planarRings } from '../planar-rings';

export default defineGeometryRule({
  id: 'geom-overlap',
  title: '范围相互重叠',
  severity: 'warning',
  description: '同一批（同一文件）中两个地块相互重叠（重复计算面积）：每对报一次，位置在编号靠前的地块。',
  messages: {
    overlap: '地块 {parcelId} 与地块 {otherParcelId}（第 {otherParcel} 个地块）重叠约 {areaM2:平方米}，面积被重复计算：请修正界址。',
  },
  source: {
    tag: 'inferred',
    refs: ['S1'],
    note: '同一批报送的违法用地范围相互重叠，会使违法面积重复计算。仅相接（共用边界）不算重叠；重叠面积不足 0.01 平方米视为数字化误差。跨文件的批次由 geometry-api 的 findOverlaps 检查。',
  },
  checkFile(file) {
    if (file.parcels.length < 2) return [];
    const rings = file.parcels.map((parcel) => planarRings(parcel, file.axisOrder));
    return findOverlaps(rings).flatMap((pair) => {
      const a = file.parcels[pair.a];
      const b = file.parcels[pair.b];
      if (!a || !b) return [];
      return [
        {
          messageId: 'overlap' as const,
          data: { parcelId: a.id, otherParcelId: b.id, otherParcel: b.index, areaM2: roundTo(pair.areaM2, 2) },
          location: parcelLocation(a),
        },
      ];
    });
  },
});
