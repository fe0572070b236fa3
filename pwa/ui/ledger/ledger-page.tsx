import { ItemPrintPage } from './item-print-page';
import { LedgerDetailPage } from './ledger-detail-page';
import { LedgerListPage } from './ledger-list-page';
import { LedgerPrintPage } from './ledger-print-page';

/** `#/ledger` (the list), `#/ledger/print` (the 台账 on paper), `#/ledger/<itemId>` (one item) and `#/ledger/<itemId>/print` (its 销号审批表). */
export function LedgerPage({ rest = '' }: { readonly rest?: string }) {
  if (rest === '') return <LedgerListPage />;
  if (rest === 'print' || rest.startsWith('print?')) return <LedgerPrintPage query={rest.slice('print?'.length)} />;
  const itemPrint = /^(\d+)\/print$/u.exec(rest);
  if (itemPrint) return <ItemPrintPage key={itemPrint[1]} itemId={Number(itemPrint[1])} />;
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
