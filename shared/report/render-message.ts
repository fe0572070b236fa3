import type { AreaUnit } from '../model/areas';
import { parseAreaUnit } from '../model/areas';
import { formatDate, type DateStyle } from '../format/office-dates';
import { formatArea, formatAreaIn, formatMoney, formatPercent, formatPercentMoreOrLess, plainNumber } from '../format/office-numbers';
import type { MessageData } from './finding';

/**
 * A placeholder is `{name}` or `{name:kind}`; the kind says how the value is written (issue 11):
 *
 * | kind | value | written |
 * |---|---|---|
 * | 亩 / 公顷 / 平方米 | an area in that unit | `12.35 亩`, `0.8233 公顷`, `125.5 平方米` |
 * | 面积 | an area in the unit named by the data's `unit` (亩, 公顷) | as above |
 * | 表单面积 | an area in 公顷, shown in the unit(s) the form or column was filed in (options.areaUnits) | `12.35 亩` |
 * | 元 | money | `12,500 元` |
 * | 百分比 | a percentage | `12.3%` |
 * | 多少 | a signed difference in percent | `多 12.3%`, `少 74.2%` |
 * | 日期 | an ISO date | in the face's date style |
 *
 * A bare `{name}` holding a number is written without float artefacts (at most 4 decimals).
 */
const PLACEHOLDER = /\{(\w+)(?::([^{}:]+))?\}/gu;

export const PLACEHOLDER_KINDS = ['亩', '公顷', '平方米', '面积', '表单面积', '元', '百分比', '多少', '日期'] as const;
export type PlaceholderKind = (typeof PLACEHOLDER_KINDS)[number];

/** How a face writes values into messages. */
export interface RenderOptions {
  /** The units the form or sheet gave its areas in (for `表单面积`); default 公顷. */
  readonly areaUnits?: readonly AreaUnit[];
  /** The face's one date style; default `YYYY-MM-DD`. */
  readonly dateStyle?: DateStyle;
}

/** The {placeholders} a template needs (names only, without their kind). */
export function templatePlaceholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/** The kinds a template's placeholders use (for the meta-test that refuses unknown kinds). */
export function templatePlaceholderKinds(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].flatMap((m) => (m[2] !== undefined ? [m[2]] : []));
}

function numeric(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const trimmed = value.trim();
  if (!/^-?\d+(\.\d+)?$/u.test(trimmed)) return undefined;
  return Number(trimmed);
}

function formatValue(value: string | number, kind: string | undefined, data: MessageData, options: RenderOptions): string {
  if (kind === '日期' && typeof value === 'string') return formatDate(value, options.dateStyle ?? 'iso');
  const n = numeric(value);
  if (n === undefined) return String(value);
  switch (kind) {
    case '亩':
      return formatArea(n, 'mu');
    case '公顷':
      return formatArea(n, 'ha');
    case '平方米':
      return formatArea(n, 'sqm');
    case '面积': {
      const unit = parseAreaUnit(String(data['unit'] ?? '')) ?? 'mu';
      return formatArea(n, unit);
    }
    case '表单面积':
      return formatAreaIn(n, 'ha', options.areaUnits ?? ['ha']);
    case '元':
      return formatMoney(n);
    case '百分比':
      return formatPercent(n);
    case '多少':
      return formatPercentMoreOrLess(n);
    default:
      return typeof value === 'number' ? plainNumber(n) : String(value);
  }
}

/** Fills a zh-CN template. A missing value shows as its placeholder, never as "undefined". */
export function renderTemplate(template: string, data: MessageData, options: RenderOptions = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string, kind: string | undefined) => {
    const value = data[name];
    return value === undefined ? whole : formatValue(value, kind, data, options);
  });
}
