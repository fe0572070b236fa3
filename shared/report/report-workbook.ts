import * as XLSX from '@e965/xlsx';
import { DEDUCTION_LABELS } from './accountability';
import { bulletinParagraphs } from './bulletin-text';
import { figureLabel } from './figure-labels';
import type { PeriodReport } from './period-report';

/**
 * `report --format xlsx`: the filled 快报 text, every figure by key (numbers as numbers, blanks as
 * empty cells), the 问责 working, the rates per 乡镇 and the blanks with their reasons.
 */
export function writeReportWorkbook(report: PeriodReport): Uint8Array {
  const book = XLSX.utils.book_new();
  const text = bulletinParagraphs(report).map((p) => [p.text]);
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(text), '快报');

  const figures = [['键', '项目', '数值'], ...Object.entries(report.figures).map(([key, value]) => [key, figureLabel(key), value ?? ''])];
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(figures), '数字');

  const a = report.accountability;
  const accountability: (string | number)[][] = [
    ['项目', '数值'],
    ['年度', a.year],
    ['口径', a.level === 'city' ? '市级' : '县级'],
    ['违法占用耕地面积（亩，扣减前）', a.grossNumeratorMu],
    ...a.deductions.map((d) => [`扣减：${DEDUCTION_LABELS[d.category]}（${d.sides === 'both' ? '分子分母' : '仅分子'}）`, d.mu]),
    ['违法占用耕地面积（亩，扣减后）', a.numeratorMu],
    ['新增建设用地占用耕地面积（亩，填写值）', a.enteredDenominatorMu ?? ''],
    ['新增建设用地占用耕地面积（亩，扣减后）', a.denominatorMu ?? ''],
    ['比例（%）', a.ratioPct ?? ''],
    ['问责比例线（%）', a.threshold.ratio * 100],
    ['问责面积线（亩）', a.threshold.areaMu],
    ['面积距线（亩）', a.distance.areaMu],
    ['比例距线（百分点）', a.distance.ratioPoints ?? ''],
    ['是否进入问责范围', a.withinScope === null ? '待填写分母' : a.withinScope ? '是' : '否'],
    ...a.flipItems.map((i) => [`建议截止前整改：${i.patchId ?? `第${i.rows.join('、')}行`}（${i.town}）`, i.cultivatedMu]),
  ];
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(accountability), '问责预警');

  const header = [
    '乡镇',
    '图斑',
    '已核实填报',
    '完成核实填报%',
    '违法件数',
    '立案',
    '立案查处率%',
    '罚款（元）',
    '已缴（元）',
    '罚款收缴率%',
    '移交',
    '移交已反馈',
    '移送处理率%',
    '消除违法状态',
    '消除违法状态%',
    '记录',
    '有错误的记录',
    '差错率%',
    '月清到期',
    '月清逾期',
    '月清逾期率%',
  ];
  const rows = [report.rates.county, ...report.rates.towns].map((r) => [
    r.town ?? '全县',
    r.patches,
    r.verified,
    r.verifiedPct ?? '',
    r.cases,
    r.casesFiled,
    r.caseFiledPct ?? '',
    r.fineImposed,
    r.fineCollected,
    r.fineCollectionPct ?? '',
    r.transferred,
    r.transferredWithFeedback,
    r.transferHandledPct ?? '',
    r.resolved,
    r.resolvedPct ?? '',
    r.records,
    r.recordsWithError,
    r.errorPct ?? '',
    r.monthlyDue,
    r.monthlyOverdue,
    r.monthlyOverduePct ?? '',
  ]);
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([header, ...rows]), '乡镇比率');

  const missing = [['键', '项目', '原因'], ...report.missing.map((m) => [m.key, figureLabel(m.key), m.reason])];
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(missing), '无法得出');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
