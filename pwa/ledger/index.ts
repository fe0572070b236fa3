// The 整改台账 operations (issue 5): one user action = one function = one transaction.
export { addItemByHand, type HandEntryOptions } from './add-item-by-hand';
export { attachEvidence, photoCountOf, type AttachOptions, type EvidenceInput } from './attach-evidence';
export { CLOSE_RULE_IDS, CLOSE_RULES, closeBlockers, closeEvidenceOf, closeItem, platformPhotoCount, type CloseEvidence, type CloseOptions, type CloseRefusal, type CloseResult } from './close-item';
export { editItem, type EditOptions } from './edit-item';
export { importViolations, type ImportOptions, type ImportOutcome, type ImportRecord } from './import-violations';
export type { Actor, LedgerResult, Refusal } from './ledger-common';
export { moveToAcceptance } from './move-to-acceptance';
export { undoImport, type UndoOutcome } from './undo-import';
export { reopenItem, type ReopenOptions } from './reopen-item';
export { removeEvidence, type RemoveOptions } from './remove-evidence';
export { checkMove, transition, type TransitionOptions } from './transition';
