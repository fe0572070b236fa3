import { parseAreaUnit, type AreaUnit } from '../model/areas';
import { normaliseLabel } from '../model/labels';
import { toHalfWidth } from '../model/text';

export type ColumnUnit = AreaUnit | 'yuan' | 'wanyuan' | 'm';

/** A unit named by a word on its own: `亩`, `公顷`, `万元`, `米`. */
export function unitWord(text: string): ColumnUnit | undefined {
  const t = toHalfWidth(text).replace(/\s+/gu, '').toLowerCase();
  const area = parseAreaUnit(t);
  if (area) return area;
  if (t === '元') return 'yuan';
  if (t === '万元') return 'wanyuan';
  if (t === '米' || t === 'm') return 'm';
  return undefined;
}

/** What a unit line (`(单位：亩)`, `单位：公顷、万元`, `面积单位：亩；金额单位：元`) declares. */
export interface UnitLine {
  readonly text: string;
  readonly areaUnit?: AreaUnit;
  readonly moneyUnit?: 'yuan' | 'wanyuan';
}

const UNIT_LINE = /单位[:：]?([^()（）【】[\]]*)/gu;

/**
 * Reads a unit line out of a cell's text; undefined when the text names no unit after `单位`.
 * `填报单位：XX县自然资源局` names none and is not a unit line.
 */
export function parseUnitLine(raw: string): UnitLine | undefined {
  const text = toHalfWidth(raw).replace(/\s+/gu, '');
  let areaUnit: AreaUnit | undefined;
  let moneyUnit: 'yuan' | 'wanyuan' | undefined;
  for (const m of text.matchAll(UNIT_LINE)) {
    for (const token of (m[1] ?? '').split(/[、,，/;；:：]|和|及|面积单位|金额单位|面积|金额/u)) {
      const u = unitWord(token);
      if (u === 'mu' || u === 'ha' || u === 'sqm') areaUnit ??= u;
      else if (u === 'yuan' || u === 'wanyuan') moneyUnit ??= u;
    }
  }
  if (areaUnit === undefined && moneyUnit === undefined) return undefined;
  return { text: raw.trim(), ...(areaUnit ? { areaUnit } : {}), ...(moneyUnit ? { moneyUnit } : {}) };
}

/**
 * A header cell that names only a unit: `亩`, `（公顷）`, `单位：亩` — a sub-header under a group
 * such as `监测面积` spread over a 亩 and a 公顷 column.
 */
export function unitOnlyLabel(raw: string): ColumnUnit | undefined {
  const { key, unit } = normaliseLabel(raw);
  if (key === '' && unit) return unit;
  const word = unitWord(key);
  if (word) return word;
  if (/^单位/u.test(key)) {
    const line = parseUnitLine(raw);
    return line?.areaUnit ?? line?.moneyUnit;
  }
  return undefined;
}

/** The unit a group header names in brackets (`拆除复耕（亩）`) or as a unit line. */
export function groupUnit(raw: string): ColumnUnit | undefined {
  const { unit } = normaliseLabel(raw);
  if (unit) return unit;
  const line = parseUnitLine(raw);
  return line?.areaUnit ?? line?.moneyUnit;
}
