/** Placeholder: built under issue 5. */
export function AuditPage(_props: { rest?: string }) {
  return <section class="page"><h1>audit</h1></section>;
}
