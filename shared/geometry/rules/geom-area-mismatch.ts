import type { ParcelAnalysis } from "../analysis";
import { ELLIPSOIDAL_METHOD, hasMeaningfulArea, judgeDeclaredArea } from "../declared-area";
import {
  defineGeometryRule,
  type GeometryReport,
} from "../define-geometry-rule";
import { roundTo } from "../format-numbers";
import { parcelLocation } from "../locate";
import { isArea, type CoordinateFile, type GeometryLocation, type Parcel } from "../model";

type MessageId = "declaredArea" | "expectedArea";

const FIELD_LABEL = {
  violationArea: "违法面积",
  areaMonitored: "监测面积",
} as const;

/** Where a file-level comparison is shown: the parcel itself when the file holds one, else the first parcel's line and point without claiming a parcel. */
function fileLocation(file: CoordinateFile): GeometryLocation {
  const first = file.parcels[0];
  if (!first) return {};
  const location = parcelLocation(first);
  if (file.parcels.length === 1) return location;
  const { parcel: _parcel, parcelId: _id, ...rest } = location;
  return rest;
}

export default defineGeometryRule<MessageId>({
  id: "geom-area-mismatch",
  title: '矢量面积不符',
  severity: "warning",
  description:
    "平面面积与文件自填的地块面积之差超过 max(相对容差 × 面积, 最小容差, 所填面积末位的一半)；或全部地块的椭球面积之和与表单的违法面积（无则监测面积）之差超过配置的面积容差。图形无效（自相交、点数不足等）的地块不比较面积。",
  messages: {
    declaredArea:
      "按界址点算得的面积 {computedHa:公顷} 与文件中所填地块面积 {declaredHa:公顷} 相差 {differenceM2:平方米}，超过允许误差 {toleranceM2:平方米}：请核对地块面积或界址点坐标。",
    expectedArea:
      "坐标文件 {parcelCount} 个地块的面积合计 {computedHa:表单面积}，比表单{fieldLabel} {expectedHa:表单面积} {differencePercent:多少}，超过允许误差 {tolerancePercent:百分比}：请核对{fieldLabel}或坐标文件。",
  },
  source: {
    tag: "sourced",
    refs: ["S1"],
    note: "TXT 的地块面积是高斯-克吕格平面面积（公顷），故与平面面积比较；国土调查规定图斑面积为 CGCS2000 椭球面积，故表单面积与椭球面积比较（rules.md）。容差取配置 geometry.declaredAreaRelative / declaredAreaMinM2 与 areaTolerance.relative（推断值，可按省调整）。",
  },
  checkParcel(
    parcel: Parcel,
    analysis: ParcelAnalysis,
    _file,
    context,
  ): readonly GeometryReport<MessageId>[] {
    // A value right in square metres or 亩 is geom-area-unit's finding, not a mismatch.
    const verdict = judgeDeclaredArea(parcel, analysis, context.profile);
    if (verdict.kind !== "mismatch") return [];
    const difference = verdict.computedM2 - verdict.declaredM2;
    return [
      {
        messageId: "declaredArea",
        data: {
          method: verdict.method,
          computedHa: roundTo(verdict.computedM2 / 10_000, 6),
          declaredHa: roundTo(verdict.declaredM2 / 10_000, 10),
          differenceM2: roundTo(difference, 2),
          toleranceM2: roundTo(verdict.tolerance.m2, 3),
          toleranceRule: verdict.tolerance.rule,
        },
        location: parcelLocation(parcel),
      },
    ];
  },
  checkFile(file, context, analyses): readonly GeometryReport<MessageId>[] {
    const expected = context.expectedArea;
    // 线 and 点 records are geom-not-area's: the total is that of the boundaries.
    const areas = file.parcels.flatMap((parcel, i) => {
      const analysis = analyses[i];
      return isArea(parcel) ? [{ parcel, analysis }] : [];
    });
    if (!expected || !(expected.hectares > 0) || areas.length === 0) return [];
    if (areas.some(({ parcel, analysis }) => !analysis || !hasMeaningfulArea(parcel, analysis))) return [];
    let totalM2 = 0;
    for (const { analysis } of areas) {
      // Without a CRS there is no ellipsoidal area; comparing a partial sum would mislead.
      if (
        !analysis ||
        analysis.ellipsoidalAreaM2 === undefined ||
        !Number.isFinite(analysis.ellipsoidalAreaM2)
      )
        return [];
      totalM2 += analysis.ellipsoidalAreaM2;
    }
    const expectedM2 = expected.hectares * 10_000;
    const relative = (totalM2 - expectedM2) / expectedM2;
    const tolerance = context.profile.areaTolerance.relative;
    if (Math.abs(relative) <= tolerance) return [];
    return [
      {
        messageId: "expectedArea",
        data: {
          method: ELLIPSOIDAL_METHOD,
          computedHa: roundTo(totalM2 / 10_000, 6),
          parcelCount: areas.length,
          field: expected.field,
          fieldLabel: FIELD_LABEL[expected.field],
          expectedHa: expected.hectares,
          differencePercent: roundTo(relative * 100, 3),
          tolerancePercent: roundTo(tolerance * 100, 4),
        },
        location: fileLocation(file),
      },
    ];
  },
});
