/**
 * Which rows of a long list a scrolled viewport shows: only those (and a few either side, so a
 * quick scroll does not flash blank) are put in the DOM. Rows have one fixed height.
 */
export interface VirtualWindow {
  /** First row drawn (0-based). */
  readonly first: number;
  /** One past the last row drawn. */
  readonly end: number;
  /** Distance from the list's top to the first row drawn, px. */
  readonly offsetTop: number;
  /** Height of the whole list, px (the scrollbar's extent). */
  readonly totalHeight: number;
}

export interface WindowInput {
  readonly scrollTop: number;
  readonly viewportHeight: number;
  readonly rowHeight: number;
  readonly count: number;
  /** Rows drawn beyond each edge of the viewport. */
  readonly overscan: number;
}

export function virtualWindow({ scrollTop, viewportHeight, rowHeight, count, overscan }: WindowInput): VirtualWindow {
  const totalHeight = count * rowHeight;
  if (count === 0 || rowHeight <= 0) return { first: 0, end: 0, offsetTop: 0, totalHeight: Math.max(0, totalHeight) };
  // A list that shrank under a scrolled viewport: clamp to what exists.
  const top = Math.min(Math.max(0, scrollTop), Math.max(0, totalHeight - viewportHeight));
  const firstVisible = Math.floor(top / rowHeight);
  const lastVisible = Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight);
  const first = Math.max(0, firstVisible - overscan);
  const end = Math.min(count, Math.max(lastVisible, firstVisible + 1) + overscan);
  return { first, end, offsetTop: first * rowHeight, totalHeight };
}
