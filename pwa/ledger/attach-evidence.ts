import type { DocumentType, EvidenceKind, EvidenceRow, TubanLintDb } from '../db/schema';
import { appendEvent, assignedId, isRefusal, ledgerTables, loadItem, refuse, type Actor, type LedgerResult } from './ledger-common';

export interface EvidenceInput {
  readonly kind: EvidenceKind;
  readonly name: string;
  readonly blob: Blob;
  /** Documents: what the document is (到位证明 counts at 销号). */
  readonly docType?: DocumentType;
}

export interface AttachOptions extends Actor {
  readonly reason?: string;
}

/** Stores a photo or document for an item, with its metadata, and records it in the history. */
export async function attachEvidence(db: TubanLintDb, itemId: number, input: EvidenceInput, options: AttachOptions): Promise<LedgerResult<{ evidenceId: number }>> {
  const name = input.name.trim();
  if (name === '') return refuse('name-required', '证明材料须有文件名。');
  return db.transaction('rw', ledgerTables(db), async () => {
    const item = await loadItem(db, itemId);
    if (isRefusal(item)) return item;
    const row: EvidenceRow = {
      itemId,
      kind: input.kind,
      name,
      type: input.blob.type,
      size: input.blob.size,
      addedAt: options.at,
      addedBy: options.who,
      ...(input.kind === 'document' && input.docType !== undefined ? { docType: input.docType } : {}),
      blob: input.blob,
    };
    const evidenceId = assignedId(await db.evidence.add(row));
    await appendEvent(db, itemId, options, { kind: 'evidence-added', evidenceId, evidenceKind: input.kind, name }, options.reason);
    return { ok: true as const, evidenceId };
  });
}

/** Photos of an item still held (removed ones do not count): the 照片数 the 销号 check reads. */
export async function photoCountOf(db: TubanLintDb, itemId: number): Promise<number> {
  return db.evidence
    .where('[itemId+kind]')
    .equals([itemId, 'photo'])
    .filter((e) => e.removedAt === undefined)
    .count();
}
