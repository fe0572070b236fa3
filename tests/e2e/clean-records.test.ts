/**
 * Every record rule over fully filled, clean records, as a city reviewer (审核员) would file them:
 * every field of the dictionary is present (a complete export), the national profile, audit date
 * 2024-06-30. A clean record may only draw the findings the catalogue itself requires of it — the
 * info-level duties (rules.md: "info = a duty this record triggers") — never an error or warning.
 * Each expected finding below says why the catalogue asks for it.
 */
import { describe, expect, it } from 'vitest';
import { AuditRun } from '../../shared/engine/run-rules';
import { FIELD_IDS, type FieldId } from '../../shared/model/field-dictionary';
import { buildRecord } from '../../shared/model/patch-record';
import { builtInProfile } from '../../shared/profiles/profiles';
import { RECORD_RULES } from '../../shared/rules';

type Raw = Partial<Record<FieldId, unknown>>;

/** Every field of the dictionary, empty: a complete export before the county fills it. */
const BLANK: Raw = Object.fromEntries(FIELD_IDS.map((f) => [f, '']));

/** Issued attributes of a land patch of the 2023 May batch (data year 2023, cut-off 2024-01-31). */
const ISSUED: Raw = {
  regionCode: '130403',
  province: '河北省',
  city: '邯郸市',
  county: '复兴区',
  town: '石化街道',
  village: '东庄村',
  location: '复兴区石化街道东庄村北',
  batch: '2023年5月',
  issuedAt: '2023-05-18',
  patchKind: '土地',
  patchType: '新增非农建设类',
  imageBefore: '2022-10-15',
  imageAfter: '2023-04-20',
  centerX: '114.4123',
  centerY: '36.6021',
  areaMonitored: '12.50',
  areaCultivated: '8.20',
  areaFarmland: '0',
  areaRedline: '0',
};

/** The six 耕地 flags and the other 是/否 flags, all answered 否. */
const FLAGS_NO: Raw = {
  flagRuralHousing: '否',
  flagGreenhouse: '否',
  flagLandscapeLake: '否',
  flagFundProject: '否',
  flagAffordableHousing: '否',
  flagEpidemicFacility: '否',
  flagOneHouse: '否',
  flagMajorInfra: '否',
  militaryLand: '否',
};

const REVIEWED: Raw = { photoCount: '4', fieldCheckDate: '2023-05-26', fieldChecker: '王建国', reviewCity: '通过', reviewProvince: '通过' };

function land(id: string, filled: Raw): Raw {
  return { ...BLANK, ...ISSUED, ...FLAGS_NO, ...REVIEWED, patchId: `130403SJBG2305${id}`, plotId: '1', ...filled };
}

/** A 立案 → 处罚 → 结案 case in the right order, field check first. */
const CASE_DONE: Raw = {
  caseFiled: '是',
  caseNo: '复自然资立〔2023〕31号',
  caseDate: '2023-06-05',
  penaltyNo: '复自然资罚〔2023〕27号',
  penaltyDate: '2023-07-10',
  fineAmount: '41000',
  fineCollected: '41000',
  penaltyEnforced: '是',
  caseClosed: '是',
  caseClosedDate: '2023-12-20',
  handling: '立案',
};

interface CleanRecord {
  readonly name: string;
  readonly raw: Raw;
  /** `ruleId:messageId` of the findings the catalogue requires, each with its reason. */
  readonly expected: readonly string[];
}

const CLEAN: readonly CleanRecord[] = [
  {
    name: '合法 农转用已批 with 文号 and 批准时间 before 后时相',
    raw: land('0001', {
      verdict: '合法',
      verdictDetail: '农转用已批',
      verdictBasis: '已办理农用地转用和土地征收审批',
      actualUse: '工业厂房',
      projectName: '复兴区2023年第3批次城镇建设用地',
      landUser: '邯郸市某机械有限公司',
      approvalAuthority: '河北省人民政府',
      approvalNo: '冀政转征函〔2023〕123号',
      approvalDate: '2023-03-15',
      approvalArea: '12.60',
      caseFiled: '否',
      noCaseReason: '合法用地',
      transferred: '否',
    }),
    expected: [],
  },
  {
    name: '合法 增减挂钩 on 35亩 of 耕地',
    raw: land('0002', {
      areaMonitored: '40.00',
      areaCultivated: '35.00',
      verdict: '合法',
      verdictDetail: '增减挂钩',
      verdictBasis: '城乡建设用地增减挂钩项目区',
      approvalNo: '冀自然资函〔2022〕88号',
      approvalDate: '2022-09-01',
      approvalArea: '40.00',
      caseFiled: '否',
      transferred: '否',
    }),
    expected: [
      // S4 四(二): 占用耕地 10亩以上 — the county checks and tracks it, whatever the verdict.
      'county-focus-check:countyFocus',
      // S4 四(二): 占用耕地 30亩以上 — in the city's sample.
      'city-sample-check:citySample',
    ],
  },
  {
    name: '违法, 立案 after 实地核查, 处罚, 结案, 拆除复耕 resolved before the cut-off, with photos and 到位证明',
    raw: land('0003', {
      areaMonitored: '5.00',
      areaCultivated: '4.20',
      verdict: '违法',
      verdictBasis: '未经批准占用耕地建设厂房',
      violationType: '非法占地',
      offenceNo: 'WF2023-031',
      landUser: '李某',
      transferred: '否',
      fieldCheckDate: '2023-05-26',
      ...CASE_DONE,
      rectMeasure: '拆除复耕',
      rectResolved: '是',
      rectDate: '2023-11-20',
      rectPlannedDate: '2023-12-31',
      violationArea: '4.80',
      violationCultivated: '4.20',
      violationFarmland: '0',
      reclaimedArea: '4.80',
      reclaimedCultivated: '4.20',
      reclaimedFarmland: '0',
      photoCount: '6',
      reclaimCertNo: '邯自然资复耕证〔2023〕15号',
    }),
    expected: [
      // S4 四(六): a patch whose 违法状态 was removed by 拆除复耕 is rechecked periodically (ledger item).
      'recheck-due:reclaimed',
    ],
  },
  {
    name: 'the same 违法 record without 拆除复耕到位证明',
    raw: land('0004', {
      areaMonitored: '5.00',
      areaCultivated: '4.20',
      verdict: '违法',
      verdictBasis: '未经批准占用耕地建设厂房',
      violationType: '非法占地',
      transferred: '否',
      ...CASE_DONE,
      rectMeasure: '拆除复耕',
      rectResolved: '是',
      rectDate: '2023-11-20',
      violationArea: '4.80',
      reclaimedArea: '4.80',
      reclaimedCultivated: '4.20',
      reclaimedFarmland: '0',
      photoCount: '6',
    }),
    expected: [
      'recheck-due:reclaimed',
      // S4 四(二): the city verifies each 拆除复耕 and issues the 到位证明 — a duty, not a fault.
      'reclaim-certificate-required:missingCertificate',
    ],
  },
  {
    name: '违法, 立案, 补办手续 resolved with 文号 and 批准时间',
    raw: land('0005', {
      verdict: '违法',
      verdictBasis: '未批先建，已依法处罚并补办用地手续',
      violationType: '非法占地',
      transferred: '否',
      ...CASE_DONE,
      rectMeasure: '补办手续',
      rectResolved: '是',
      rectDate: '2023-10-12',
      approvalAuthority: '河北省人民政府',
      approvalNo: '冀政转征函〔2023〕456号',
      approvalDate: '2023-10-12',
      approvalArea: '12.50',
      violationArea: '12.50',
      violationCultivated: '8.20',
      legalisedArea: '12.50',
      legalisedCultivated: '8.20',
      legalisedFarmland: '0',
    }),
    expected: [],
  },
  {
    name: '违法 农村村民建住宅 移交 to 农业农村 with feedback, rectification planned',
    raw: land('0006', {
      areaMonitored: '0.45',
      areaCultivated: '0.40',
      verdict: '违法',
      verdictBasis: '农村村民未经批准占用耕地建住宅',
      violationType: '非法占地',
      flagRuralHousing: '是',
      flagOneHouse: '否',
      transferred: '是',
      transferDept: '区农业农村局',
      transferDate: '2023-06-02',
      transferFeedback: '已受理，正在查处',
      caseFiled: '否',
      noCaseReason: '属农业农村部门职责，已移交',
      rectResolved: '否',
      rectPlannedDate: '2024-09-30',
      violationArea: '0.45',
      violationCultivated: '0.40',
    }),
    expected: [],
  },
  {
    name: '其他 设施农用地 with 备案编号',
    raw: land('0007', {
      patchType: '其他新增建设类',
      verdict: '其他',
      verdictDetail: '设施农用地',
      verdictBasis: '设施农业用地，已签订用地协议并备案',
      facilityFilingNo: '130403-2023-SN-015',
      caseFiled: '否',
      transferred: '否',
    }),
    // S4 四(六): 设施农业用地 is rechecked periodically.
    expected: ['recheck-due:detail'],
  },
  {
    name: '其他 临时用地 approved, term not ended',
    raw: land('0008', {
      patchType: '其他新增建设类',
      verdict: '其他',
      verdictDetail: '临时用地',
      verdictBasis: '高速公路施工临时用地，已批准',
      approvalAuthority: '邯郸市自然资源和规划局',
      approvalNo: '邯自然资临〔2023〕5号',
      approvalDate: '2023-02-10',
      tempUseEnd: '2025-02-09',
      caseFiled: '否',
      transferred: '否',
    }),
    expected: ['recheck-due:detail'],
  },
  {
    name: '其他 农村道路 6 m wide',
    raw: land('0009', {
      patchType: '其他变化类',
      verdict: '其他',
      verdictDetail: '农村道路',
      verdictBasis: '村间道路硬化，宽度 6 米',
      roadWidth: '6',
      roadSurface: '水泥硬化',
      caseFiled: '否',
      transferred: '否',
    }),
    expected: ['recheck-due:detail'],
  },
  {
    name: '其他 实地未变化 with photos',
    raw: land('0010', {
      patchType: '其他变化类',
      verdict: '其他',
      verdictDetail: '实地未变化',
      verdictBasis: '实地为耕地，影像差异由季节造成',
      photoCount: '3',
      caseFiled: '否',
      transferred: '否',
    }),
    expected: ['recheck-due:detail'],
  },
  {
    name: 'the 违法 record as an Excel export holds it: serial and 8-digit dates, √/×, 公顷 beside 亩, 万元, numbers as numbers',
    raw: land('0011', {
      regionCode: 130403,
      batch: '2023年第二季度',
      imageBefore: 44849,
      imageAfter: '2023/4/20',
      areaMonitored: { ha: '0.3333', mu: '5.00' },
      areaCultivated: { ha: '0.2800', mu: '4.20' },
      areaFarmland: 0,
      areaRedline: 0,
      flagRuralHousing: '×',
      flagGreenhouse: 'N',
      flagLandscapeLake: 0,
      verdict: ' 违法 ',
      verdictBasis: '未经批准占用耕地堆放建材',
      violationType: '非法占地',
      transferred: '×',
      fieldCheckDate: '2023年5月26日',
      ...CASE_DONE,
      caseFiled: '已立案',
      caseDate: '20230605',
      penaltyDate: 45117,
      fineAmount: '4.1万元',
      fineCollected: 41000,
      caseClosed: '√',
      caseClosedDate: '2023.12.20',
      rectMeasure: '拆除复垦',
      rectResolved: '是',
      rectDate: '2023-11-20',
      violationArea: { ha: '0.3200', mu: '4.80' },
      reclaimedArea: { ha: '0.3200', mu: '4.80' },
      reclaimedCultivated: 4.2,
      reclaimedFarmland: 0,
      photoCount: 6,
      reclaimCertNo: '邯自然资复耕证〔2023〕16号',
    }),
    expected: ['recheck-due:reclaimed'],
  },
  {
    name: '矿产 违法, 立案 after 实地核查, 毁闭 resolved with photos',
    raw: {
      ...BLANK,
      ...ISSUED,
      ...REVIEWED,
      militaryLand: '否',
      patchId: '130403KCWP23050002',
      plotId: '1',
      patchKind: '矿产',
      patchType: '',
      areaMonitored: '18.00',
      areaCultivated: '0',
      verdict: '违法',
      verdictBasis: '无证开采建筑用石料',
      violationType: '无证开采',
      mineralType: '建筑用石料',
      mineralStatus: '关闭',
      transferred: '否',
      ...CASE_DONE,
      rectMeasure: '毁闭',
      rectResolved: '是',
      rectDate: '2023-09-30',
      violationArea: '18.00',
      photoCount: '5',
    },
    // 毁闭 is of the demolition class (rules.md): its 到位证明 is due (info).
    expected: ['reclaim-certificate-required:missingCertificate'],
  },
  {
    name: '矿产 合法 with 许可证号',
    raw: {
      ...BLANK,
      ...ISSUED,
      ...REVIEWED,
      militaryLand: '否',
      patchId: '130403KCWP23050001',
      plotId: '1',
      patchKind: '矿产',
      patchType: '',
      areaMonitored: '25.00',
      areaCultivated: '0',
      verdict: '合法',
      verdictBasis: '持证开采，开采范围在矿区范围内',
      mineralLicenseNo: 'C1304002010127120012345',
      mineralType: '建筑用石料',
      mineralStatus: '在采',
      caseFiled: '否',
      transferred: '否',
    },
    expected: [],
  },
];

function audit(records: readonly CleanRecord[]): { name: string; findings: string[] }[] {
  const run = new AuditRun(RECORD_RULES, { profile: builtInProfile('national'), asOf: '2024-06-30' });
  return records.map(({ name, raw }, index) => {
    const record = buildRecord(raw, { present: FIELD_IDS });
    const statuses = run.statuses(record.present);
    // A complete export: every rule can run.
    expect(statuses.filter((s) => s.notApplicable).map((s) => s.rule.id)).toEqual([]);
    const findings = run.check(record, { row: index + 3 }, statuses).map((f) => `${f.ruleId}:${f.messageId}`);
    return { name, findings };
  });
}

describe('clean, fully filled records', () => {
  it('the fixture fills every field of the dictionary', () => {
    for (const { raw } of CLEAN) expect(Object.keys(raw).sort()).toEqual([...FIELD_IDS].sort());
  });

  it('draw only the info duties the catalogue requires', () => {
    const actual = audit(CLEAN).map(({ name, findings }) => ({ name, findings: [...findings].sort() }));
    expect(actual).toEqual(CLEAN.map(({ name, expected }) => ({ name, findings: [...expected].sort() })));
  });

  it('the harness does see faults: the 合法 record without its 文号, and the 违法 record with its 实地核查 after 立案', () => {
    const legal = CLEAN[0];
    const illegal = CLEAN[2];
    if (!legal || !illegal) throw new Error('fixture changed');
    const broken: CleanRecord[] = [
      { name: legal.name, raw: { ...legal.raw, approvalNo: '' }, expected: [] },
      { name: illegal.name, raw: { ...illegal.raw, fieldCheckDate: '2023-06-06' }, expected: [] },
    ];
    expect(audit(broken).map((r) => [...r.findings].sort())).toEqual([
      ['approval-no-required:missingNumber', 'legal-approval-required:missing'],
      ['case-without-field-check:checkAfterCase', 'recheck-due:reclaimed'],
    ]);
  });

  it('every expected finding is an info duty, never an error or warning', () => {
    const severities = new Map(RECORD_RULES.map((r) => [r.id, r.severity]));
    for (const { expected } of CLEAN) for (const e of expected) expect(severities.get(e.split(':')[0] ?? '')).toBe('info');
  });
});
