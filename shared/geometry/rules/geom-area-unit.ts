import { judgeDeclaredArea } from '../declared-area';
import { defineGeometryRule } from '../define-geometry-rule';
import { roundTo } from '../format-numbers';
import { parcelLocation } from '../locate';

/** Enough decimals to show a small converted area (0.0109 公顷; 0.000054 公顷 for a 0.54 m² sliver). */
function shownHectares(ha: number): number {
  return Math.abs(ha) >= 0.01 ? roundTo(ha, 4) : roundTo(ha, 6);
}

export default defineGeometryRule({
  id: 'geom-area-unit',
  title: '地块面积单位错误',
  severity: 'warning',
  description:
    '文件自填的地块面积按公顷与图形面积不符，但按平方米或亩计算时在容差之内（或数值后写明了平方米、亩）：单位用错了。此时不再报 geom-area-mismatch。',
  messages: {
    wrongUnit: '地块面积 {declared} 应为公顷；按{unit}计为 {convertedHa} 公顷，与图形一致（按{method}算得 {computedHa} 公顷）。',
  },
  source: {
    tag: 'sourced',
    refs: ['S1'],
    note: '坐标交换格式规定地块面积以公顷为单位（coordinate-txt.md）；不少导出工具写平方米或亩。数值换算后与图形面积一致时，是单位错误而非面积错误，报告换算后的值，免得误报“相差几千倍”。容差同 geom-area-mismatch（配置 geometry.declaredAreaRelative / declaredAreaMinM2 与所填末位的一半）。',
  },
  checkParcel(parcel, analysis, _file, context) {
    const verdict = judgeDeclaredArea(parcel, analysis, context.profile);
    if (verdict.kind !== 'wrong-unit') return [];
    return [
      {
        messageId: 'wrongUnit' as const,
        data: {
          declared: verdict.value,
          unit: verdict.unit,
          convertedHa: shownHectares(verdict.convertedHa),
          computedHa: shownHectares(verdict.computedM2 / 10_000),
          method: verdict.method,
        },
        location: parcelLocation(parcel),
      },
    ];
  },
});
