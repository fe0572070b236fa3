import type { TubanLintDb } from '../db/schema';
import { collectLedger } from './collect-ledger';
import { writeLedgerWorkbook } from './ledger-workbook';

/**
 * The ledger as an .xlsx Blob. The page imports this module dynamically when the user exports,
 * so SheetJS is not part of the first bundle.
 */
export async function exportLedgerWorkbook(db: TubanLintDb): Promise<Blob> {
  const bytes = writeLedgerWorkbook(await collectLedger(db));
  return new Blob([bytes], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}

/** `整改台账-2024-01-31.xlsx` (the local date of the export). */
export function ledgerExportName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `整改台账-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.xlsx`;
}
