/** Placeholder: built under issue 5. */
export function BackupPage(_props: { rest?: string }) {
  return <section class="page"><h1>backup</h1></section>;
}
