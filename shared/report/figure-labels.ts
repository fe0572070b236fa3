/**
 * The Chinese name of a figure's dotted key (`land.cases.resolvedAreaMu` → 土地违法行为消除违法状态
 * 土地面积（亩）): users see names, never keys.
 */
const KINDS: Readonly<Record<string, string>> = { land: '土地', mineral: '矿产', total: '合计' };
const GROUPS: Readonly<Record<string, string>> = {
  issued: '下发图斑',
  verified: '已核实填报图斑',
  illegal: '违法图斑',
  legal: '合法图斑',
  other: '其他图斑',
  cases: '违法行为',
  ratios: '扣除已整改后',
};
const STEPS: Readonly<Record<string, string>> = {
  total: '件数',
  filed: '立案查处',
  penalised: '行政处罚（处理）',
  closed: '结案',
  enforced: '落实到位',
  resolved: '消除违法状态',
  unresolvedUnfiled: '未消除违法状态又未立案',
};
const AREAS: Readonly<Record<string, string>> = { area: '土地面积', Area: '土地面积', cultivated: '耕地面积', Cultivated: '耕地面积', farmland: '永久基本农田面积', Farmland: '永久基本农田面积' };
const UNITS: Readonly<Record<string, string>> = { Ha: '（公顷）', Mu: '（亩）', Pct: '占比（%）' };
const RATIOS: Readonly<Record<string, string>> = {
  illegalAreaPct: '违法用地面积占新增建设用地总面积比例（%）',
  illegalCultivatedPct: '违法占用耕地面积占新增建设用地占用耕地总面积比例（%）',
};

function leafLabel(leaf: string): string {
  if (leaf === 'count') return '个数';
  const m = /^(total|filed|penalised|closed|enforced|resolved|unresolvedUnfiled)?(area|Area|cultivated|Cultivated|farmland|Farmland)?(count)?(Ha|Mu|Pct)?$/u.exec(leaf);
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return leaf;
  const step = m[1] === undefined ? '' : (STEPS[m[1]] ?? '');
  const area = m[2] === undefined ? (m[3] !== undefined ? '个数' : '') : (AREAS[m[2]] ?? '');
  const unit = m[4] === undefined ? '' : (UNITS[m[4]] ?? '');
  return `${step}${area}${unit}`;
}

export function figureLabel(key: string): string {
  const [kind = '', group = '', leaf = ''] = key.split('.');
  if (group === 'ratios') return `${KINDS[kind] ?? kind}${RATIOS[leaf] ?? leaf}`;
  return `${KINDS[kind] ?? kind}${GROUPS[group] ?? group}${leafLabel(leaf)}`;
}
