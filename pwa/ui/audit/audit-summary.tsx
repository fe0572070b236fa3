import { ruleTitle } from '../../../shared/report/rule-titles';
import type { AuditSummary } from '../../../shared/audit/audit-sheet';
import { describeNotApplicable } from '../../../shared/report/describe-rule-status';
import { SEVERITY_LABEL, type Severity } from '../../../shared/report/finding';
import type { FindingFilter } from './findings-filter';

function Figure({ name, value }: { name: string; value: number }) {
  return (
    <span class="figure" data-figure={name}>
      {value}
    </span>
  );
}

/** The audit's figures, then findings by rule and by 乡镇; a row click narrows the findings table to it. */
export function AuditSummaryView({ summary, onFilter }: { summary: AuditSummary; onFilter: (change: Partial<FindingFilter>) => void }) {
  const skipped = summary.skipped;
  return (
    <section class="audit-summary">
      <h2>校核结果</h2>
      <p class="audit-source-line">
        {summary.file} · 工作表“{summary.sheet}” · 表头第 {summary.headerRows.first === summary.headerRows.last ? summary.headerRows.first : `${summary.headerRows.first}–${summary.headerRows.last}`} 行 · 配置：{summary.profile.name} · 审核日期：{summary.asOf}
        {summary.dataYear !== undefined ? ` · 数据年度：${summary.dataYear}` : ''}
      </p>
      <div class="figures">
        <div>
          数据行 <Figure name="audit.rows" value={summary.rows} />
        </div>
        <div>
          有问题的行 <Figure name="audit.rows-with-findings" value={summary.rowsWithFindings} />
        </div>
        <div class="error-text">
          错误 <Figure name="audit.findings.error" value={summary.findings.error} />
        </div>
        <div class="warning-text">
          警告 <Figure name="audit.findings.warning" value={summary.findings.warning} />
        </div>
        <div>
          提示 <Figure name="audit.findings.info" value={summary.findings.info} />
        </div>
        <div>
          问题合计 <Figure name="audit.findings.total" value={summary.findings.total} />
        </div>
      </div>
      {(skipped.blank > 0 || skipped.total > 0 || skipped.notes > 0) && (
        <p class="hint">
          未作为图斑读取：空行 {skipped.blank} 行，合计/小计行 {skipped.total} 行{skipped.totalRows.length > 0 ? `（第 ${skipped.totalRows.slice(0, 10).join('、')}${skipped.totalRows.length > 10 ? ' 等' : ''} 行）` : ''}，表尾说明或重复表头 {skipped.notes} 行。
        </p>
      )}
      {summary.unreadableValues.length > 0 && <p class="warning-text">有 {summary.unreadableValues.length} 个单元格的值无法按字段类型读取（见各行的问题说明）。</p>}
      {summary.duplicateColumns.length > 0 && (
        <p class="warning-text">重复的列（只读取第一列）：{summary.duplicateColumns.map((c) => `${c.column} 列“${c.header}”`).join('、')}。</p>
      )}
      <div class="summary-tables">
        <div>
          <h3>按规则</h3>
          <table class="by-rule">
            <thead>
              <tr>
                <th>规则</th>
                <th>严重程度</th>
                <th>问题数</th>
                <th>涉及行数</th>
                <th>说明</th>
              </tr>
            </thead>
            <tbody>
              {summary.byRule.map((r) => (
                <tr key={r.ruleId} data-rule-id={r.ruleId}>
                  <td>
                    <button type="button" class="link-button" onClick={() => onFilter({ rule: r.ruleId })}>
                      {ruleTitle(r.ruleId)}
                    </button>
                  </td>
                  <td class={severityClass(r.severity)}>{SEVERITY_LABEL[r.severity]}</td>
                  <td class="number">{r.count}</td>
                  <td class="number">{r.rows}</td>
                  <td>
                  <details>
                    <summary>说明</summary>
                    {r.description}
                    <div class="hint">规则编号：{r.ruleId}</div>
                  </details>
                </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <h3>按乡镇</h3>
          <table class="by-town">
            <thead>
              <tr>
                <th>乡镇</th>
                <th>数据行</th>
                <th>有问题的行</th>
                <th>错误</th>
                <th>警告</th>
                <th>提示</th>
              </tr>
            </thead>
            <tbody>
              {summary.byTown.map((t) => (
                <tr key={t.town} data-town={t.town}>
                  <td>
                    <button type="button" class="link-button" onClick={() => onFilter({ town: t.town })}>
                      {t.town}
                    </button>
                  </td>
                  <td class="number">{t.rows}</td>
                  <td class="number">{t.rowsWithFindings}</td>
                  <td class="number">{t.error}</td>
                  <td class="number">{t.warning}</td>
                  <td class="number">{t.info}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {summary.notApplicable.length > 0 && (
        <details class="not-applicable">
          <summary>未能运行的规则（{summary.notApplicable.length} 条）</summary>
          <ul>
            {summary.notApplicable.map((n) => (
              <li key={n.ruleId}>
                {ruleTitle(n.ruleId)}：{describeNotApplicable(n.reason)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

export function severityClass(severity: Severity): string {
  return severity === 'error' ? 'error-text' : severity === 'warning' ? 'warning-text' : 'info-text';
}
