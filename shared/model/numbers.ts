import { toHalfWidth } from './text';
import { parseAreaUnit, type AreaUnit } from './areas';

/**
 * Numbers as exports hold them: real numbers, or text such as `1,234.5`, `１２.５`, `12.5亩`,
 * ` 0.0765 `. Returns the value, the decimals as written (for rounding tolerances) and a unit
 * found in the text.
 */
export type NumberReading =
  | { readonly state: 'ok'; readonly value: number; readonly decimals: number; readonly unit?: AreaUnit | 'yuan' | 'wanyuan' | 'm' }
  | { readonly state: 'empty' }
  | { readonly state: 'invalid'; readonly raw: string };

const NUMBER_WITH_UNIT = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?)\s*([^\d\s.,+-]{0,4})$/u;

function decimalsOf(numberText: string): number {
  const dot = numberText.indexOf('.');
  return dot < 0 ? 0 : numberText.length - dot - 1;
}

function decimalsOfValue(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  // Floating values read from a cell: use the shortest round-trip text.
  const text = String(value);
  if (text.includes('e')) return 10;
  return decimalsOf(text);
}

export function parseNumber(raw: unknown): NumberReading {
  if (raw === null || raw === undefined) return { state: 'empty' };
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { state: 'ok', value: raw, decimals: decimalsOfValue(raw) } : { state: 'invalid', raw: String(raw) };
  }
  const text = toHalfWidth(String(raw)).trim();
  if (text === '' || text === '-' || text === '/' || text === '—') return { state: 'empty' };
  const m = NUMBER_WITH_UNIT.exec(text.replace(/\s+/gu, ''));
  if (!m || m[1] === undefined || m[1] === '' || m[1] === '+' || m[1] === '-') return { state: 'invalid', raw: text };
  const numberText = m[1].replace(/,/gu, '');
  const value = Number(numberText);
  if (!Number.isFinite(value)) return { state: 'invalid', raw: text };
  const unitText = m[2] ?? '';
  if (unitText === '') return { state: 'ok', value, decimals: decimalsOf(numberText) };
  const area = parseAreaUnit(unitText);
  const unit = area ?? (unitText === '元' ? 'yuan' : unitText === '万元' ? 'wanyuan' : unitText === '米' || unitText.toLowerCase() === 'm' ? 'm' : undefined);
  if (!unit) return { state: 'invalid', raw: text };
  return { state: 'ok', value, decimals: decimalsOf(numberText), unit };
}
