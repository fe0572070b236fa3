/**
 * Every face names a rule by its Chinese title, never by its id (issue 11): the id appears only in
 * JSON, in the generated rule reference and in an expandable 说明 "规则编号" line.
 *
 * ONE accessor: `ruleTitle(rule or id)`. Rule metadata gains a `title` (issue 10); until every
 * rule carries it, this table gives the title — when both have landed, the table collapses into
 * the metadata and the accessor reads `rule.title` alone. Titles are ≤ 12 characters and unique
 * (rule-titles.test.ts).
 */
export const RULE_TITLES: Readonly<Record<string, string>> = {
  'approval-after-image': '先建后批',
  'approval-area-short': '批少占多',
  'approval-date-required': '缺批准时间',
  'approval-no-format': '批准文号格式',
  'approval-no-required': '缺批准文号',
  'approval-year-mismatch': '文号年份不符',
  'area-negative': '面积为负数',
  'area-unit-mismatch': '公顷与亩不一致',
  'case-before-change': '立案早于前时相',
  'case-closed-without-case': '未立案却结案',
  'case-closed-without-penalty': '结案缺处罚决定',
  'case-date-order': '立案处罚结案顺序',
  'case-details-required': '立案信息不全',
  'case-filing-expected': '违法图斑应立案',
  'case-on-non-illegal': '非违法图斑立案',
  'case-without-field-check': '立案前未实地核查',
  'city-sample-check': '市级抽查',
  'county-focus-check': '县级重点核查',
  'cultivated-exceeds-monitored': '耕地超监测面积',
  'cultivated-flags-on-legal': '合法图斑填耕地标识',
  'cultivated-flags-required': '耕地标识未填',
  'date-in-future': '日期晚于今天',
  'date-invalid': '日期无效',
  'facility-filing-required': '设施农用地缺备案',
  'farmland-exceeds-cultivated': '永农超耕地面积',
  'field-check-required': '应实地核查',
  'fine-collected-before-close': '罚款未收缴到位',
  'fine-overcollected': '收缴超罚款',
  'fine-without-decision': '罚款缺处罚决定',
  'image-date-order': '前后时相颠倒',
  'legal-approval-required': '合法缺批准文号',
  'military-land-separate': '军用土地单独上报',
  'mineral-field-check': '矿产应实地核查',
  'mineral-handling-explained': '矿产处理缺说明',
  'mineral-license-required': '矿产缺许可证号',
  'mineral-verdict-valid': '矿产判定类型',
  'new-construction-unchanged': '新增建设填未变化',
  'patch-id-duplicate': '图斑编号重复',
  'penalty-without-case': '未立案却有处罚',
  'photo-required-for-demolition': '拆除复耕缺照片',
  'procedures-approval-required': '补办手续缺文号',
  'recheck-due': '须定期复核',
  'reclaim-certificate-required': '缺复耕到位证明',
  'reclaimed-exceeds-violation': '复耕超违法面积',
  'reclaimed-parts-exceed': '复耕分项超总数',
  'rect-plan-required': '缺拟完成整改时间',
  'redline-exceeds-monitored': '红线超监测面积',
  'region-code-format': '行政区代码',
  'resolved-after-cutoff': '整改晚于年度节点',
  'resolved-date-required': '缺整改完成时间',
  'resolved-measure-required': '缺整改措施',
  'review-reject-note-required': '审核不通过缺说明',
  'rural-housing-transfer': '农村建房未移交',
  'rural-road-width': '农村道路宽度',
  'temp-use-approval-required': '临时用地缺批准',
  'temp-use-expired': '临时用地已到期',
  'transfer-incomplete': '移交信息不全',
  'unchanged-evidence-required': '未变化缺举证照片',
  'verdict-basis-required': '缺判断依据说明',
  'verdict-detail-valid': '具体情形不符',
  'verdict-required': '判定类型',
  'violation-area-exceeds-monitored': '违法超监测面积',
  'violation-type-required': '缺违法类型',
  'geom-area-mismatch': '矢量面积不符',
  'geom-area-unit': '地块面积单位错',
  'geom-duplicate-vertex': '重复界址点',
  'geom-header-invalid': '坐标文件头有误',
  'geom-hole-outside-shell': '内圈不在外圈内',
  'geom-not-area': '矢量范围不是面',
  'geom-out-of-range': '坐标超出范围',
  'geom-outside-patch': '范围不在图斑内',
  'geom-overlap': '地块相互重叠',
  'geom-parse-error': '坐标文件无法读取',
  'geom-point-count-mismatch': '界址点数不符',
  'geom-ring-not-closed': '界址圈未闭合',
  'geom-self-intersection': '界址线自相交',
  'geom-too-few-points': '界址点过少',
  'geom-xy-swapped': '坐标XY颠倒',
  'geom-zone-mismatch': '带号不符',
  'photo-before-rectification': '照片早于整改',
  'photo-gps-far': '照片位置偏远',
  'photo-gps-missing': '照片无位置',
  'photo-no-exif': '照片无拍摄信息',
  'photo-unmatched': '照片无对应图斑',
};

/** What the accessor needs of a rule: its id, and its metadata title once issue 10 adds it. */
export interface TitledRule {
  readonly id: string;
  readonly title?: string | undefined;
}

/** A rule's Chinese title; an unknown id (a rule from a newer version) gets a neutral name, never the id. */
export function ruleTitle(rule: TitledRule | string): string {
  const id = typeof rule === 'string' ? rule : rule.id;
  const fromMetadata = typeof rule === 'string' ? undefined : rule.title;
  return fromMetadata ?? RULE_TITLES[id] ?? '其他校核规则';
}
