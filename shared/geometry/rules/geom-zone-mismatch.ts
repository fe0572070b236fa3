import { declaredZone, looksSwapped, zonePrefix } from '../coordinate-plausibility';
import { defineGeometryRule } from '../define-geometry-rule';
import { pointLocation } from '../locate';
import { planarPoint, pointCount } from '../model';

export default defineGeometryRule({
  id: 'geom-zone-mismatch',
  title: '带号不符',
  severity: 'error',
  description: '东坐标（TXT 的 Y）的两位带号前缀与文件声明的带号不符：每个地块报一次，位置在第一个不符的点。',
  messages: {
    mismatch: '东坐标的带号前缀为 {prefix}，与文件声明的带号 {zone} 不符（本地块共 {count} 个点不符）。',
  },
  source: {
    tag: 'sourced',
    refs: ['S1'],
    note: '坐标交换格式：Y 为加带号的 8 位东坐标，前两位须等于 [属性描述] 的 带号（coordinate-txt.md）。不符时按错误的中央经线投影，位置会偏出几百公里。X、Y 颠倒的点由 geom-xy-swapped 报告，此处不计。',
  },
  checkParcel(parcel, _analysis, file) {
    const zone = declaredZone(file.declaredCrs);
    if (zone === undefined) return [];
    let first: { ring: number; point: number; prefix: number } | undefined;
    let count = 0;
    parcel.rings.forEach((ring, r) => {
      for (let i = 0; i < pointCount(ring); i += 1) {
        const [e, n] = planarPoint(ring, i, file.axisOrder);
        if (looksSwapped(e, n)) continue;
        const prefix = zonePrefix(e);
        if (prefix === undefined || prefix === zone) continue;
        count += 1;
        first ??= { ring: r, point: i, prefix };
      }
    });
    if (!first) return [];
    return [{ messageId: 'mismatch' as const, data: { prefix: first.prefix, zone, count }, location: pointLocation(parcel, first.ring, first.point) }];
  },
});
