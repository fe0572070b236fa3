import { convertArea, toSquareMetres, type AreaUnit } from './areas';
import { parseDate, type IsoDate } from './dates';
import type { FieldDefinition } from './field-dictionary';
import { parseNumber } from './numbers';
import { parseYesNo } from './yes-no';

/** One reading of an area: the value as filed, in the unit it was filed in. */
export interface AreaReading {
  readonly unit: AreaUnit;
  readonly value: number;
  /** Decimals as filed, for rounding tolerances (area-unit-mismatch). */
  readonly decimals: number;
}

/**
 * A normalised field value. An absent key in a record means the cell or control was empty
 * (unanswered). `invalid` keeps what was filed when it could not be read as its type: it counts as
 * filled, but of unknown value (rules.md).
 */
export type FieldValue =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'yesno'; readonly yes: boolean; readonly text: string }
  | { readonly kind: 'date'; readonly iso: IsoDate; readonly text: string }
  | { readonly kind: 'number'; readonly value: number; readonly text: string }
  /** An area may be filed in two units (two columns); `readings[0]` is the first met. */
  | { readonly kind: 'area'; readonly readings: readonly AreaReading[]; readonly text: string }
  | { readonly kind: 'invalid'; readonly text: string; readonly expected: 'date' | 'number' | 'yesno' | 'area'; readonly reason: string };

export interface NormaliseOptions {
  /** The unit declared by the header or form label, if any. */
  readonly unit?: AreaUnit | 'yuan' | 'wanyuan' | 'm' | undefined;
  /** The profile's unit for areas whose unit is nowhere stated. */
  readonly defaultAreaUnit: AreaUnit;
}

function displayText(raw: unknown): string {
  if (typeof raw === 'string') return raw.trim();
  return String(raw);
}

/** Normalises one raw cell or control value. Returns undefined for an empty value. */
/**
 * Cell texts that exports use for "nothing here". 无 is an answer (否) to a 是/否 question, but
 * no value at all in a 文号, date, area or text cell.
 */
const PLACEHOLDERS = new Set(['/', '／', '-', '－', '—', '——', '\\', '#N/A', 'null', 'NULL']);
const NONE_WORDS = new Set(['无', '暂无']);

export function isPlaceholderText(def: FieldDefinition, text: string): boolean {
  const t = text.trim();
  return t === '' || PLACEHOLDERS.has(t) || (def.type !== 'yesno' && NONE_WORDS.has(t));
}

export function normaliseValue(def: FieldDefinition, raw: unknown, options: NormaliseOptions): FieldValue | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'string' && isPlaceholderText(def, raw)) return undefined;
  const text = displayText(raw);
  switch (def.type) {
    case 'date': {
      const r = parseDate(raw);
      if (r.state === 'empty') return undefined;
      if (r.state === 'invalid') return { kind: 'invalid', text, expected: 'date', reason: r.reason };
      return { kind: 'date', iso: r.iso, text };
    }
    case 'yesno': {
      const r = parseYesNo(raw, def.labels.map((label) => label.replace(/^是否/u, '')));
      if (r.state === 'empty') return undefined;
      if (r.state === 'invalid') return { kind: 'invalid', text, expected: 'yesno', reason: 'format' };
      return { kind: 'yesno', yes: r.state === 'yes', text };
    }
    case 'area': {
      const r = parseNumber(raw);
      if (r.state === 'empty') return undefined;
      if (r.state === 'invalid') return { kind: 'invalid', text, expected: 'area', reason: 'format' };
      const valueUnit = r.unit === 'mu' || r.unit === 'ha' || r.unit === 'sqm' ? r.unit : undefined;
      if (r.unit !== undefined && valueUnit === undefined) return { kind: 'invalid', text, expected: 'area', reason: 'unit' };
      const headerUnit = options.unit === 'mu' || options.unit === 'ha' || options.unit === 'sqm' ? options.unit : undefined;
      const unit = headerUnit ?? valueUnit ?? options.defaultAreaUnit;
      // A unit in the value that contradicts the header: trust the value's own text, converted.
      const value = valueUnit && headerUnit && valueUnit !== headerUnit ? convertArea(r.value, valueUnit, headerUnit) : r.value;
      return { kind: 'area', readings: [{ unit, value, decimals: r.decimals }], text };
    }
    case 'number':
    case 'integer': {
      const r = parseNumber(raw);
      if (r.state === 'empty') return undefined;
      if (r.state === 'invalid' || (r.unit !== undefined && r.unit !== 'yuan' && r.unit !== 'wanyuan' && r.unit !== 'm')) {
        return { kind: 'invalid', text, expected: 'number', reason: 'format' };
      }
      const scale = r.unit === 'wanyuan' || (r.unit === undefined && options.unit === 'wanyuan') ? 10_000 : 1;
      return { kind: 'number', value: r.value * scale, text };
    }
    default:
      return { kind: 'text', text };
  }
}

/** Square metres of an area value's first reading. */
export function areaReadingSquareMetres(reading: AreaReading): number {
  return toSquareMetres(reading.value, reading.unit);
}
