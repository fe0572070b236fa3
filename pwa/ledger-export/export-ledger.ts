import type { TubanLintDb } from '../db/schema';
import { collectLedger } from './collect-ledger';
import { writeLedgerWorkbook, type LedgerSplit } from './ledger-workbook';

/**
 * The ledger as an .xlsx Blob. The page imports this module dynamically when the user exports,
 * so SheetJS is not part of the first bundle.
 */
export async function exportLedgerWorkbook(db: TubanLintDb, split: LedgerSplit = 'none'): Promise<Blob> {
  const bytes = writeLedgerWorkbook(await collectLedger(db), split);
  return new Blob([bytes], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}

/** `整改台账-2024-01-31.xlsx` (the local date of the export). */
export function ledgerExportName(now: Date, split: LedgerSplit = 'none'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const by = split === 'town' ? '按乡镇-' : split === 'unit' ? '按责任单位-' : '';
  return `整改台账-${by}${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.xlsx`;
}
