/**
 * Runs the photo rules over one photo: findings as data, each with its zh-CN message rendered
 * from the rule's template. Severity comes from the profile (`rules[id]`, or 'off'), else the
 * rule's default — as for record and geometry rules.
 */
import type { MessageData, Severity } from '../report/finding';
import { renderTemplate } from '../report/render-message';
import type { AnyPhotoRule, PhotoRuleContext, PhotoUnderCheck } from './define-photo-rule';
import { readPhotoExif, type PhotoExif } from './photo-exif';
import type { PhotoPatch } from './photo-patch';
import { PHOTO_RULES } from './rules';

export interface PhotoFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly data: MessageData;
  readonly message: string;
  readonly file: string;
  /** The patch the photo belongs to; absent for photo-unmatched. */
  readonly patchId?: string;
}

export function checkPhoto(photo: PhotoUnderCheck, patch: PhotoPatch | undefined, context: PhotoRuleContext, rules: readonly AnyPhotoRule[] = PHOTO_RULES): PhotoFinding[] {
  const findings: PhotoFinding[] = [];
  for (const rule of rules) {
    const severity = context.profile.rules[rule.id] ?? rule.severity;
    if (severity === 'off') continue;
    for (const report of rule.check(photo, patch, context)) {
      const data = report.data ?? {};
      const template = rule.messages[report.messageId] ?? report.messageId;
      findings.push({ ruleId: rule.id, severity, messageId: report.messageId, data, message: renderTemplate(template, data), file: photo.file, ...(patch ? { patchId: patch.patchId } : {}) });
    }
  }
  return findings;
}

/** The Chinese title of a photo rule, for lists that show rules by name (never by id). */
export function photoRuleTitle(ruleId: string): string {
  return PHOTO_RULES.find((r) => r.id === ruleId)?.title ?? ruleId;
}

/** One photo checked: what its EXIF says and what the rules found. */
export interface CheckedPhoto {
  readonly file: string;
  readonly patchId?: string;
  readonly exif: PhotoExif;
  readonly findings: readonly PhotoFinding[];
}

/** Reads a photo's EXIF and checks it against its patch (undefined: it belongs to none). Never throws on bad bytes. */
export async function checkPhotoBytes(file: string, bytes: Uint8Array, patch: PhotoPatch | undefined, context: PhotoRuleContext): Promise<CheckedPhoto> {
  const exif = await readPhotoExif(bytes);
  return { file, ...(patch ? { patchId: patch.patchId } : {}), exif, findings: checkPhoto({ file, exif }, patch, context) };
}
