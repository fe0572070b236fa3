import { defineGeometryRule } from '../define-geometry-rule';
import { pointLocation } from '../locate';
import { READ_PROBLEM_MESSAGES } from '../read-problem-messages';

/**
 * Read failures are reported by the readers (read-problem-messages.ts, each with its line or
 * feature); the rule declares their messages so each renders, and itself reports coordinates that
 * reached the analysis as non-numbers (validity.ts, invalid-coordinate).
 */
export default defineGeometryRule({
  id: 'geom-parse-error',
  title: '坐标文件无法读取',
  severity: 'error',
  description: '文件无法读取或格式无法识别（指明行号与原因，读取时检查）；坐标不是有效数字。',
  messages: {
    ...READ_PROBLEM_MESSAGES['geom-parse-error'],
    'invalid-coordinate': '第 {ringNo} 圈第 {point} 点的坐标不是有效数字。',
  },
  source: {
    tag: 'sourced',
    refs: ['S1'],
    note: 'S1 要求报送标准格式的违法用地矢量范围（界址点坐标 TXT、Shapefile 或 GeoJSON）；无法读取的文件无法入库，须指出出错的行和原因（coordinate-txt.md：全角逗号等常见错误）。',
  },
  checkParcel(parcel, analysis) {
    return analysis.validity
      .filter((issue) => issue.kind === 'invalid-coordinate')
      .map((issue) => ({
        messageId: 'invalid-coordinate' as const,
        data: { ringNo: parcel.rings[issue.ring]?.ringNo ?? issue.ring + 1, point: (issue.point ?? 0) + 1 },
        location: pointLocation(parcel, issue.ring, issue.point ?? 0),
      }));
  },
});
