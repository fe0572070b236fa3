import { FIELD_DEFINITIONS, GROUP_CONTEXTS, type FieldId } from './field-dictionary';
import { parseAreaUnit, type AreaUnit } from './areas';
import { toHalfWidth } from './text';

/**
 * Header and form labels as people write them: `*监测面积（亩）：`, `监测面积(公顷)`, `是否\n立案`.
 * A normalised label drops the required-marker, trailing colon, whitespace and a bracketed unit,
 * and turns full-width ASCII into half-width; the unit, when there was one, is returned beside it.
 */
export interface NormalisedLabel {
  readonly key: string;
  readonly unit?: AreaUnit | 'yuan' | 'wanyuan' | 'm';
}

const UNIT_IN_BRACKETS = /[（(【[]\s*(?:单位\s*[:：]\s*)?([^()（）【】[\]]{1,6})\s*[)）】\]]\s*$/u;

function unitFromText(text: string): NormalisedLabel['unit'] | undefined {
  const area = parseAreaUnit(text);
  if (area) return area;
  const t = text.trim().toLowerCase();
  if (t === '元') return 'yuan';
  if (t === '万元') return 'wanyuan';
  if (t === '米' || t === 'm') return 'm';
  return undefined;
}

export function normaliseLabel(raw: string): NormalisedLabel {
  let text = toHalfWidth(raw).replace(/\s+/gu, '');
  text = text.replace(/^[*＊]+/u, '').replace(/[:：]+$/u, '').replace(/^[*＊]+/u, '');
  let unit: NormalisedLabel['unit'] | undefined;
  // A bracketed tail is a unit only when it reads as one; `县（区）` keeps its brackets.
  const m = UNIT_IN_BRACKETS.exec(text);
  if (m?.[1] !== undefined) {
    const u = unitFromText(m[1]);
    if (u) {
      unit = u;
      text = text.slice(0, m.index);
    }
  }
  text = text.replace(/[:：]+$/u, '');
  // Brackets that remain are compared half-width, so `县（区）` and `县(区)` are one label.
  return unit ? { key: text, unit } : { key: text };
}

export interface LabelMatch {
  readonly field: FieldId;
  /** For multi-level fields (违法类型一级 … 四级): the level, 1-based. */
  readonly level?: number;
  readonly unit?: NormalisedLabel['unit'];
}

const LEVEL_WORDS: Readonly<Record<string, number>> = { 一级: 1, 二级: 2, 三级: 3, 四级: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function buildLabelIndex(extraSynonyms: Readonly<Record<string, readonly string[]>> = {}): Map<string, FieldId> {
  const index = new Map<string, FieldId>();
  for (const def of FIELD_DEFINITIONS) {
    for (const label of def.labels) index.set(normaliseLabel(label).key.toLowerCase(), def.id);
  }
  for (const [field, labels] of Object.entries(extraSynonyms)) {
    for (const label of labels) index.set(normaliseLabel(label).key.toLowerCase(), field as FieldId);
  }
  return index;
}

/**
 * Matches labels to field ids. Built once per profile (a profile may add synonyms), then used for
 * every header or form label.
 */
export class LabelMatcher {
  private readonly index: Map<string, FieldId>;

  constructor(extraSynonyms: Readonly<Record<string, readonly string[]>> = {}) {
    this.index = buildLabelIndex(extraSynonyms);
  }

  /** `group` is the merged group header above a sub-header, if any. */
  match(rawLabel: string, group?: string): LabelMatch | undefined {
    const { key, unit } = normaliseLabel(rawLabel);
    if (key === '') return undefined;
    const withUnit = (field: FieldId, level?: number): LabelMatch => ({ field, ...(level ? { level } : {}), ...(unit ? { unit } : {}) });
    if (group) {
      const groupKey = normaliseLabel(group).key;
      for (const ctx of GROUP_CONTEXTS) {
        if (!ctx.groupKeywords.some((k) => groupKey.includes(k))) continue;
        const field = ctx.subLabels[key];
        if (field) return withUnit(field);
      }
    }
    const direct = this.index.get(key.toLowerCase());
    if (direct) return withUnit(direct);
    // 违法类型一级 … 违法类型四级, 违法类型1 …
    const level = /^违法类型(一级|二级|三级|四级|[1-4])$/u.exec(key);
    if (level?.[1] !== undefined) return withUnit('violationType', LEVEL_WORDS[level[1]]);
    return undefined;
  }
}
