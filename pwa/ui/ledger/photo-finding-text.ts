import type { PhotoFindingRecord } from '../../db/schema';
import { PHOTO_RULES } from '../../../shared/photo/rules';
import { renderTemplate } from '../../../shared/report/render-message';

/** A photo finding as shown: the rule's Chinese title (never its id) and its message, rendered from ids and data. */
export interface PhotoFindingText {
  readonly evidenceId: number;
  readonly name: string;
  readonly ruleId: string;
  readonly title: string;
  readonly message: string;
}

export function photoFindingText(finding: PhotoFindingRecord): PhotoFindingText {
  const rule = PHOTO_RULES.find((r) => r.id === finding.ruleId);
  const template = rule?.messages[finding.messageId];
  return {
    evidenceId: finding.evidenceId,
    name: finding.name,
    ruleId: finding.ruleId,
    title: rule?.title ?? '照片问题',
    message: template === undefined ? '' : renderTemplate(template, finding.data),
  };
}
