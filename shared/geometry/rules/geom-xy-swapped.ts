import { looksSwapped, looksSwappedLonLat } from '../coordinate-plausibility';
import { defineGeometryRule } from '../define-geometry-rule';
import { pointLocation } from '../locate';
import { planarPoint, pointCount, type AxisOrder, type Parcel } from '../model';

type MessageId = 'swapped' | 'swappedLonLat';

function firstSwapped(parcel: Parcel, axisOrder: AxisOrder, test: (e: number, n: number) => boolean): { ring: number; point: number; count: number } | undefined {
  let found: { ring: number; point: number } | undefined;
  let count = 0;
  parcel.rings.forEach((ring, r) => {
    for (let i = 0; i < pointCount(ring); i += 1) {
      const [e, n] = planarPoint(ring, i, axisOrder);
      if (!test(e, n)) continue;
      count += 1;
      found ??= { ring: r, point: i };
    }
  });
  return found ? { ...found, count } : undefined;
}

export default defineGeometryRule<MessageId>({
  id: 'geom-xy-swapped',
  title: 'XY坐标颠倒',
  severity: 'error',
  description: 'X、Y 坐标颠倒：北坐标的位置是带号前缀的 8 位数、东坐标的位置是 7 位数（地理坐标则为纬度、经度颠倒）；每个地块报一次。',
  messages: {
    swapped: 'X、Y 坐标颠倒：北坐标位置是带号前缀的 8 位数，东坐标位置是 7 位数（本地块共 {count} 个点），应交换两列。',
    swappedLonLat: '经纬度颠倒：第一个数在纬度范围内、第二个数在经度范围内（本地块共 {count} 个点），应交换两列。',
  },
  source: {
    tag: 'sourced',
    refs: ['S1'],
    note: '坐标交换格式：X 为 7 位北坐标，Y 为加带号的 8 位东坐标；X 带带号前缀而 Y 为 7 位，即两列颠倒（coordinate-txt.md）。经纬度颠倒按中国的经纬度范围判断（推断）。',
  },
  checkParcel(parcel, analysis, file) {
    const projected = firstSwapped(parcel, file.axisOrder, looksSwapped);
    if (projected) return [{ messageId: 'swapped', data: { count: projected.count }, location: pointLocation(parcel, projected.ring, projected.point) }];
    if (analysis.crs?.kind !== 'geographic') return [];
    const geographic = firstSwapped(parcel, file.axisOrder, looksSwappedLonLat);
    if (geographic) return [{ messageId: 'swappedLonLat', data: { count: geographic.count }, location: pointLocation(parcel, geographic.ring, geographic.point) }];
    return [];
  },
});
