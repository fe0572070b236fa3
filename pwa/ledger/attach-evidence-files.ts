import type { TubanLintDb } from '../db/schema';
import { attachEvidence, type AttachOptions, type EvidenceInput } from './attach-evidence';
import { ledgerTables, refuse, type LedgerResult } from './ledger-common';

/**
 * Attaches several photos or documents picked together (one user action) in one transaction:
 * all of them are stored, or — when one is refused — none.
 */
export async function attachEvidenceFiles(db: TubanLintDb, itemId: number, inputs: readonly EvidenceInput[], options: AttachOptions): Promise<LedgerResult<{ evidenceIds: readonly number[] }>> {
  if (inputs.length === 0) return refuse('no-files', '没有选择文件。');
  try {
    return await db.transaction('rw', ledgerTables(db), async () => {
      const evidenceIds: number[] = [];
      for (const input of inputs) {
        const result = await attachEvidence(db, itemId, input, options);
        // Throwing aborts the transaction, so the files already added in it are rolled back too.
        if (!result.ok) throw new RefusedAttachment(result.code, result.reason);
        evidenceIds.push(result.evidenceId);
      }
      return { ok: true as const, evidenceIds };
    });
  } catch (error) {
    if (error instanceof RefusedAttachment) return refuse(error.code, error.message);
    throw error;
  }
}

class RefusedAttachment extends Error {
  constructor(
    readonly code: string,
    reason: string,
  ) {
    super(reason);
  }
}
