import { describe, expect, it } from 'vitest';
import { builtInProfile } from '../profiles/profiles';
import { buildRecord } from '../model/patch-record';
import { figureLabel } from './figure-labels';
import { buildPeriodReport } from './period-report';
import { parseReportPeriod } from './report-period';

describe('figure names', () => {
  it('names keys in Chinese', () => {
    expect(figureLabel('land.issued.count')).toBe('土地下发图斑个数');
    expect(figureLabel('land.verified.cultivatedPct')).toBe('土地已核实填报图斑耕地面积占比（%）');
    expect(figureLabel('land.cases.resolvedAreaMu')).toBe('土地违法行为消除违法状态土地面积（亩）');
    expect(figureLabel('mineral.cases.penalisedPct')).toBe('矿产违法行为行政处罚（处理）占比（%）');
    expect(figureLabel('land.ratios.illegalCultivatedPct')).toBe('土地违法占用耕地面积占新增建设用地占用耕地总面积比例（%）');
  });

  it('names every key a report gives, with no Latin letter left', () => {
    const period = parseReportPeriod('2023');
    if (!period) throw new Error('period');
    const present = new Set(['verdict', 'caseFiled', 'areaMonitored'] as const);
    const r = buildPeriodReport([{ record: buildRecord({ verdict: '违法', caseFiled: '是', areaMonitored: 1 }, { present }), row: 2 }], {
      profile: builtInProfile('national'),
      period,
      asOf: '2024-01-01',
      level: 'county',
      present,
    });
    for (const key of Object.keys(r.figures)) expect(figureLabel(key), key).not.toMatch(/[A-Za-z]/u);
  });
});
