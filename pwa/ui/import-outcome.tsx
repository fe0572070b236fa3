import type { LedgerImportJobOutcome } from '../audit/sheet-job-types';
import { Figure } from './figure';

/**
 * What an import into the 整改台账 did — the same on #/audit (导入整改台账) and #/ledger: counts as
 * figures (`ledger.import.*`), 违法 rows without a 图斑编号, new 复核 subjects, and 已销号 items the
 * sheet contradicts (left unchanged: reopen one to take the sheet's values).
 */
export function ImportOutcome({ file, outcome, linkToLedger = false }: { readonly file?: string; readonly outcome: LedgerImportJobOutcome; readonly linkToLedger?: boolean }) {
  const skipped = outcome.skippedRows;
  const closedDiffering = outcome.closedDiffering ?? [];
  return (
    <div class="import-result" data-import-result role="status">
      {file !== undefined ? `“${file}”` : ''}已导入整改台账：读取 {outcome.records} 行，新建 <Figure id="ledger.import.created" value={outcome.created} /> 项，更新{' '}
      <Figure id="ledger.import.updated" value={outcome.updated} /> 项，无变化 <Figure id="ledger.import.unchanged" value={outcome.unchanged} /> 项
      {outcome.reviewsAdded !== undefined && outcome.reviewsAdded > 0 && <>，新增定期复核 {outcome.reviewsAdded} 项</>}。
      {skipped.length > 0 && (
        <span class="warning-text">
          {' '}
          第 {skipped.slice(0, 10).join('、')}
          {skipped.length > 10 ? ` 等 ${skipped.length} ` : ' '}行判定为违法但没有图斑编号，未导入。
        </span>
      )}
      {closedDiffering.length > 0 && (
        <span class="warning-text" data-closed-differing>
          {' '}
          <Figure id="ledger.import.closed-differing" value={closedDiffering.length} /> 个已销号图斑在本表中的填报与台账不同（{closedDiffering.slice(0, 10).join('、')}
          {closedDiffering.length > 10 ? ' 等' : ''}），台账未改动：请核实（如复核发现复建，请先重新打开再导入）。
        </span>
      )}
      {linkToLedger && (
        <>
          {' '}
          <a href="#/ledger">查看整改台账</a>
        </>
      )}
    </div>
  );
}
