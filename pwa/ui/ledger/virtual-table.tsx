import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { virtualWindow } from '../audit/virtual-window';

export interface VirtualTableProps {
  readonly count: number;
  /** Fixed row height, px (CSS must give rows this height). */
  readonly rowHeight: number;
  readonly header: ComponentChildren;
  /** Row `index` (0-based); only rows in or near the viewport are asked for. */
  readonly renderRow: (index: number) => ComponentChildren;
  /** Told which rows are drawn, so a caller can fetch them when they are not in memory. */
  readonly onWindow?: (first: number, end: number) => void;
  readonly label: string;
  /** Scrolls back to the top when this changes (a new filter). */
  readonly resetKey?: string;
}

const OVERSCAN = 8;

/**
 * A table with one fixed row height whose body holds only the rows in view (plus a few): a
 * 100,000-item ledger puts ~40 rows in the DOM. ARIA table roles keep it a table to assistive tech.
 */
export function VirtualTable({ count, rowHeight, header, renderRow, onWindow, label, resetKey }: VirtualTableProps) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 600 });

  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const measure = () => setScroll({ top: el.scrollTop, height: el.clientHeight });
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    const resize = new ResizeObserver(measure);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', measure);
      resize.disconnect();
    };
  }, []);

  useLayoutEffect(() => {
    if (viewport.current) viewport.current.scrollTop = 0;
  }, [resetKey]);

  const win = virtualWindow({
    scrollTop: scroll.top,
    viewportHeight: scroll.height,
    rowHeight,
    count,
    overscan: OVERSCAN,
  });
  useLayoutEffect(() => onWindow?.(win.first, win.end), [win.first, win.end, onWindow]);

  const rows: ComponentChildren[] = [];
  for (let i = win.first; i < win.end; i += 1) rows.push(renderRow(i));
  return (
    <div class="vtable" role="table" aria-label={label} aria-rowcount={count + 1}>
      <div class="vtable-head" role="rowgroup">
        {header}
      </div>
      <div class="vtable-viewport" ref={viewport}>
        <div class="vtable-body" role="rowgroup" style={{ height: `${win.totalHeight}px` }}>
          <div style={{ transform: `translateY(${win.offsetTop}px)` }}>{rows}</div>
        </div>
      </div>
    </div>
  );
}
