import type { Figure } from './figure-book';
import type { PeriodReport } from './period-report';
import { areaKey } from './quarterly-bulletin';
import { DECIMALS, fixed } from './report-numbers';

/**
 * The 《季度卫片执法工作情况快报》 as the template (seed S1) words it, filled from a report, with
 * the template's two slips corrected (“占案查处件数” → 占立案查处件数; “消除违法状态件” gets its
 * blank). A figure that cannot be derived stays a blank `____`; the list of blanks follows.
 */
const BLANK = '____';

export interface BulletinParagraph {
  readonly heading?: boolean;
  readonly text: string;
}

function figureText(value: Figure | undefined, decimals: number): string {
  return value === null || value === undefined ? BLANK : fixed(value, decimals);
}

/** Reads figures of one report as the template shows them. */
export class BulletinFigures {
  constructor(private readonly figures: Readonly<Record<string, Figure>>) {}

  count(key: string): string {
    return figureText(this.figures[key], 0);
  }

  pct(key: string): string {
    return figureText(this.figures[key], DECIMALS.pct);
  }

  /** `1.2345公顷（18.52亩）` from `<key>Ha` and `<key>Mu`. */
  area(key: string): string {
    return `${figureText(this.figures[`${key}Ha`], DECIMALS.ha)}公顷（${figureText(this.figures[`${key}Mu`], DECIMALS.mu)}亩）`;
  }

  /** 土地面积, 耕地面积, 永久基本农田面积 of one line. */
  areas(prefix: string, landWord = '监测土地面积'): string {
    return `涉及${landWord}${this.area(areaKey(prefix, 'land'))}，其中耕地面积${this.area(areaKey(prefix, 'cultivated'))}，永久基本农田面积${this.area(areaKey(prefix, 'farmland'))}`;
  }
}

function regionTitle(report: PeriodReport): string {
  const { province, city, county } = report.region;
  return `${province ?? '__省'}${city ?? '__市'}${county ?? '__县（区）'}${report.period.label}`;
}

/** The filled template, paragraph by paragraph (headings marked), for text output and the printable page. */
export function bulletinParagraphs(report: PeriodReport): BulletinParagraph[] {
  const f = new BulletinFigures(report.figures);
  const p = report.period.label;
  const whom = report.region.county ?? report.region.city ?? report.region.province ?? '我县';
  return [
    { heading: true, text: regionTitle(report) },
    { heading: true, text: '卫片执法工作情况快报' },
    {
      text: `${p}，部共下发${whom}卫片执法图斑${f.count('total.issued.count')}个。截至目前，已完成实地核实和图斑填报${f.count('total.verified.count')}个，完成比例为${f.pct('total.verified.countPct')}%。下发图斑中，共发现违法行为${f.count('total.cases.total')}件，已经立案查处${f.count('total.cases.filed')}件，作出行政处罚（处理）${f.count('total.cases.penalised')}件，结案${f.count('total.cases.closed')}件，行政处罚（处理）落实到位${f.count('total.cases.enforced')}件，经整改后消除违法状态${f.count('total.cases.resolved')}件。现将具体情况报告如下：`,
    },
    { heading: true, text: '一、土地卫片执法情况' },
    { heading: true, text: '（一）图斑下发及核实情况' },
    {
      text: `部共下发${whom}土地卫片执法图斑${f.count('land.issued.count')}个，${f.areas('land.issued.')}。截至目前，已完成核实和填报${f.count('land.verified.count')}个，${f.areas('land.verified.')}，分别占下发个数、面积、耕地面积、永久基本农田面积的${f.pct('land.verified.countPct')}%、${f.pct('land.verified.areaPct')}%、${f.pct('land.verified.cultivatedPct')}%、${f.pct('land.verified.farmlandPct')}%。`,
    },
    {
      text: `已完成实地核实图斑中，违法图斑${f.count('land.illegal.count')}个，${f.areas('land.illegal.')}；合法图斑${f.count('land.legal.count')}个，${f.areas('land.legal.')}；其他图斑${f.count('land.other.count')}个，${f.areas('land.other.')}。`,
    },
    { heading: true, text: '（二）查处整改情况' },
    {
      text: `截至目前，${p}卫片执法共发现土地违法行为${f.count('land.cases.total')}件，已经立案查处${f.count('land.cases.filed')}件，占本季度卫片违法总件数的${f.pct('land.cases.filedPct')}%；作出行政处罚（处理）${f.count('land.cases.penalised')}件，占立案查处件数的${f.pct('land.cases.penalisedPct')}%；结案${f.count('land.cases.closed')}件，占立案查处件数的${f.pct('land.cases.closedPct')}%；行政处罚（处理）已落实到位${f.count('land.cases.enforced')}件，占立案查处件数的${f.pct('land.cases.enforcedPct')}%。`,
    },
    {
      text: `经整改后消除违法状态${f.count('land.cases.resolved')}件，${f.areas('land.cases.resolved', '土地面积')}，分别占违法用地总件数、总面积、总耕地面积、总基本农田面积的${f.pct('land.cases.resolvedPct')}%、${f.pct('land.cases.resolvedAreaPct')}%、${f.pct('land.cases.resolvedCultivatedPct')}%、${f.pct('land.cases.resolvedFarmlandPct')}%。`,
    },
    {
      text: `本季度卫片执法中尚未消除违法状态，又未立案查处的土地违法行为有${f.count('land.cases.unresolvedUnfiled')}件，${f.areas('land.cases.unresolvedUnfiled', '土地面积')}，分别占违法用地总件数、总面积、总耕地面积、总基本农田面积的${f.pct('land.cases.unresolvedUnfiledPct')}%、${f.pct('land.cases.unresolvedUnfiledAreaPct')}%、${f.pct('land.cases.unresolvedUnfiledCultivatedPct')}%、${f.pct('land.cases.unresolvedUnfiledFarmlandPct')}%。`,
    },
    {
      text: `扣除已经整改落实到位、消除违法状态的土地违法行为占用的土地面积、耕地面积后，${whom}违法用地面积占新增建设用地总面积、违法占用耕地面积占新增建设用地占用耕地总面积的比例分别为${f.pct('land.ratios.illegalAreaPct')}%、${f.pct('land.ratios.illegalCultivatedPct')}%。`,
    },
    { heading: true, text: '二、矿产卫片执法情况' },
    { heading: true, text: '（一）图斑下发及核实基本情况' },
    {
      text: `部共下发${whom}矿产卫片执法图斑${f.count('mineral.issued.count')}个。截至目前，已完成实地核实和填报${f.count('mineral.verified.count')}个，完成比例为${f.pct('mineral.verified.countPct')}%。其中，违法图斑${f.count('mineral.illegal.count')}个，占${f.pct('mineral.illegal.countPct')}%。`,
    },
    { heading: true, text: '（二）查处整改情况' },
    {
      text: `截至目前，${p}卫片执法共发现矿产违法行为${f.count('mineral.cases.total')}件，已经立案查处${f.count('mineral.cases.filed')}件，占违法总件数的${f.pct('mineral.cases.filedPct')}%；作出行政处罚（处理）${f.count('mineral.cases.penalised')}件，占立案查处件数的${f.pct('mineral.cases.penalisedPct')}%；结案${f.count('mineral.cases.closed')}件，占立案查处件数的${f.pct('mineral.cases.closedPct')}%；行政处罚（处理）已落实到位${f.count('mineral.cases.enforced')}件，占立案查处件数的${f.pct('mineral.cases.enforcedPct')}%。`,
    },
    { text: `经整改后消除违法状态${f.count('mineral.cases.resolved')}件，占矿产违法总件数的${f.pct('mineral.cases.resolvedPct')}%。` },
    { text: `本季度卫片执法中尚未消除违法状态，又未立案查处的矿产违法行为仍有${f.count('mineral.cases.unresolvedUnfiled')}件，占矿产违法总件数的${f.pct('mineral.cases.unresolvedUnfiledPct')}%。` },
    { text: `上报时间：${report.asOf.slice(0, 4)}年${Number(report.asOf.slice(5, 7))}月${Number(report.asOf.slice(8, 10))}日` },
  ];
}
