import type { ResolvedCrs } from '../analysis';
import { MAINLAND_NORTHING, looksSwapped, looksSwappedLonLat, zoneOffset, zoneOffsetRange } from '../coordinate-plausibility';
import { toLonLat } from '../crs';
import { defineGeometryRule } from '../define-geometry-rule';
import { roundTo } from '../format-numbers';
import { pointLocation } from '../locate';
import { planarPoint, pointCount } from '../model';
import type { Profile } from '../../profiles/profile-schema';

type MessageId = 'outsideRegion' | 'eastingImplausible' | 'northingImplausible';

interface Offence {
  readonly messageId: MessageId;
  readonly data: Readonly<Record<string, string | number>>;
}

/**
 * What is wrong with one point, if anything. With a known CRS the point is projected to lon/lat
 * and must lie in the profile's bounds; the raw northing range is then not needed (it is the same
 * test, less exact, and wrong for the South China Sea islands the national bounds include). The
 * easting's offset within its zone is always checked: a point far outside its zone still projects
 * somewhere, possibly inside the bounds.
 */
function offence(e: number, n: number, crs: ResolvedCrs | undefined, bounds: Profile['geometry']['bounds']): Offence | undefined {
  if (crs?.kind === 'geographic') {
    return e < bounds.minLon || e > bounds.maxLon || n < bounds.minLat || n > bounds.maxLat ? { messageId: 'outsideRegion', data: { lon: roundTo(e, 6), lat: roundTo(n, 6) } } : undefined;
  }
  if (crs === undefined || crs.kind === 'gauss-kruger') {
    const range = zoneOffsetRange(crs?.zoneWidth);
    // The easting without its zone prefix (or as filed, unprefixed): outside the range the point
    // lies farther from the central meridian than any zone reaches.
    const offset = zoneOffset(e);
    if (!(offset >= range.min && offset <= range.max)) {
      return { messageId: 'eastingImplausible', data: { easting: roundTo(e, 3), min: range.min, max: range.max } };
    }
  }
  if (crs === undefined) {
    return !(n >= MAINLAND_NORTHING.min && n <= MAINLAND_NORTHING.max) ? { messageId: 'northingImplausible', data: { northing: roundTo(n, 3), min: MAINLAND_NORTHING.min, max: MAINLAND_NORTHING.max } } : undefined;
  }
  const [lon, lat] = toLonLat(crs, e, n);
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || lon < bounds.minLon || lon > bounds.maxLon || lat < bounds.minLat || lat > bounds.maxLat) {
    return { messageId: 'outsideRegion', data: { lon: Number.isFinite(lon) ? roundTo(lon, 6) : '无法换算', lat: Number.isFinite(lat) ? roundTo(lat, 6) : '无法换算' } };
  }
  return undefined;
}

export default defineGeometryRule<MessageId>({
  id: 'geom-out-of-range',
  title: '坐标超出范围',
  severity: 'error',
  description: '坐标不在中国境内或配置的区域内（换算为经纬度后比对配置范围），或原始数值明显不合理；每个地块报一次，位置在第一个越界的点。',
  messages: {
    outsideRegion: '坐标换算为经纬度（{lon}, {lat}）后不在配置的区域（{region}）内（本地块共 {count} 个点越界）。',
    eastingImplausible: '东坐标 {easting} 去掉带号后不在 {min}–{max} 之间，超出投影带范围（本地块共 {count} 个点）。',
    northingImplausible: '北坐标 {northing} 不在 {min}–{max} 之间（约北纬 16°–54°），不像中国大陆的坐标（本地块共 {count} 个点）。',
  },
  source: {
    tag: 'sourced',
    refs: ['S1'],
    note: '合理范围见 coordinate-txt.md：中国大陆 X（北坐标）约 1,800,000–5,950,000；3 度带不加带号的 Y 约 300,000–700,000（6 度带按 ±3° 推断为 150,000–850,000）。区域范围取配置 geometry.bounds（全国默认含南海诸岛，省级配置可收窄）。X、Y 颠倒的点由 geom-xy-swapped 报告，此处不计。',
  },
  checkParcel(parcel, analysis, file, context) {
    const bounds = context.profile.geometry.bounds;
    let first: { ring: number; point: number; offence: Offence } | undefined;
    let count = 0;
    parcel.rings.forEach((ring, r) => {
      for (let i = 0; i < pointCount(ring); i += 1) {
        const [e, n] = planarPoint(ring, i, file.axisOrder);
        // Swapped axes are geom-xy-swapped's finding; reported here too they would only repeat it.
        if (looksSwapped(e, n) || (analysis.crs?.kind === 'geographic' && looksSwappedLonLat(e, n))) continue;
        const found = offence(e, n, analysis.crs, bounds);
        if (!found) continue;
        count += 1;
        first ??= { ring: r, point: i, offence: found };
      }
    });
    if (!first) return [];
    const region = `经度 ${bounds.minLon}–${bounds.maxLon}，纬度 ${bounds.minLat}–${bounds.maxLat}`;
    return [{ messageId: first.offence.messageId, data: { ...first.offence.data, count, region }, location: pointLocation(parcel, first.ring, first.point) }];
  },
});
