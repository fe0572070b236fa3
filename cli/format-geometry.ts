import type { GeometryCheckResult } from '../shared/geometry/check-coordinate-file';
import type { GeometryLocation } from '../shared/geometry/model';
import { SEVERITY_LABEL } from '../shared/report/finding';
import { ruleTitle } from '../shared/report/rule-titles';

/**
 * The stable JSON of `geom --format json` (issue 3): parcels as {id, name, rings, parts,
 * declaredAreaHa, planarAreaHa, ellipsoidalAreaHa, crs} (`rings` counts every ring, `parts` the
 * outer rings of a multi-part parcel; `shape` only for a 线 or 点 record) and findings as {ruleId, severity, location: {parcel,
 * ring, point, line}, message}; besides, the file, a summary, each finding's messageId and data,
 * and the location's coordinates as filed (x, y) with 编号 and 点号 where known.
 */
export function formatGeometryJson(result: GeometryCheckResult): string {
  return JSON.stringify(
    {
      file: result.fileName,
      format: result.format,
      encoding: result.encoding ?? null,
      summary: result.summary,
      parcels: result.parcels.map((p) => ({
        index: p.index,
        id: p.id,
        name: p.name,
        rings: p.rings,
        parts: p.parts,
        ...(p.shape !== undefined ? { shape: p.shape } : {}),
        points: p.points,
        declaredAreaHa: p.declaredAreaHa ?? null,
        planarAreaHa: p.planarAreaHa,
        ellipsoidalAreaHa: p.ellipsoidalAreaHa ?? null,
        crs: p.crs ?? null,
      })),
      findings: result.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        location: {
          parcel: f.location.parcel ?? null,
          ring: f.location.ring ?? null,
          point: f.location.point ?? null,
          line: f.location.line ?? null,
          ...(f.location.parcelId !== undefined ? { parcelId: f.location.parcelId } : {}),
          ...(f.location.pointName !== undefined ? { pointName: f.location.pointName } : {}),
          ...(f.location.x !== undefined && f.location.y !== undefined ? { x: f.location.x, y: f.location.y } : {}),
        },
        message: f.message,
        messageId: f.messageId,
        data: f.data,
      })),
    },
    null,
    2,
  );
}

const DETAIL_LIMIT = 60;
/** CGCS2000 longitude/latitude: a "planar" area in square degrees means nothing, the ellipsoidal one is the area. */
const GEOGRAPHIC_EPSG = 4490;

/** Where, as the user reads it: 第 1 个地块（编号 …）第 2 圈 第 3 点 J3，第 17 行 — the line left out when the message already names it. */
function describeLocation(l: GeometryLocation, message: string): string {
  const parts: string[] = [];
  if (l.parcel !== undefined) parts.push(`第 ${l.parcel} 个地块${l.parcelId ? `（${l.parcelId}）` : ''}`);
  if (l.ring !== undefined) parts.push(`第 ${l.ring} 圈`);
  if (l.point !== undefined) parts.push(`第 ${l.point} 点${l.pointName ? ` ${l.pointName}` : ''}`);
  if (l.line !== undefined && !message.includes(`第 ${l.line} 行`)) parts.push(`第 ${l.line} 行`);
  return parts.length > 0 ? parts.join(' ') : l.line !== undefined ? '' : '整个文件';
}

function hectares(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(4);
}

/** The readable Chinese summary of `geom --format table` (the default). */
export function formatGeometryTable(result: GeometryCheckResult): string {
  const s = result.summary;
  const lines: string[] = [];
  lines.push('图斑校核 — 矢量范围检查');
  const format = { txt: '界址点坐标 TXT', shapefile: 'Shapefile', geojson: 'GeoJSON' }[result.format];
  lines.push(`文件：${result.fileName}（${format}${result.encoding ? `，编码 ${result.encoding.toUpperCase()}` : ''}）`);
  lines.push(`地块：${s.parcels}    问题：错误 ${s.findings.error} · 警告 ${s.findings.warning} · 提示 ${s.findings.info}`);
  if (result.parcels.length > 0) {
    lines.push('', '地块（面积单位：公顷；平面面积为高斯-克吕格投影面积，椭球面积为 CGCS2000 椭球面积）：');
    lines.push('  序号  编号  部件数  圈数  点数  填报面积  平面面积  椭球面积  坐标系');
    for (const p of result.parcels.slice(0, DETAIL_LIMIT)) {
      lines.push(`  ${p.index}  ${p.id || '—'}  ${p.shape ?? p.parts}  ${p.rings}  ${p.points}  ${hectares(p.declaredAreaHa)}  ${p.crs?.epsg === GEOGRAPHIC_EPSG ? '—' : hectares(p.planarAreaHa)}  ${hectares(p.ellipsoidalAreaHa)}  ${p.crs?.label ?? '未能确定'}`);
    }
    if (result.parcels.length > DETAIL_LIMIT) lines.push(`  …… 共 ${result.parcels.length} 个地块（完整清单请用 --format json）`);
  }
  if (result.findings.length > 0) {
    lines.push('', `问题明细${result.findings.length > DETAIL_LIMIT ? `（前 ${DETAIL_LIMIT} 条；完整清单请用 --format json）` : ''}：`);
    for (const f of result.findings.slice(0, DETAIL_LIMIT)) {
      const where = describeLocation(f.location, f.message);
      lines.push(`  ${SEVERITY_LABEL[f.severity]}  ${ruleTitle(f.ruleId)}  ${where ? `${where}：` : ''}${f.message}`);
    }
  } else {
    lines.push('', '未发现问题。');
  }
  return lines.join('\n');
}
