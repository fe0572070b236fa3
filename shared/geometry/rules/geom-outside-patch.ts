import { defineGeometryRule } from '../define-geometry-rule';
import { parcelLocation } from '../locate';
import { planarRings } from '../planar-rings';
import { polygonsIntersect } from '../polygon-overlap';
import { partRings } from '../ring-model';

export default defineGeometryRule({
  id: 'geom-outside-patch',
  title: '范围不在图斑内',
  severity: 'error',
  description: '已知监测图斑范围时，违法用地范围（地块）与图斑没有任何交集（相接也算有交集）。',
  messages: {
    outside: '地块 {parcelId} 与监测图斑范围没有交集，可能报错了图斑或用错了坐标文件。',
  },
  source: {
    tag: 'inferred',
    refs: ['S1'],
    note: '违法用地范围应落在所核查的监测图斑上（S1 要求报送违法用地矢量范围）；完全不相交多为张冠李戴或坐标系错误。只判断是否相交，不要求完全包含：实地范围常超出图斑。',
  },
  checkParcel(parcel, analysis, file, context) {
    const patch = context.patchRings;
    if (!patch || patch.length === 0) return [];
    const rings = planarRings(parcel, file.axisOrder);
    const parts = analysis.parts ? partRings(rings, analysis.parts) : [rings];
    return parts.some((polygon) => polygonsIntersect(polygon, patch)) ? [] : [{ messageId: 'outside' as const, data: { parcelId: parcel.id }, location: parcelLocation(parcel) }];
  },
});
