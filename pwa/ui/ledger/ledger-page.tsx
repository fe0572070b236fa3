import { LedgerDetailPage } from './ledger-detail-page';
import { LedgerListPage } from './ledger-list-page';

/** `#/ledger` (the list) and `#/ledger/<itemId>` (one item). */
export function LedgerPage({ rest = '' }: { readonly rest?: string }) {
  if (rest === '') return <LedgerListPage />;
  const itemId = Number(rest);
  if (!Number.isInteger(itemId) || itemId <= 0) {
    return (
      <section class="page">
        <p role="alert">地址中的台账条目编号“{rest}”无效。</p>
        <a href="#/ledger">返回整改台账</a>
      </section>
    );
  }
  return <LedgerDetailPage key={itemId} itemId={itemId} />;
}
