import { defineGeometryRule } from '../define-geometry-rule';
import { parcelLocation } from '../locate';

export default defineGeometryRule({
  id: 'geom-not-area',
  title: '矢量范围不是面',
  severity: 'error',
  description: '地块行的图形属性为“线”或“点”：违法用地矢量范围必须是面。这样的地块只报此一项，不做面的各项检查。',
  messages: {
    notArea: '违法用地矢量范围应为面，第 {parcel} 个地块为{shape}。',
  },
  source: {
    tag: 'sourced',
    refs: ['S1'],
    note: 'S1 要求报送违法用地矢量范围；坐标交换格式的图形属性取 面、线、点，只有面才围出用地范围（coordinate-txt.md）。线或点按面检查只会得出闭合、点数、自相交等误导性的问题。',
  },
  checksNonAreas: true,
  checkParcel(parcel) {
    if (parcel.shape !== '线' && parcel.shape !== '点') return [];
    return [{ messageId: 'notArea' as const, data: { parcel: parcel.index, shape: parcel.shape }, location: parcelLocation(parcel) }];
  },
});
