import { DEDUCTION_LABELS } from '../shared/report/accountability';
import { bulletinParagraphs } from '../shared/report/bulletin-text';
import { figureLabel } from '../shared/report/figure-labels';
import type { EnforcementRates } from '../shared/report/enforcement-rates';
import type { PeriodReport } from '../shared/report/period-report';
import { DECIMALS, fixed } from '../shared/report/report-numbers';

function pct(value: number | null): string {
  return value === null ? '—' : `${fixed(value, DECIMALS.pct)}%`;
}

function rateLine(r: EnforcementRates): string {
  return [
    r.town ?? '全县',
    `核实填报 ${r.verified}/${r.patches}（${pct(r.verifiedPct)}）`,
    `立案查处 ${r.casesFiled}/${r.cases}（${pct(r.caseFiledPct)}）`,
    `罚款收缴 ${fixed(r.fineCollected, 2)}/${fixed(r.fineImposed, 2)} 元（${pct(r.fineCollectionPct)}）`,
    `移送处理 ${r.transferredWithFeedback}/${r.transferred}（${pct(r.transferHandledPct)}）`,
    `消除违法状态 ${r.resolved}/${r.cases}（${pct(r.resolvedPct)}）`,
    `差错率 ${r.recordsWithError}/${r.records}（${pct(r.errorPct)}）`,
    `月清逾期 ${r.monthlyOverdue}/${r.monthlyDue}（${pct(r.monthlyOverduePct)}）`,
  ].join('  ');
}

/** `report --format text`: the filled 快报, then the 问责 working, the rates, 月清 and the blanks. */
export function formatReportText(report: PeriodReport): string {
  const a = report.accountability;
  const lines: string[] = bulletinParagraphs(report).map((p) => (p.heading ? `\n${p.text}` : p.text));
  lines.push('', '说明', `  计数口径：${report.countingUnit.note}`);
  lines.push(`  统计范围：共 ${report.scope.rows} 行，统计期内 ${report.scope.inPeriod} 行，无法判断下发时间而计入 ${report.scope.undated} 行，统计期外 ${report.scope.outOfPeriod} 行。`);
  lines.push('', `问责预警（${a.year}年，${a.level === 'city' ? '市级' : '县级'}口径）`);
  lines.push(`  违法占用耕地面积：${fixed(a.grossNumeratorMu, 2)} 亩，扣减后 ${fixed(a.numeratorMu, 2)} 亩`);
  for (const d of a.deductions.filter((x) => x.count > 0))
    lines.push(`  扣减：${DEDUCTION_LABELS[d.category]} ${d.count} 宗 ${fixed(d.mu, 2)} 亩（${d.sides === 'both' ? '分子分母同时扣减' : '仅扣减分子'}）`);
  lines.push(
    a.enteredDenominatorMu === null
      ? '  新增建设用地占用耕地面积：未填写（--denominator-mu），比例无法计算'
      : `  新增建设用地占用耕地面积：${fixed(a.enteredDenominatorMu, 2)} 亩，扣减后 ${fixed(a.denominatorMu, 2)} 亩；比例 ${pct(a.ratioPct)}`,
  );
  lines.push(
    `  问责线：比例 ≥ ${fixed(a.threshold.ratio * 100, DECIMALS.pct)}% 且面积 > ${fixed(a.threshold.areaMu, 2)} 亩；面积距线 ${fixed(a.distance.areaMu, 2)} 亩${a.distance.ratioPoints === null ? '' : `，比例距线 ${fixed(a.distance.ratioPoints, DECIMALS.pct)} 个百分点`}`,
  );
  lines.push(`  结论：${a.withinScope === null ? '面积已超过问责线，比例待填写分母后确定' : a.withinScope ? '已进入问责范围' : '未进入问责范围'}`);
  if (a.flipItems.length > 0 && !a.flipReachable) lines.push('  即使下列未整改图斑全部在截止前拆除复耕，仍在问责范围内。');
  for (const item of a.flipItems)
    lines.push(
      `  建议截止前整改：${item.patchId ?? `第 ${item.rows.join('、')} 行`}（${item.town}）${fixed(item.cultivatedMu, 2)} 亩，整改后扣减面积 ${fixed(item.numeratorAfterMu, 2)} 亩${item.flipsAlone ? '（单独整改即可退出问责范围）' : ''}`,
    );
  lines.push('', '各乡镇比率', `  ${rateLine(report.rates.county)}`, ...report.rates.towns.map((t) => `  ${rateLine(t)}`));
  lines.push(
    '',
    report.monthly.applicable
      ? `“月清”：统计期内到期 ${report.monthly.due} 个，逾期未填报 ${report.monthly.overdue} 个（${pct(report.monthly.overduePct)}）`
      : '“月清”：不适用（配置无月清规则，或表中没有填报时间、下发时间/批次）',
  );
  if (report.missing.length > 0) {
    lines.push('', `无法得出的数字（${report.missing.length} 项，表中留空）`);
    for (const m of report.missing) lines.push(`  ${figureLabel(m.key)}：${m.reason}`);
  }
  return lines.join('\n').trimStart();
}
