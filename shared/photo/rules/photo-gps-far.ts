import { definePhotoRule } from '../define-photo-rule';
import { directionName, distanceFromPatch } from '../geodesic-distance';

export default definePhotoRule({
  id: 'photo-gps-far',
  title: '照片拍摄地偏远',
  severity: 'warning',
  description: '照片 GPS 位置与所属图斑的距离超过配置的上限（全国默认 500 米）：已知矢量范围时量到范围边界，否则量到最近的中心点；椭球面距离。',
  messages: {
    'far-from-centre': '照片拍摄位置距图斑中心点 {distanceM} 米（位于中心点{direction}方），超过 {limitM} 米，可能不是在该图斑实地拍摄。',
    'far-from-boundary': '照片拍摄位置距图斑矢量范围边界 {distanceM} 米（位于范围{direction}方），超过 {limitM} 米，可能不是在该图斑实地拍摄。',
  },
  source: {
    tag: 'inferred',
    refs: ['S0', 'S1', 'S4'],
    note: '照片是拆除、复耕、毁闭整改的证据（S0、S1），S4 点名查处虚假整改、弄虚作假；在别处拍的照片是典型的虚假整改证据。距离上限由配置的 thresholds.photoGpsMaxDistanceM 决定（默认 500 米，为推断值）。',
  },
  check(photo, patch, context) {
    const position = photo.exif.position;
    if (!patch || !position) return [];
    const distance = distanceFromPatch(position, patch.centres, patch.boundary);
    const limit = context.profile.thresholds.photoGpsMaxDistanceM;
    if (!distance || distance.metres <= limit) return [];
    return [
      {
        messageId: distance.to === 'boundary' ? ('far-from-boundary' as const) : ('far-from-centre' as const),
        data: { distanceM: Math.round(distance.metres), limitM: limit, direction: directionName(distance.bearing), bearing: Math.round(distance.bearing) % 360 },
      },
    ];
  },
});
