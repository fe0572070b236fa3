import { normaliseLabel, type LabelMatch, type LabelMatcher } from '../model/labels';
import { groupUnit, unitOnlyLabel, type ColumnUnit } from './units';

/**
 * Reads one column's header: its parts top to bottom (group headers, then the label), e.g.
 * `['核查情况', '拆除复耕', '面积（亩）']`. The label is read in the context of the nearest group
 * that gives it a meaning (fields.md: `面积` under 拆除复耕 is reclaimedArea); a label that is only
 * a unit (`亩` under a `监测面积` group) takes its field from the group; a level (`一级` under
 * `违法类型`) joins its group.
 */
export interface ColumnMatch {
  readonly field: LabelMatch['field'];
  readonly level?: number;
  readonly unit?: ColumnUnit;
}

const LOOSE_PUNCTUATION = /[:：()（）【】[\]*＊]/gu;

/**
 * LabelMatcher.match, then once more without inner colons, brackets and required-markers:
 * `其中：耕地`, `违法类型（一级）`, `图斑编号*`. The dictionary's own bracketed labels (`县（区）`)
 * match on the first try.
 */
function matchLoose(matcher: LabelMatcher, label: string, group?: string): LabelMatch | undefined {
  const m = matcher.match(label, group);
  if (m) return m;
  const { key, unit } = normaliseLabel(label);
  const loose = key.replace(LOOSE_PUNCTUATION, '');
  if (loose === key || loose === '') return undefined;
  const m2 = matcher.match(loose, group);
  if (!m2) return undefined;
  return unit && !m2.unit ? { ...m2, unit } : m2;
}

function sameField(a: LabelMatch | undefined, b: LabelMatch | undefined): boolean {
  return a !== undefined && b !== undefined && a.field === b.field && a.level === b.level;
}

function toColumnMatch(m: LabelMatch, unit?: ColumnUnit): ColumnMatch {
  const u = unit ?? m.unit;
  return { field: m.field, ...(m.level ? { level: m.level } : {}), ...(u ? { unit: u } : {}) };
}

/** The field a column's header parts name, or undefined. `parts` are non-empty texts, top to bottom. */
export function matchParts(matcher: LabelMatcher, parts: readonly string[]): ColumnMatch | undefined {
  const label = parts[parts.length - 1];
  if (label === undefined) return undefined;
  const groups = parts.slice(0, -1);
  const nearestFirst = [...groups].reverse();

  const onlyUnit = unitOnlyLabel(label);
  if (onlyUnit) {
    // `亩` under `监测面积`, or under `面积` under `拆除复耕`: the field comes from the parts above.
    const above = matchParts(matcher, groups);
    return above ? { ...above, unit: onlyUnit } : undefined;
  }

  const direct = matchLoose(matcher, label);
  for (const g of nearestFirst) {
    const m = matchLoose(matcher, label, g);
    if (m && !sameField(m, direct)) return withGroupUnit(m, nearestFirst);
  }
  if (direct) return withGroupUnit(direct, nearestFirst);
  // `一级` under `违法类型`; `面积` under a group that is itself a field name.
  for (const g of nearestFirst) {
    const m = matchLoose(matcher, `${normaliseLabel(g).key}${label}`);
    if (m) return withGroupUnit(m, nearestFirst);
  }
  return undefined;
}

/** A label without its own unit takes one from a group above it: `拆除复耕（亩）` over `面积`. */
function withGroupUnit(m: LabelMatch, nearestFirst: readonly string[]): ColumnMatch {
  if (m.unit) return toColumnMatch(m);
  for (const g of nearestFirst) {
    const u = groupUnit(g);
    if (u) return toColumnMatch(m, u);
  }
  return toColumnMatch(m);
}

export function sameColumnMatch(a: ColumnMatch | undefined, b: ColumnMatch | undefined): boolean {
  return a !== undefined && b !== undefined && a.field === b.field && a.level === b.level && a.unit === b.unit;
}
