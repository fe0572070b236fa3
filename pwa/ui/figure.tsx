/** A figure for people and tests: the text is the bare number (issue 5 item 7); no `data-figure` until known. */
export function Figure({ id, value }: { readonly id: string; readonly value: number | undefined }) {
  if (value === undefined) return <span class="figure muted">…</span>;
  return (
    <span class="figure" data-figure={id}>
      {value}
    </span>
  );
}
