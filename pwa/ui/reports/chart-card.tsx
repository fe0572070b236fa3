import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChartInstance, EChartsOption } from './echarts-setup';

export interface ChartTable {
  readonly head: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

/**
 * One dashboard chart: ECharts on a canvas (loaded on first use), the same data as a table (for
 * screen readers, printing and checking), and 下载图片 (a PNG of the chart).
 */
export function ChartCard({ id, title, option, table }: { readonly id: string; readonly title: string; readonly option: EChartsOption; readonly table: ChartTable }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartInstance | undefined>(undefined);
  const [ready, setReady] = useState(false);
  const [asTable, setAsTable] = useState(false);
  const [failed, setFailed] = useState<string | undefined>(undefined);

  useEffect(() => {
    let disposed = false;
    void import('./echarts-setup')
      .then(({ createChart }) => {
        if (disposed || !box.current) return;
        chart.current ??= createChart(box.current);
        chart.current.setOption(option, true);
        setReady(true);
      })
      .catch((error: unknown) => setFailed(`图表无法加载（${error instanceof Error ? error.message : String(error)}），请查看表格。`));
    return () => {
      disposed = true;
    };
  }, [option]);

  useEffect(
    () => () => {
      chart.current?.dispose();
      chart.current = undefined;
    },
    [],
  );

  function download(): void {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    if (!url) return;
    const a = document.createElement('a');
    a.href = url;
    a.download = `${title}.png`;
    a.click();
  }

  return (
    <section class="chart-card" data-chart={id} data-chart-ready={ready ? 'true' : undefined}>
      <header class="chart-card-head">
        <h3>{title}</h3>
        <span class="no-print">
          <button type="button" onClick={() => setAsTable(!asTable)} aria-pressed={asTable}>
            {asTable ? '图表' : '表格'}
          </button>
          <button type="button" onClick={download} disabled={!ready}>
            下载图片
          </button>
        </span>
      </header>
      {failed && <p role="alert">{failed}</p>}
      <div ref={box} class="chart-canvas" hidden={asTable} role="img" aria-label={title} />
      <table class="chart-table" hidden={!asTable}>
        <thead>
          <tr>
            {table.head.map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
