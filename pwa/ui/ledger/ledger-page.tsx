/** Placeholder: built under issue 5. */
export function LedgerPage(_props: { rest?: string }) {
  return <section class="page"><h1>ledger</h1></section>;
}
