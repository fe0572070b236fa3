import { bulletinParagraphs } from '../../../shared/report/bulletin-text';
import type { ShownReport } from './report-store';

/**
 * #/reports/quarterly: the filled 《季度卫片执法工作情况快报》 as an A4 page to print (or save as
 * PDF). `data-figure="print.ready"` appears once the text is on the page.
 */
export function QuarterlyPage({ shown }: { readonly shown: ShownReport | undefined }) {
  if (!shown) {
    return (
      <div class="quarterly-empty">
        <p>还没有报表。请先在“统计报表”页选择导出表并生成报表。</p>
        <a href="#/reports">返回统计报表</a>
      </div>
    );
  }
  const paragraphs = bulletinParagraphs(shown.report);
  const [title, subtitle, ...body] = paragraphs;
  return (
    <div class="quarterly">
      <p class="no-print">
        <a href="#/reports">返回统计报表</a>
        <button type="button" onClick={() => print()}>
          打印
        </button>
      </p>
      <article class="a4-sheet" aria-label="季度卫片执法工作情况快报">
        <h1 class="bulletin-title">{title?.text}</h1>
        <h2 class="bulletin-subtitle">{subtitle?.text}</h2>
        {body.map((p, i) => (p.heading ? <h3 key={i}>{p.text}</h3> : <p key={i}>{p.text}</p>))}
        <p class="bulletin-note">
          说明：{shown.report.countingUnit.note}
          {shown.report.missing.length > 0 ? `表中留空的 ${shown.report.missing.length} 项数字无法从导出表得出。` : ''}
        </p>
        <span data-figure="print.ready" hidden>
          1
        </span>
      </article>
    </div>
  );
}
