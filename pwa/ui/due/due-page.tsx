/** Placeholder: built under issue 5. */
export function DuePage(_props: { rest?: string }) {
  return <section class="page"><h1>due</h1></section>;
}
