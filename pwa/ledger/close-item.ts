import { localDateOf } from '../../shared/calendar/iso-days';
import { AuditRun } from '../../shared/engine/run-rules';
import type { IsoDate } from '../../shared/model/dates';
import type { FieldId } from '../../shared/model/field-dictionary';
import { buildRecord } from '../../shared/model/patch-record';
import type { Profile } from '../../shared/profiles/profile-schema';
import { RECORD_RULES } from '../../shared/rules';
import { measureIs } from '../../shared/rules/readings';
import type { AnyRule } from '../../shared/rules/define-rule';
import type { BlockingFinding, FiledValues, PhotoFindingRecord, TubanLintDb } from '../db/schema';
import fineCollectedBeforeClose from './fine-collected-before-close';
import { startReclaimReview } from './review-subjects';
import { appendEvent, isRefusal, ledgerTables, loadItem, refuse, type Actor, type Refusal } from './ledger-common';
import { ruleTitle } from '../../shared/report/rule-titles';

/**
 * The rectification rules 销号 runs (reports-and-ledger.md, 销号: photos for 拆除/复耕/毁闭, 文号 +
 * 批准时间 for 补办手续, 罚款 collected where fined; 验收 of 拆除复耕 needs a 到位证明, S4).
 */
export const CLOSE_RULE_IDS = ['fine-collected-before-close', 'fine-overcollected', 'photo-required-for-demolition', 'procedures-approval-required', 'reclaim-certificate-required', 'resolved-measure-required'] as const;

/**
 * Rules that block 销号 whatever their catalogue severity: reclaim-certificate-required is `info` in
 * an audit (the city issues the 证明 later), but 验收 of 拆除复耕 requires it (S4 四(二)).
 */
const ALWAYS_BLOCKING: ReadonlySet<string> = new Set(['reclaim-certificate-required']);

/** Checks that only 销号 runs (not catalogue rules: an audited sheet may rightly show them unmet). */
const CLOSE_ONLY_RULES: readonly AnyRule[] = [fineCollectedBeforeClose as AnyRule];

export const CLOSE_RULES: readonly AnyRule[] = [...RECORD_RULES, ...CLOSE_ONLY_RULES].filter((r) => (CLOSE_RULE_IDS as readonly string[]).includes(r.id));

export interface CloseOptions extends Actor {
  readonly profile: Profile;
  readonly asOf: IsoDate;
  readonly reason?: string;
  /** Photo findings the user confirmed (close-checking-photos.ts), recorded with the 销号. */
  readonly confirmedPhotoFindings?: readonly PhotoFindingRecord[];
}

export interface CloseRefusal extends Refusal {
  /** The findings that block 销号 (code `rules-block`): rule ids and data, never rendered text. */
  readonly blocking?: readonly BlockingFinding[];
}

export type CloseResult =
  | {
      readonly ok: true;
      readonly checkedRules: readonly string[];
      readonly photoCount: number;
      readonly platformPhotos: number;
      readonly certificateDocument?: string;
    }
  | CloseRefusal;

/** The evidence 销号 counts for an item. */
export interface CloseEvidence {
  /** Photos held in the ledger (removed ones do not count). */
  readonly heldPhotos: number;
  /** Photos already filed on the platform: the sheet's 照片数 (0 when blank or unreadable). */
  readonly platformPhotos: number;
  /** Name of a held document of type 到位证明, if any. */
  readonly certificateDocument?: string;
}

/** The sheet's 照片数 as a count: a whole number ≥ 0, else 0 (a blank or garbled cell proves no photo). */
export function platformPhotoCount(values: FiledValues): number {
  const value = buildRecord({ photoCount: values.photoCount }).values.photoCount;
  return value?.kind === 'number' && Number.isInteger(value.value) && value.value > 0 ? value.value : 0;
}

/** The evidence of one item 销号 relies on (inside or outside a transaction). */
export async function closeEvidenceOf(db: TubanLintDb, itemId: number, values: FiledValues): Promise<CloseEvidence> {
  const held = await db.evidence.where('itemId').equals(itemId).toArray();
  const present = held.filter((e) => e.removedAt === undefined);
  const certificate = present.find((e) => e.kind === 'document' && e.docType === '到位证明');
  return {
    heldPhotos: present.filter((e) => e.kind === 'photo').length,
    platformPhotos: platformPhotoCount(values),
    ...(certificate ? { certificateDocument: certificate.name } : {}),
  };
}

/**
 * The findings of the rectification rules that block 销号 for one item's filed values, with 照片数
 * the photos held in the ledger plus those the platform already has (the sheet's 照片数), and a
 * held 到位证明 document standing for an unfiled 拆除复耕到位证明 number. Every rule field is present: the ledger holds the whole
 * item, so an empty field is empty, not a missing column (a rule never passes for lack of a column).
 */
export function closeBlockers(values: FiledValues, evidence: CloseEvidence, options: { readonly profile: Profile; readonly asOf: IsoDate }): BlockingFinding[] {
  const present = new Set<FieldId>(CLOSE_RULES.flatMap((r) => [...r.fields, ...(r.optionalFields ?? []), ...(r.requiresAnyOf ?? [])]));
  const photoCount = evidence.heldPhotos + evidence.platformPhotos;
  const certificate = values.reclaimCertNo ?? (evidence.certificateDocument !== undefined ? `到位证明：${evidence.certificateDocument}` : undefined);
  const record = buildRecord({ ...values, photoCount: String(photoCount), ...(certificate !== undefined ? { reclaimCertNo: certificate } : {}) }, { present, defaultAreaUnit: options.profile.areaUnit });
  const run = new AuditRun(CLOSE_RULES, {
    profile: options.profile,
    asOf: options.asOf,
  });
  return run
    .check(record)
    .filter((f) => f.severity === 'error' || ALWAYS_BLOCKING.has(f.ruleId))
    .map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      messageId: f.messageId,
      fields: f.fields,
      data: f.data,
    }));
}

/**
 * 销号: only from 待验收 (验收 comes first), only when the filing says the violation is resolved
 * (是否消除违法状态 = 是), and only when no rectification rule blocks it. A refusal lists the blocking
 * rule ids and data and changes nothing.
 */
export async function closeItem(db: TubanLintDb, itemId: number, options: CloseOptions): Promise<CloseResult> {
  return db.transaction('rw', ledgerTables(db), async (): Promise<CloseResult> => {
    const item = await loadItem(db, itemId);
    if (isRefusal(item)) return item;
    if (item.state === '已销号') return refuse('already-closed', '该图斑已销号。');
    if (item.state !== '待验收') return refuse('not-accepted', `该图斑处于“${item.state}”状态：须整改完成、进入待验收并通过验收后才能销号。`);
    const resolved = buildRecord({ rectResolved: item.values.rectResolved }).values.rectResolved;
    if (resolved?.kind !== 'yesno' || !resolved.yes) return refuse('not-resolved', '“是否消除违法状态”未填为“是”，不能销号。');
    const evidence = await closeEvidenceOf(db, itemId, item.values);
    const photoCount = evidence.heldPhotos + evidence.platformPhotos;
    const blocking = closeBlockers(item.values, evidence, options);
    if (blocking.length > 0) {
      // Users read rules by their titles (issue 11); the ids stay in `blocking` for the page's 说明.
      const titles = [...new Set(blocking.map((b) => ruleTitle(b.ruleId)))].join('、');
      return {
        ok: false,
        code: 'rules-block',
        reason: `整改校核未通过（${titles}），不能销号。`,
        blocking,
      };
    }
    const checkedRules = CLOSE_RULES.filter((r) => options.profile.rules[r.id] !== 'off').map((r) => r.id);
    await db.items.update(itemId, { state: '已销号', updatedAt: options.at });
    // A closed 拆除复耕 item is re-checked for 复建 on a cycle (S4): its 复核 starts at the 销号.
    if (measureIs(buildRecord({ rectMeasure: item.values.rectMeasure }), 'demolition', options.profile)) await startReclaimReview(db, itemId, item.patchId, item.values, localDateOf(options.at));
    await appendEvent(
      db,
      itemId,
      options,
      {
        kind: 'closed',
        from: item.state,
        photoCount,
        ...(evidence.platformPhotos > 0 ? { platformPhotos: evidence.platformPhotos } : {}),
        ...(item.values.reclaimCertNo === undefined && evidence.certificateDocument !== undefined ? { certificateDocument: evidence.certificateDocument } : {}),
        checkedRules,
        profileId: options.profile.id,
        asOf: options.asOf,
        ...(options.confirmedPhotoFindings && options.confirmedPhotoFindings.length > 0 ? { confirmedPhotoFindings: options.confirmedPhotoFindings } : {}),
      },
      options.reason,
    );
    return { ok: true, checkedRules, photoCount, platformPhotos: evidence.platformPhotos, ...(evidence.certificateDocument !== undefined ? { certificateDocument: evidence.certificateDocument } : {}) };
  });
}
