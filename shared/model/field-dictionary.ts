/**
 * The field dictionary of a 卫片执法图斑 record, as data (../shared/domain/fields.md).
 *
 * `labels[0]` is the preferred label; the others are synonyms met on forms and in sheet headers.
 * Labels are stored as written in fields.md; matching normalises both sides (see labels.ts), so
 * `罚款（元）` here matches a header `*罚款(元)：`.
 */

export type FieldType = 'text' | 'enum' | 'date' | 'area' | 'number' | 'integer' | 'yesno' | 'file';
export type FieldStatus = 'seed' | 'sourced' | 'inferred' | 'plain';
export type FieldSection = 'issued' | 'filled' | 'mineral';

export interface FieldDefinition {
  readonly id: string;
  readonly labels: readonly string[];
  readonly type: FieldType;
  /** Display unit for plain numbers: metres, 元. Areas carry their unit per column. */
  readonly unit?: 'm' | 'yuan';
  /** Allowed values of an enum, as filed (synonyms live in the profile). */
  readonly values?: readonly string[];
  readonly status: FieldStatus;
  readonly section: FieldSection;
  /** A date that records something already done: it cannot lie after the audit date. */
  readonly pastEvent?: boolean;
  /** The field's value may be spread over numbered columns (违法类型一级 … 四级). */
  readonly levels?: number;
}

const SIX_FLAG_STATUS = 'seed' as const;

export const FIELD_DEFINITIONS = [
  // Issued attributes (下发)
  { id: 'patchId', labels: ['图斑编号', '监测编号', '图斑号', '卫片图斑编号'], type: 'text', status: 'sourced', section: 'issued' },
  { id: 'plotId', labels: ['地块编号', '违法图斑编号'], type: 'text', status: 'sourced', section: 'issued' },
  { id: 'regionCode', labels: ['行政区代码', '行政区划代码', '县级行政区代码', 'XZQDM'], type: 'text', status: 'sourced', section: 'issued' },
  { id: 'province', labels: ['省', '省份'], type: 'text', status: 'sourced', section: 'issued' },
  { id: 'city', labels: ['市', '地市'], type: 'text', status: 'sourced', section: 'issued' },
  { id: 'county', labels: ['县', '县（区）', '县区', '区县'], type: 'text', status: 'sourced', section: 'issued' },
  { id: 'town', labels: ['乡镇', '乡镇（街道）', '乡镇街道', '所在乡镇'], type: 'text', status: 'seed', section: 'issued' },
  { id: 'village', labels: ['村/社区名', '村', '行政村'], type: 'text', status: 'sourced', section: 'issued' },
  { id: 'location', labels: ['土地坐落', '坐落', '位置'], type: 'text', status: 'sourced', section: 'issued' },
  { id: 'batch', labels: ['批次', '下发批次', '监测批次', '季度'], type: 'text', status: 'seed', section: 'issued' },
  { id: 'issuedAt', labels: ['下发时间', '下发日期'], type: 'date', status: 'seed', section: 'issued', pastEvent: true },
  { id: 'filedAt', labels: ['填报时间', '填报日期', '上报时间', '提交时间'], type: 'date', status: 'seed', section: 'issued', pastEvent: true },
  { id: 'patchKind', labels: ['图斑类别', '卫片类型'], type: 'enum', values: ['土地', '矿产'], status: 'seed', section: 'issued' },
  { id: 'patchType', labels: ['图斑类型', '变化类型'], type: 'enum', values: ['新增非农建设类', '其他新增建设类', '其他变化类', '年度内持续变化类'], status: 'seed', section: 'issued' },
  { id: 'imageBefore', labels: ['前时相', '前时相日期', '前时项'], type: 'date', status: 'sourced', section: 'issued', pastEvent: true },
  { id: 'imageAfter', labels: ['后时相', '后时相日期', '后时项'], type: 'date', status: 'sourced', section: 'issued', pastEvent: true },
  { id: 'centerX', labels: ['中心点X', '中心点经度', '经度'], type: 'number', status: 'sourced', section: 'issued' },
  { id: 'centerY', labels: ['中心点Y', '中心点纬度', '纬度'], type: 'number', status: 'sourced', section: 'issued' },
  { id: 'areaMonitored', labels: ['监测面积', '图斑面积', '变化面积', '地块面积'], type: 'area', status: 'sourced', section: 'issued' },
  { id: 'areaCultivated', labels: ['耕地面积', '其中耕地', '占用耕地面积'], type: 'area', status: 'sourced', section: 'issued' },
  { id: 'areaFarmland', labels: ['永久基本农田面积', '基本农田面积', '其中永久基本农田'], type: 'area', status: 'sourced', section: 'issued' },
  { id: 'areaRedline', labels: ['生态保护红线面积', '生态红线面积'], type: 'area', status: 'sourced', section: 'issued' },

  // Filled attributes (填报)
  { id: 'verdict', labels: ['判定类型', '合法性判定', '判定结果', '核查结果'], type: 'enum', values: ['合法', '违法', '其他'], status: 'seed', section: 'filled' },
  { id: 'verdictDetail', labels: ['具体情形', '判定情形', '合法类型', '其他类型'], type: 'enum', status: 'sourced', section: 'filled' },
  { id: 'verdictBasis', labels: ['判断依据说明', '判定依据说明', '判定依据', '情况说明'], type: 'text', status: 'sourced', section: 'filled' },
  { id: 'actualUse', labels: ['实际用途', '合法用地实际用途', '现状用途'], type: 'text', status: 'sourced', section: 'filled' },
  { id: 'projectName', labels: ['项目名称', '用地项目名称'], type: 'text', status: 'sourced', section: 'filled' },
  { id: 'landUser', labels: ['用地单位', '当事人', '用地主体', '违法主体', '违法责任主体', '涉嫌违法当事人'], type: 'text', status: 'sourced', section: 'filled' },
  { id: 'approvalAuthority', labels: ['批准机关', '批准机关名称'], type: 'text', status: 'sourced', section: 'filled' },
  { id: 'approvalNo', labels: ['批准文号', '审批文号', '审批文件文号', '批文号', '补办手续批准文号', '下达文号'], type: 'text', status: 'seed', section: 'filled' },
  { id: 'approvalDate', labels: ['批准时间', '批准日期', '审批时间', '下达时间'], type: 'date', status: 'seed', section: 'filled', pastEvent: true },
  { id: 'approvalArea', labels: ['批准面积', '审批面积'], type: 'area', status: 'sourced', section: 'filled' },
  { id: 'facilityFilingNo', labels: ['备案编号', '设施农用地备案编号', '用地协议备案编号'], type: 'text', status: 'sourced', section: 'filled' },
  { id: 'tempUseEnd', labels: ['临时用地到期时间', '使用期限至'], type: 'date', status: 'inferred', section: 'filled' },
  { id: 'roadWidth', labels: ['道路宽度', '路基宽度'], type: 'number', unit: 'm', status: 'sourced', section: 'filled' },
  { id: 'roadSurface', labels: ['硬化情况', '路面类型'], type: 'text', status: 'sourced', section: 'filled' },
  { id: 'violationType', labels: ['违法类型'], type: 'text', levels: 4, status: 'sourced', section: 'filled' },
  { id: 'offenceNo', labels: ['违法行为编号'], type: 'text', status: 'sourced', section: 'filled' },
  { id: 'flagRuralHousing', labels: ['是否新增农村乱占耕地建房', '乱占耕地建房', '是否新增乱耕地建房'], type: 'yesno', status: SIX_FLAG_STATUS, section: 'filled' },
  { id: 'flagGreenhouse', labels: ['是否大棚房'], type: 'yesno', status: SIX_FLAG_STATUS, section: 'filled' },
  { id: 'flagLandscapeLake', labels: ['是否挖湖造景'], type: 'yesno', status: SIX_FLAG_STATUS, section: 'filled' },
  { id: 'flagFundProject', labels: ['是否基金项目'], type: 'yesno', status: SIX_FLAG_STATUS, section: 'filled' },
  { id: 'flagAffordableHousing', labels: ['是否保障性安居住房', '是否保障性安居工程', '是否保障性安居工程建设', '安居工程建设'], type: 'yesno', status: SIX_FLAG_STATUS, section: 'filled' },
  { id: 'flagEpidemicFacility', labels: ['是否因防疫和防治重大疫情需要建设的医疗卫生设施', '是否防治疫情'], type: 'yesno', status: SIX_FLAG_STATUS, section: 'filled' },
  { id: 'flagOneHouse', labels: ['是否符合一户一宅', '一户一宅'], type: 'yesno', status: 'seed', section: 'filled' },
  { id: 'flagMajorInfra', labels: ['是否重大基础设施', '重大基础设施项目'], type: 'yesno', status: 'seed', section: 'filled' },
  { id: 'militaryLand', labels: ['是否军用土地', '军用土地'], type: 'yesno', status: 'seed', section: 'filled' },
  { id: 'transferred', labels: ['是否移交', '是否移交处理'], type: 'yesno', status: 'sourced', section: 'filled' },
  { id: 'transferDept', labels: ['移交部门', '移交单位', '违法用地部门'], type: 'text', status: 'seed', section: 'filled' },
  { id: 'transferDate', labels: ['移交时间', '移交日期'], type: 'date', status: 'seed', section: 'filled', pastEvent: true },
  { id: 'transferFeedback', labels: ['反馈结果', '移交反馈情况', '相关部门反馈结果'], type: 'text', status: 'seed', section: 'filled' },
  { id: 'caseFiled', labels: ['是否立案', '是否立案查处', '立案情况'], type: 'yesno', status: 'seed', section: 'filled' },
  { id: 'noCaseReason', labels: ['不予立案说明'], type: 'text', status: 'sourced', section: 'filled' },
  { id: 'caseNo', labels: ['立案编号', '案号', '案件编号'], type: 'text', status: 'inferred', section: 'filled' },
  { id: 'caseDate', labels: ['立案时间', '立案日期'], type: 'date', status: 'inferred', section: 'filled', pastEvent: true },
  { id: 'penaltyNo', labels: ['处罚决定书文号', '行政处罚决定书文号', '处理决定文号'], type: 'text', status: 'inferred', section: 'filled' },
  { id: 'penaltyDate', labels: ['处罚决定时间', '处罚时间', '决定时间'], type: 'date', status: 'inferred', section: 'filled', pastEvent: true },
  { id: 'fineAmount', labels: ['罚款金额', '罚没款', '罚款（元）'], type: 'number', unit: 'yuan', status: 'seed', section: 'filled' },
  { id: 'fineCollected', labels: ['罚款收缴金额', '已缴罚款', '实缴罚没款'], type: 'number', unit: 'yuan', status: 'seed', section: 'filled' },
  { id: 'penaltyEnforced', labels: ['是否处罚到位', '是否落实到位', '处罚落实情况'], type: 'yesno', status: 'seed', section: 'filled' },
  { id: 'caseClosed', labels: ['是否结案', '填报是否已结案'], type: 'yesno', status: 'seed', section: 'filled' },
  { id: 'caseClosedDate', labels: ['结案时间', '结案日期'], type: 'date', status: 'inferred', section: 'filled', pastEvent: true },
  {
    id: 'rectMeasure',
    labels: ['整改措施', '整改方式', '下一步整改措施'],
    type: 'enum',
    values: ['拆除', '复耕', '拆除复耕', '毁闭', '没收', '补办手续', '完善手续'],
    status: 'seed',
    section: 'filled',
  },
  { id: 'rectResolved', labels: ['是否消除违法状态', '是否整改到位', '是否整改落实到位', '填报是否整改落实到位'], type: 'yesno', status: 'seed', section: 'filled' },
  { id: 'rectDate', labels: ['整改完成时间', '消除违法状态时间'], type: 'date', status: 'seed', section: 'filled', pastEvent: true },
  { id: 'rectPlannedDate', labels: ['拟完成整改时间', '整改期限'], type: 'date', status: 'sourced', section: 'filled' },
  { id: 'violationArea', labels: ['违法面积', '违法用地面积', '涉嫌违法面积'], type: 'area', status: 'sourced', section: 'filled' },
  { id: 'violationCultivated', labels: ['违法占用耕地面积', '违法耕地面积'], type: 'area', status: 'sourced', section: 'filled' },
  { id: 'violationFarmland', labels: ['违法占用永久基本农田面积', '违法基本农田面积'], type: 'area', status: 'sourced', section: 'filled' },
  { id: 'reclaimedArea', labels: ['拆除复耕面积', '拆除复垦面积'], type: 'area', status: 'sourced', section: 'filled' },
  { id: 'reclaimedCultivated', labels: ['拆除复垦其中耕地面积', '复垦其中耕地面积', '拆除复垦耕地面积'], type: 'area', status: 'sourced', section: 'filled' },
  { id: 'reclaimedFarmland', labels: ['拆除复垦其中永久基本农田面积', '复垦其中永久基本农田面积', '拆除复垦农田面积'], type: 'area', status: 'sourced', section: 'filled' },
  { id: 'legalisedArea', labels: ['完善用地面积', '完善用地手续面积', '补办手续批准面积'], type: 'area', status: 'sourced', section: 'filled' },
  { id: 'legalisedCultivated', labels: ['用地手续其中耕地面积', '完善用地耕地面积'], type: 'area', status: 'sourced', section: 'filled' },
  { id: 'legalisedFarmland', labels: ['用地手续其中永久基本农田面积', '完善用地农田面积'], type: 'area', status: 'sourced', section: 'filled' },
  { id: 'photoCount', labels: ['照片数', '现场照片', '举证照片数'], type: 'integer', status: 'seed', section: 'filled' },
  { id: 'vectorFile', labels: ['违法用地矢量范围', '矢量范围', '坐标文件'], type: 'file', status: 'seed', section: 'filled' },
  { id: 'fieldCheckDate', labels: ['实地核查时间', '核查日期', '外业核查时间'], type: 'date', status: 'seed', section: 'filled', pastEvent: true },
  { id: 'fieldChecker', labels: ['核查人', '调查人', '举证人'], type: 'text', status: 'seed', section: 'filled' },
  { id: 'reclaimCertNo', labels: ['拆除复耕到位证明', '到位证明编号'], type: 'text', status: 'seed', section: 'filled' },
  { id: 'reviewCity', labels: ['市级审核结果', '市级审核意见'], type: 'enum', values: ['通过', '不通过'], status: 'sourced', section: 'filled' },
  { id: 'reviewCityNote', labels: ['市级审核不通过说明', '不通过说明', '审核意见'], type: 'text', status: 'sourced', section: 'filled' },
  { id: 'reviewProvince', labels: ['省级审核结果'], type: 'enum', values: ['通过', '不通过'], status: 'sourced', section: 'filled' },
  { id: 'reviewProvinceNote', labels: ['省级审核不通过说明'], type: 'text', status: 'sourced', section: 'filled' },
  { id: 'remark', labels: ['备注'], type: 'text', status: 'plain', section: 'filled' },

  // Mineral patches (矿产卫片)
  { id: 'mineralLicenseNo', labels: ['许可证号', '采矿许可证号', '勘查许可证号'], type: 'text', status: 'sourced', section: 'mineral' },
  { id: 'mineralType', labels: ['矿种'], type: 'text', status: 'inferred', section: 'mineral' },
  { id: 'mineralStatus', labels: ['开采状态'], type: 'enum', values: ['在采', '停采', '关闭'], status: 'inferred', section: 'mineral' },
  { id: 'handling', labels: ['处理方式'], type: 'enum', values: ['立案', '非立案处理', '不处理'], status: 'sourced', section: 'mineral' },
] as const satisfies readonly FieldDefinition[];

export type FieldId = (typeof FIELD_DEFINITIONS)[number]['id'];

export const FIELD_IDS: readonly FieldId[] = FIELD_DEFINITIONS.map((f) => f.id);

const byId = new Map<string, FieldDefinition>(FIELD_DEFINITIONS.map((f) => [f.id, f]));

export function fieldDefinition(id: FieldId): FieldDefinition {
  const def = byId.get(id);
  if (!def) throw new Error(`unknown field id ${id}`);
  return def;
}

export function isFieldId(id: string): id is FieldId {
  return byId.has(id);
}

export function fieldsOfType(type: FieldType): FieldId[] {
  return FIELD_DEFINITIONS.filter((f) => f.type === type).map((f) => f.id);
}

/** The six 耕地 flags of seed S4 (违法占用耕地 must answer every one). */
export const SIX_FLAGS = ['flagRuralHousing', 'flagGreenhouse', 'flagLandscapeLake', 'flagFundProject', 'flagAffordableHousing', 'flagEpidemicFacility'] as const satisfies readonly FieldId[];

export const AREA_FIELDS: readonly FieldId[] = fieldsOfType('area');
export const DATE_FIELDS: readonly FieldId[] = fieldsOfType('date');

/**
 * Sub-headers read in the context of the merged group header above them (fields.md, "Values and
 * units"). A group matches when its normalised text contains one of `groupKeywords`.
 */
export interface GroupContext {
  readonly groupKeywords: readonly string[];
  readonly subLabels: Readonly<Record<string, FieldId>>;
}

export const GROUP_CONTEXTS: readonly GroupContext[] = [
  {
    groupKeywords: ['拆除复耕', '拆除复垦', '复耕', '复垦'],
    subLabels: {
      面积: 'reclaimedArea',
      其中耕地: 'reclaimedCultivated',
      耕地面积: 'reclaimedCultivated',
      其中永久基本农田: 'reclaimedFarmland',
      永久基本农田面积: 'reclaimedFarmland',
      其中基本农田: 'reclaimedFarmland',
    },
  },
  {
    groupKeywords: ['完善用地', '补办手续', '完善手续', '用地手续'],
    subLabels: {
      面积: 'legalisedArea',
      其中耕地: 'legalisedCultivated',
      耕地面积: 'legalisedCultivated',
      其中永久基本农田: 'legalisedFarmland',
      永久基本农田面积: 'legalisedFarmland',
      其中基本农田: 'legalisedFarmland',
    },
  },
  {
    groupKeywords: ['违法用地', '违法占地', '违法'],
    subLabels: {
      面积: 'violationArea',
      其中耕地: 'violationCultivated',
      耕地面积: 'violationCultivated',
      其中永久基本农田: 'violationFarmland',
      永久基本农田面积: 'violationFarmland',
      其中基本农田: 'violationFarmland',
    },
  },
  {
    groupKeywords: ['监测', '图斑', '下发', '变化'],
    subLabels: { 面积: 'areaMonitored', 其中耕地: 'areaCultivated', 耕地面积: 'areaCultivated', 其中永久基本农田: 'areaFarmland', 永久基本农田面积: 'areaFarmland', 其中基本农田: 'areaFarmland' },
  },
];
