import { defineGeometryRule } from '../define-geometry-rule';
import { pointLocation } from '../locate';

export default defineGeometryRule({
  id: 'geom-duplicate-vertex',
  title: '界址点重复',
  severity: 'warning',
  description: '同一圈中相邻两点坐标完全相同（闭合点除外）：每个重复点报一次。',
  messages: {
    duplicate: '第 {ringNo} 圈的 {pointName} 与前一点 {previousName} 坐标相同（重复点）。',
  },
  source: {
    tag: 'inferred',
    refs: ['S1'],
    note: '重复点不使面无效（JTS 允许），但多为录入或转换错误，并使界址点数偏大；作为警告提示（validity.ts 判定），省级配置可调整级别。',
  },
  checkParcel(parcel, analysis) {
    return analysis.validity
      .filter((issue) => issue.kind === 'duplicate-vertex' && issue.point !== undefined)
      .flatMap((issue) => {
        const ring = parcel.rings[issue.ring];
        const i = issue.point ?? 0;
        return ring
          ? [
              {
                messageId: 'duplicate' as const,
                data: { ringNo: ring.ringNo, pointName: ring.pointNames[i] || `第 ${i + 1} 点`, previousName: ring.pointNames[i - 1] || `第 ${i} 点` },
                location: pointLocation(parcel, issue.ring, i),
              },
            ]
          : [];
      });
  },
});
