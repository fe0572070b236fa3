import type { Profile } from '../profiles/profile-schema';
import type { MessageData, Severity } from '../report/finding';
import type { RuleSource } from '../rules/define-rule';
import type { PhotoExif } from './photo-exif';
import type { PhotoPatch } from './photo-patch';

/** One photo as the rules see it: its file (relative path or name) and what its EXIF says. */
export interface PhotoUnderCheck {
  readonly file: string;
  readonly exif: PhotoExif;
}

export interface PhotoRuleContext {
  readonly profile: Profile;
}

export interface PhotoReport<M extends string = string> {
  readonly messageId: M;
  readonly data?: MessageData;
}

/**
 * A photo rule (rules.md, "Photo evidence"): metadata like the record and geometry rules (id =
 * file name = catalogue id, a Chinese title users see instead of the id, severity, messages,
 * source) and a pure check of one photo against the patch it belongs to — undefined when it
 * belongs to no patch of the sheet (photo-unmatched).
 */
export interface PhotoRuleDefinition<M extends string = string> {
  readonly id: string;
  /** ≤ 12 characters, unique across all rules (issue 10). */
  readonly title: string;
  readonly severity: Severity;
  readonly description: string;
  readonly messages: Readonly<Record<M, string>>;
  readonly source: RuleSource;
  check(photo: PhotoUnderCheck, patch: PhotoPatch | undefined, context: PhotoRuleContext): readonly PhotoReport<M>[];
}

export type AnyPhotoRule = PhotoRuleDefinition<string>;

export function definePhotoRule<M extends string>(rule: PhotoRuleDefinition<M>): PhotoRuleDefinition<M> {
  return rule;
}
