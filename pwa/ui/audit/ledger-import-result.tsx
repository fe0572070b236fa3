import type { LedgerImportJobOutcome } from '../../audit/sheet-job-types';

/** What an import into the 整改台账 did, with the way to the ledger. Figures as on #/ledger (same data-figure names). */
export function LedgerImportResult({ outcome }: { outcome: LedgerImportJobOutcome }) {
  return (
    <div class="import-result" data-import-result role="status">
      已导入整改台账：读取 {outcome.records} 行，新建{' '}
      <span class="figure" data-figure="ledger.import.created">
        {outcome.created}
      </span>{' '}
      项，更新{' '}
      <span class="figure" data-figure="ledger.import.updated">
        {outcome.updated}
      </span>{' '}
      项，无变化{' '}
      <span class="figure" data-figure="ledger.import.unchanged">
        {outcome.unchanged}
      </span>{' '}
      项。
      {outcome.skippedRows.length > 0 && (
        <span class="warning-text">
          {' '}
          第 {outcome.skippedRows.slice(0, 10).join('、')}
          {outcome.skippedRows.length > 10 ? ' 等' : ''} 行判定为违法但没有图斑编号，未导入。
        </span>
      )}{' '}
      <a href="#/ledger">查看整改台账</a>
    </div>
  );
}
