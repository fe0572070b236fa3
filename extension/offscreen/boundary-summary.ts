import type { GeometryCheckResult } from '../../shared/geometry/check-coordinate-file';
import type { AnyGeometryRule } from '../../shared/geometry/define-geometry-rule';
import type { GeometryLocation } from '../../shared/geometry/model';
import type { AreaUnit } from '../../shared/model/areas';
import { renderTemplate } from '../../shared/report/render-message';
import type { BoundaryCheck } from '../messages';

/** At most this many findings travel back (a broken file can produce thousands; the panel shows the first). */
export const MAX_BOUNDARY_FINDINGS = 200;
const MAX_TEXT = 2_000;

/** Where in the file, as the user reads it: `第 1 个地块（J1）第 2 圈 第 3 点，第 12 行`. */
export function describeLocation(location: GeometryLocation): string {
  const parts: string[] = [];
  if (location.parcel !== undefined) parts.push(`第 ${location.parcel} 个地块${location.parcelId ? `（${location.parcelId}）` : ''}`);
  if (location.ring !== undefined) parts.push(`第 ${location.ring} 圈`);
  if (location.point !== undefined) parts.push(`第 ${location.point} 点${location.pointName ? `（${location.pointName}）` : ''}`);
  const where = parts.join(' ');
  const line = location.line !== undefined && location.line > 0 ? `第 ${location.line} 行` : '';
  return [where, line].filter((p) => p !== '').join('，').slice(0, 200);
}

/**
 * The part of a geometry check the panel shows, as JSON: findings rendered with their rule's
 * description and source (the rule catalogue lives here, in the Worker, not in the content script).
 * Messages are rendered as the extension writes them: dates as 2023年5月6日, the form's area in
 * the units the form filed it in (`shownUnits`).
 */
export function summariseBoundaryCheck(result: GeometryCheckResult, rules: readonly AnyGeometryRule[], shownUnits: readonly AreaUnit[] = ['ha']): BoundaryCheck {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const areas = result.parcels.map((p) => p.ellipsoidalAreaHa ?? p.planarAreaHa).filter((a) => Number.isFinite(a));
  return {
    fileName: result.fileName.slice(0, 260),
    format: result.format,
    readable: result.readable,
    parcels: result.parcels.length,
    ...(areas.length > 0 ? { areaHa: areas.reduce((sum, a) => sum + a, 0) } : {}),
    findings: result.findings.slice(0, MAX_BOUNDARY_FINDINGS).map((finding) => {
      const rule = byId.get(finding.ruleId);
      const template = (rule?.messages as Readonly<Record<string, string>> | undefined)?.[finding.messageId];
      const message = template !== undefined ? renderTemplate(template, finding.data, { areaUnits: shownUnits, dateStyle: 'chinese' }) : finding.message;
      return {
        ruleId: finding.ruleId,
        title: (rule?.title ?? '矢量范围问题').slice(0, 40),
        severity: finding.severity,
        messageId: finding.messageId.slice(0, 100),
        message: message.slice(0, MAX_TEXT),
        description: (rule?.description ?? '').slice(0, MAX_TEXT),
        source: rule ? { tag: rule.source.tag, refs: [...rule.source.refs], note: rule.source.note.slice(0, MAX_TEXT) } : { tag: 'inferred' as const, refs: [], note: '' },
        where: describeLocation(finding.location),
      };
    }),
  };
}
