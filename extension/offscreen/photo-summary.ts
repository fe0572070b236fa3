import { daysBetween } from '../../shared/calendar/iso-days';
import type { CheckedPhoto } from '../../shared/photo/check-photo';
import type { AnyPhotoRule } from '../../shared/photo/define-photo-rule';
import { directionName, distanceFromPatch } from '../../shared/photo/geodesic-distance';
import { beijingDateOf } from '../../shared/photo/photo-exif';
import { centreOf, type PhotoPatch } from '../../shared/photo/photo-patch';
import type { PhotoChecked, PhotoPatchPayload } from '../messages';

const MAX_TEXT = 2_000;

/** The patch as the photo rules see it, from what the content script read on the form. */
export function photoPatchOf(payload: PhotoPatchPayload): PhotoPatch {
  const centre = centreOf(payload.centerX, payload.centerY);
  return {
    patchId: payload.patchId ?? '',
    centres: centre ? [centre] : [],
    resolved: payload.resolved,
    ...(payload.rectDate !== undefined ? { rectDate: payload.rectDate } : {}),
  };
}

/**
 * One checked photo as the panel shows it: its findings rendered with the rule's title,
 * description and source (the rules live here, in the Worker), and the map-free summary —
 * distance and direction from the patch centre, days from 整改完成时间.
 */
export function summarisePhoto(fileName: string, checked: CheckedPhoto, patch: PhotoPatch, rules: readonly AnyPhotoRule[]): PhotoChecked {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const { takenAt, position } = checked.exif;
  const distance = position ? distanceFromPatch(position, patch.centres, patch.boundary) : undefined;
  return {
    fileName: fileName.slice(0, 260),
    ...(takenAt ? { takenAt: `${takenAt.date} ${takenAt.time}` } : {}),
    ...(distance ? { distanceM: Math.round(distance.metres), direction: directionName(distance.bearing) } : {}),
    ...(takenAt && patch.rectDate !== undefined ? { daysFromRectification: daysBetween(patch.rectDate, beijingDateOf(takenAt)) } : {}),
    findings: checked.findings.slice(0, 10).map((finding) => {
      const rule = byId.get(finding.ruleId);
      return {
        ruleId: finding.ruleId,
        title: (rule?.title ?? '照片问题').slice(0, 40),
        severity: finding.severity,
        messageId: finding.messageId.slice(0, 100),
        message: finding.message.slice(0, MAX_TEXT),
        description: (rule?.description ?? '').slice(0, MAX_TEXT),
        source: rule ? { tag: rule.source.tag, refs: [...rule.source.refs], note: rule.source.note.slice(0, MAX_TEXT) } : { tag: 'inferred' as const, refs: [], note: '' },
      };
    }),
  };
}

