import { useMemo, useState } from 'preact/hooks';
import { DEDUCTION_LABELS } from '../../../shared/report/accountability';
import type { EnforcementRates } from '../../../shared/report/enforcement-rates';
import { figureLabel } from '../../../shared/report/figure-labels';
import type { PeriodReport } from '../../../shared/report/period-report';
import { DECIMALS, fixed } from '../../../shared/report/report-numbers';
import { ChartCard, type ChartTable } from './chart-card';
import type { EChartsOption } from './echarts-setup';

/** The key figures shown first; a click lists the records behind one. */
const KEY_FIGURES: readonly [string, string][] = [
  ['land.issued.count', '土地图斑'],
  ['land.verified.count', '已核实填报'],
  ['land.illegal.count', '违法图斑'],
  ['land.cases.total', '土地违法行为（件）'],
  ['land.cases.filed', '已立案'],
  ['land.cases.resolved', '已消除违法状态'],
  ['land.cases.unresolvedUnfiled', '未消除又未立案'],
  ['mineral.issued.count', '矿产图斑'],
  ['mineral.illegal.count', '矿产违法图斑'],
];

function pct(value: number | null): string {
  return value === null ? '—' : `${fixed(value, DECIMALS.pct)}%`;
}

function mu(value: number | null): string {
  return value === null ? '—' : fixed(value, DECIMALS.mu);
}

function DrillDown({ report, figureKey, onClose }: { readonly report: PeriodReport; readonly figureKey: string; readonly onClose: () => void }) {
  const rows = report.rowsBehind?.[figureKey] ?? [];
  const index = useMemo(() => new Map((report.rowIndex ?? []).map((r) => [r.row, r])), [report]);
  const label = KEY_FIGURES.find(([k]) => k === figureKey)?.[1] ?? figureLabel(figureKey);
  return (
    <section class="drill-down" aria-label={`${label}对应的图斑`} data-drill={figureKey}>
      <header>
        <h3>
          {label}：{rows.length} 行
        </h3>
        <span class="no-print">
          <a href="#/ledger">在整改台账中查看违法图斑</a>
          <button type="button" onClick={onClose}>
            关闭
          </button>
        </span>
      </header>
      <table>
        <thead>
          <tr>
            <th>表中行号</th>
            <th>图斑编号</th>
            <th>乡镇</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, 500).map((row) => (
            <tr key={row}>
              <td>{row}</td>
              <td>{index.get(row)?.patchId ?? '—'}</td>
              <td>{index.get(row)?.town ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > 500 && <p class="muted">仅列出前 500 行；完整清单请用命令行的季度报表功能导出。</p>}
    </section>
  );
}

function AccountabilityPanel({ report }: { readonly report: PeriodReport }) {
  const a = report.accountability;
  const verdict = a.withinScope === null ? '面积已超过问责线，比例待填写分母后确定' : a.withinScope ? '已进入问责范围' : '未进入问责范围';
  return (
    <section class="accountability" aria-label="问责预警">
      <h2>
        问责预警（{a.year}年，{a.level === 'city' ? '市级' : '县级'}口径）
      </h2>
      <p class={a.withinScope ? 'alert-strong' : undefined}>
        结论：<strong data-figure="accountability.conclusion">{verdict}</strong>
      </p>
      <table class="kv">
        <tbody>
          <tr>
            <th>违法占用耕地面积（扣减前，亩）</th>
            <td data-figure="accountability.grossNumeratorMu">{mu(a.grossNumeratorMu)}</td>
          </tr>
          {a.deductions
            .filter((d) => d.count > 0)
            .map((d) => (
              <tr key={d.category}>
                <th>
                  扣减：{DEDUCTION_LABELS[d.category]}（{d.count} 宗，{d.sides === 'both' ? '分子分母同时扣减' : '仅扣减分子'}）
                </th>
                <td>{mu(d.mu)}</td>
              </tr>
            ))}
          <tr>
            <th>违法占用耕地面积（扣减后，亩）</th>
            <td data-figure="accountability.numeratorMu">{mu(a.numeratorMu)}</td>
          </tr>
          <tr>
            <th>新增建设用地占用耕地面积（填写 / 扣减后，亩）</th>
            <td data-figure="accountability.denominatorMu">{a.enteredDenominatorMu === null ? '未填写' : `${mu(a.enteredDenominatorMu)} / ${mu(a.denominatorMu)}`}</td>
          </tr>
          <tr>
            <th>比例</th>
            <td data-figure="accountability.ratioPct">{pct(a.ratioPct)}</td>
          </tr>
          <tr>
            <th>问责线</th>
            <td>
              比例 ≥ {fixed(a.threshold.ratio * 100, DECIMALS.pct)}% 且面积 &gt; {mu(a.threshold.areaMu)} 亩
            </td>
          </tr>
          <tr>
            <th>距线</th>
            <td data-figure="accountability.distance.areaMu">
              面积 {mu(a.distance.areaMu)} 亩{a.distance.ratioPoints === null ? '' : `，比例 ${fixed(a.distance.ratioPoints, DECIMALS.pct)} 个百分点`}
              {a.distance.reclaimToRatioMu !== null && a.distance.reclaimToRatioMu > 0 ? `；需拆除复耕 ${mu(a.distance.reclaimToRatioMu)} 亩方可降至比例线下` : ''}
            </td>
          </tr>
        </tbody>
      </table>
      {a.flipItems.length > 0 && (
        <>
          <h3>{a.flipReachable ? '截止前整改下列图斑（按面积从大到小）即可退出问责范围' : '即使下列未整改图斑全部在截止前拆除复耕，仍在问责范围内'}</h3>
          <ol class="flip-items">
            {a.flipItems.map((item) => (
              <li key={item.rows.join(',')} data-flip-item={item.patchId ?? ''}>
                {item.patchId ?? `第 ${item.rows.join('、')} 行`}（{item.town}）{mu(item.cultivatedMu)} 亩；整改后扣减面积 {mu(item.numeratorAfterMu)} 亩{item.flipsAlone ? '（单独整改即可）' : ''}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function RatesTable({ rates }: { readonly rates: readonly EnforcementRates[] }) {
  return (
    <table class="rates">
      <thead>
        <tr>
          <th>乡镇</th>
          <th>完成核实填报</th>
          <th>立案查处率</th>
          <th>罚款收缴率</th>
          <th>移送处理率</th>
          <th>消除违法状态</th>
          <th>差错率</th>
          <th>月清逾期率</th>
        </tr>
      </thead>
      <tbody>
        {rates.map((r) => (
          <tr key={r.town ?? '全县'} data-town={r.town ?? '全县'}>
            <th>{r.town ?? '全县'}</th>
            <td title={`${r.verified}/${r.patches}`}>{pct(r.verifiedPct)}</td>
            <td title={`${r.casesFiled}/${r.cases}`}>{pct(r.caseFiledPct)}</td>
            <td title={`${fixed(r.fineCollected, 2)}/${fixed(r.fineImposed, 2)} 元`}>{pct(r.fineCollectionPct)}</td>
            <td title={`${r.transferredWithFeedback}/${r.transferred}`}>{pct(r.transferHandledPct)}</td>
            <td title={`${r.resolved}/${r.cases}`}>{pct(r.resolvedPct)}</td>
            <td title={`${r.recordsWithError}/${r.records}`}>{pct(r.errorPct)}</td>
            <td title={`${r.monthlyOverdue}/${r.monthlyDue}`}>{pct(r.monthlyOverduePct)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface ChartSpec {
  readonly id: string;
  readonly title: string;
  readonly option: EChartsOption;
  readonly table: ChartTable;
}

function chartSpecs(report: PeriodReport): ChartSpec[] {
  const towns = report.breakdown.towns;
  const names = towns.map((t) => t.town);
  const a = report.accountability;
  const months = report.breakdown.months;
  const overdue = report.rates.towns;
  return [
    {
      id: 'towns-by-verdict',
      title: '各乡镇图斑（按判定）',
      option: {
        tooltip: { trigger: 'axis' },
        legend: {},
        grid: { containLabel: true },
        xAxis: { type: 'category', data: names },
        yAxis: { type: 'value', name: '个' },
        series: [
          { name: '违法', type: 'bar', stack: 'v', data: towns.map((t) => t.illegal) },
          { name: '合法', type: 'bar', stack: 'v', data: towns.map((t) => t.legal) },
          { name: '其他', type: 'bar', stack: 'v', data: towns.map((t) => t.other) },
          { name: '未判定', type: 'bar', stack: 'v', data: towns.map((t) => t.unverified) },
        ],
      },
      table: { head: ['乡镇', '违法', '合法', '其他', '未判定', '违法面积（亩）'], rows: towns.map((t) => [t.town, t.illegal, t.legal, t.other, t.unverified, fixed(t.illegalAreaMu, DECIMALS.mu)]) },
    },
    {
      id: 'accountability-line',
      title: '违法占用耕地与问责线（亩）',
      option: {
        tooltip: {},
        grid: { containLabel: true },
        xAxis: { type: 'category', data: ['扣减前', '扣减后'] },
        yAxis: { type: 'value', name: '亩' },
        series: [
          {
            type: 'bar',
            data: [a.grossNumeratorMu, a.numeratorMu],
            markLine: { symbol: 'none', data: [{ yAxis: a.threshold.areaMu, name: '问责面积线' }], label: { formatter: `问责线 ${a.threshold.areaMu} 亩` } },
          },
        ],
      },
      table: {
        head: ['项目', '亩'],
        rows: [
          ['扣减前', fixed(a.grossNumeratorMu, DECIMALS.mu)],
          ['扣减后', fixed(a.numeratorMu, DECIMALS.mu)],
          ['问责面积线', fixed(a.threshold.areaMu, DECIMALS.mu)],
        ],
      },
    },
    {
      id: 'monthly-overdue',
      title: '各乡镇“月清”逾期',
      option: {
        tooltip: { trigger: 'axis' },
        legend: {},
        grid: { containLabel: true },
        xAxis: { type: 'category', data: overdue.map((t) => t.town ?? '') },
        yAxis: { type: 'value', name: '个' },
        series: [
          { name: '到期', type: 'bar', data: overdue.map((t) => t.monthlyDue) },
          { name: '逾期', type: 'bar', data: overdue.map((t) => t.monthlyOverdue) },
        ],
      },
      table: { head: ['乡镇', '到期', '逾期', '逾期率'], rows: overdue.map((t) => [t.town ?? '', t.monthlyDue, t.monthlyOverdue, pct(t.monthlyOverduePct)]) },
    },
    {
      id: 'trend-by-month',
      title: '按月下发与违法图斑',
      option: {
        tooltip: { trigger: 'axis' },
        legend: {},
        grid: { containLabel: true },
        xAxis: { type: 'category', data: months.map((m) => m.month) },
        yAxis: { type: 'value', name: '个' },
        series: [
          { name: '下发', type: 'line', data: months.map((m) => m.issued) },
          { name: '违法', type: 'line', data: months.map((m) => m.illegal) },
        ],
      },
      table: { head: ['月份', '下发', '违法'], rows: months.map((m) => [m.month, m.issued, m.illegal]) },
    },
  ];
}

/** #/reports once a report is made: key figures (click → records), 问责, charts with tables, rates. */
export function Dashboard({ report, fileName }: { readonly report: PeriodReport; readonly fileName: string }) {
  const [drill, setDrill] = useState<string | undefined>(undefined);
  const charts = useMemo(() => chartSpecs(report), [report]);
  return (
    <div class="dashboard">
      <p class="report-scope">
        {fileName}，{report.period.label}，截至 {report.asOf}：{report.countingUnit.note}
      </p>
      <p class="no-print">
        <a href="#/reports/quarterly">季度快报（A4 打印页）</a>
        <button type="button" onClick={() => print()}>
          打印本页
        </button>
      </p>
      <section class="key-figures" aria-label="主要数字">
        {KEY_FIGURES.map(([key, label]) => {
          const value = report.figures[key];
          return (
            <button key={key} type="button" class="figure-tile" onClick={() => setDrill(key)} disabled={value === null || value === undefined} aria-label={`${label}：查看对应图斑`}>
              <span class="figure-label">{label}</span>
              <span class="figure" data-figure={key}>
                {value ?? '—'}
              </span>
            </button>
          );
        })}
      </section>
      {drill !== undefined && <DrillDown report={report} figureKey={drill} onClose={() => setDrill(undefined)} />}
      <AccountabilityPanel report={report} />
      <section class="charts" aria-label="图表">
        {charts.map((c) => (
          <ChartCard key={c.id} id={c.id} title={c.title} option={c.option} table={c.table} />
        ))}
      </section>
      <section aria-label="各乡镇比率">
        <h2>各乡镇比率</h2>
        <RatesTable rates={[report.rates.county, ...report.rates.towns]} />
      </section>
      {report.missing.length > 0 && (
        <section aria-label="无法得出的数字">
          <h2>无法得出的数字（{report.missing.length} 项，快报中留空）</h2>
          <ul>
            {report.missing.map((m) => (
              <li key={m.key} data-missing={m.key}>
                {figureLabel(m.key)}：{m.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
