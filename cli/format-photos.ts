import type { CheckedPhoto, PhotoFinding } from '../shared/photo/check-photo';
import { photoRuleTitle } from '../shared/photo/check-photo';
import { formatPhotoTime } from '../shared/photo/photo-exif';
import { SEVERITY_LABEL, SEVERITY_ORDER, type Severity } from '../shared/report/finding';

/** `photos[]` of the JSON output (issue 14): `{file, patchId, takenAt, lat, lon}`, null where unknown. */
export function photoJsonRow(photo: CheckedPhoto): { file: string; patchId: string | null; takenAt: string | null; lat: number | null; lon: number | null } {
  const position = photo.exif.position;
  return {
    file: photo.file,
    patchId: photo.patchId ?? null,
    takenAt: photo.exif.takenAt ? formatPhotoTime(photo.exif.takenAt) : null,
    // 1e-7° ≈ 1 cm: enough for any GPS, and no float artefacts of the DMS → degrees sum.
    lat: position ? Number(position.lat.toFixed(7)) : null,
    lon: position ? Number(position.lon.toFixed(7)) : null,
  };
}

/** `findings[]` of the JSON output: `{ruleId, severity, patchId, file, message}`. */
export function photoFindingJsonRow(f: PhotoFinding): { ruleId: string; severity: Severity; patchId: string | null; file: string; message: string } {
  return { ruleId: f.ruleId, severity: f.severity, patchId: f.patchId ?? null, file: f.file, message: f.message };
}

export interface PhotoRunSummary {
  readonly dir: string;
  readonly sheet: string;
  readonly photos: number;
  readonly matched: number;
  readonly ignoredFiles: number;
  readonly patchesWithBoundary: number;
}

/** Findings listed in the table: the rest is in --format json. */
const TABLE_FINDING_LIMIT = 200;

/** The readable Chinese summary: counts, findings by rule (by title, never by id), then the findings themselves. */
export function formatPhotosTable(summary: PhotoRunSummary, findings: readonly PhotoFinding[]): string {
  const lines: string[] = [];
  lines.push(`照片核对：${summary.dir}（图斑表：${summary.sheet}）`);
  lines.push(`照片 ${summary.photos} 张：对应到表中图斑 ${summary.matched} 张，无对应图斑 ${summary.photos - summary.matched} 张；忽略非照片文件 ${summary.ignoredFiles} 个。`);
  if (summary.patchesWithBoundary > 0) lines.push(`${summary.patchesWithBoundary} 个图斑读到了矢量范围文件，其照片量到范围边界。`);
  const bySeverity = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  lines.push(`问题 ${findings.length} 条：错误 ${bySeverity('error')} 条，警告 ${bySeverity('warning')} 条，提示 ${bySeverity('info')} 条。`);
  if (findings.length === 0) return lines.join('\n');

  const byRule = new Map<string, { severity: Severity; count: number }>();
  for (const f of findings) {
    const entry = byRule.get(f.ruleId) ?? { severity: f.severity, count: 0 };
    entry.count++;
    byRule.set(f.ruleId, entry);
  }
  lines.push('', '按规则：');
  for (const [ruleId, { severity, count }] of [...byRule].sort((a, b) => SEVERITY_ORDER[a[1].severity] - SEVERITY_ORDER[b[1].severity] || b[1].count - a[1].count)) {
    lines.push(`  ${photoRuleTitle(ruleId)}（${SEVERITY_LABEL[severity]}）：${count} 条`);
  }
  lines.push('', '问题清单：');
  for (const f of findings.slice(0, TABLE_FINDING_LIMIT)) {
    lines.push(`  [${SEVERITY_LABEL[f.severity]}] ${photoRuleTitle(f.ruleId)}  ${f.patchId !== undefined ? `图斑 ${f.patchId}  ` : ''}${f.file}：${f.message}`);
  }
  if (findings.length > TABLE_FINDING_LIMIT) lines.push(`  ……其余 ${findings.length - TABLE_FINDING_LIMIT} 条见 --format json`);
  return lines.join('\n');
}
