import { AREA_UNIT_LABEL, SQM_PER_UNIT, convertArea, type AreaUnit } from '../model/areas';
import { AREA_FIELDS } from '../model/field-dictionary';
import type { AreaReading } from '../model/field-value';
import type { PatchRecord } from '../model/patch-record';
import { defineRule, type RuleReport } from './define-rule';
import { fieldLabels } from './readings';

/**
 * Every unit as a whole number of thirds of a square metre (公顷 30000, 亩 2000, 平方米 3), so that
 * filed figures compare exactly: 1 亩 = 2000/3 m² has no exact binary fraction, and a float
 * comparison at the very edge of the tolerance (0.0008 亩 vs 0.0008000000000016882) would flip.
 */
const THIRDS_OF_SQM: Readonly<Record<AreaUnit, bigint>> = {
  ha: BigInt(Math.round(SQM_PER_UNIT.ha * 3)),
  mu: BigInt(Math.round(SQM_PER_UNIT.mu * 3)),
  sqm: BigInt(Math.round(SQM_PER_UNIT.sqm * 3)),
};

function abs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

/**
 * Whether two readings differ by more than half a unit of the last decimal shown in each, the two
 * half-units converted to one unit and added (rules.md: 亩 to 2 decimals and 公顷 to 4 → 0.00575 亩).
 * Exact: both readings and both half-units are scaled to integers of (1/3 m²)·10^-(D+1).
 */
function readingsDisagree(a: AreaReading, b: AreaReading): boolean {
  // A figure too long to scale exactly (not a filed area) is left alone rather than thrown on.
  if (![a, b].every((r) => Number.isFinite(r.value * 10 ** r.decimals))) return false;
  const scale = Math.max(a.decimals, b.decimals) + 1;
  const scaled = (r: AreaReading): { value: bigint; halfUnit: bigint } => {
    const digits = BigInt(Math.round(r.value * 10 ** r.decimals));
    const shift = 10n ** BigInt(scale - r.decimals);
    return { value: digits * shift * THIRDS_OF_SQM[r.unit], halfUnit: (shift / 2n) * THIRDS_OF_SQM[r.unit] };
  };
  const x = scaled(a);
  const y = scaled(b);
  return abs(x.value - y.value) > x.halfUnit + y.halfUnit;
}

function shown(r: AreaReading): string {
  return `${r.value.toFixed(r.decimals)}${AREA_UNIT_LABEL[r.unit]}`;
}

/** The first pair of readings in different units that disagree. */
function firstMismatch(record: PatchRecord, field: (typeof AREA_FIELDS)[number]): [AreaReading, AreaReading] | undefined {
  const value = record.values[field];
  if (value?.kind !== 'area') return undefined;
  const { readings } = value;
  for (let i = 0; i < readings.length; i++) {
    for (let j = i + 1; j < readings.length; j++) {
      const a = readings[i];
      const b = readings[j];
      if (a && b && a.unit !== b.unit && readingsDisagree(a, b)) return [a, b];
    }
  }
  return undefined;
}

export default defineRule({
  id: 'area-unit-mismatch',
  title: '公顷与亩面积不符',
  severity: 'error',
  description: '同一面积同时以公顷和亩（或平方米）填报，两者换算（1 公顷 = 15 亩）后相差超过各自末位半个单位之和：每个出错的面积字段各报一次。',
  fields: AREA_FIELDS,
  requires: 'any',
  patchKinds: 'both',
  messages: {
    mismatch: '{label}两种单位不一致：{first}折合 {converted}，与所填 {second} 相差超过取舍误差 {tolerance}。',
  },
  source: {
    tag: 'seed',
    refs: ['S1'],
    note: 'S1 快报模板的面积以“公顷（亩）”两种单位填报；两者须在取舍误差内一致（1 公顷 = 15 亩）。',
  },
  check(record) {
    const reports: RuleReport<'mismatch'>[] = [];
    for (const field of AREA_FIELDS) {
      const pair = firstMismatch(record, field);
      if (!pair) continue;
      const [a, b] = pair;
      const tolerance = convertArea(0.5 * 10 ** -a.decimals, a.unit, b.unit) + 0.5 * 10 ** -b.decimals;
      reports.push({
        messageId: 'mismatch',
        data: {
          label: fieldLabels([field]),
          first: shown(a),
          second: shown(b),
          converted: `${Number(convertArea(a.value, a.unit, b.unit).toFixed(6))}${AREA_UNIT_LABEL[b.unit]}`,
          tolerance: `${Number(tolerance.toFixed(8))}${AREA_UNIT_LABEL[b.unit]}`,
        },
        fields: [field],
      });
    }
    return reports;
  },
});
