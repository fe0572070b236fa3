/**
 * Numbers as the offices write them (issue 11): areas in the unit they were filed in (亩 with 2
 * decimals, 公顷 with 4, both where both were filed), money in 元 with thousands separators,
 * percentages with 1 decimal and 多/少 instead of a negative difference. Every face renders
 * numbers through here, so no float artefact (0.05333333333333334) ever reaches a user.
 */
import { AREA_UNIT_DECIMALS, AREA_UNIT_LABEL, convertArea, type AreaUnit } from '../model/areas';

/**
 * `value` rounded to `decimals` and written with exactly that many decimals (toFixed works on the
 * binary value: 1.005 → "1.00"; rounding the decimal string of the value first gives "1.01", as a
 * person rounding the printed number would). -0 is written as 0.
 */
export function fixedDecimals(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '—';
  const rounded = Number(`${Math.round(Number(`${Math.abs(value)}e${decimals}`))}e-${decimals}`);
  const text = (Number.isFinite(rounded) ? rounded : Math.abs(value)).toFixed(decimals);
  const zero = Number(text) === 0;
  return value < 0 && !zero ? `-${text}` : text;
}

/** At most `maxDecimals` decimals, trailing zeros dropped: counts, 米, 点号 stay as written. */
export function plainNumber(value: number, maxDecimals = 4): string {
  if (Number.isInteger(value)) return String(value);
  const text = fixedDecimals(value, maxDecimals);
  return text.includes('.') ? text.replace(/\.?0+$/u, '') : text;
}

/** Thousands separators on the integer part: 1234567.5 → 1,234,567.5. */
function withThousands(text: string): string {
  const [integer = '', fraction] = text.split('.');
  const sign = integer.startsWith('-') ? '-' : '';
  const digits = sign ? integer.slice(1) : integer;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
  return fraction !== undefined ? `${sign}${grouped}.${fraction}` : `${sign}${grouped}`;
}

/** An area with its unit: `12.35 亩`, `0.8233 公顷`, `125.5 平方米`. */
export function formatArea(value: number, unit: AreaUnit): string {
  const text = unit === 'sqm' ? plainNumber(value, AREA_UNIT_DECIMALS.sqm) : fixedDecimals(value, AREA_UNIT_DECIMALS[unit]);
  return `${text} ${AREA_UNIT_LABEL[unit]}`;
}

/**
 * An area held in `from`, shown in the units it was filed in: one unit, or both (`0.8233 公顷（12.35 亩）`)
 * when the form or sheet gave both. The first unit listed leads.
 */
export function formatAreaIn(value: number, from: AreaUnit, shownIn: readonly AreaUnit[]): string {
  const units = shownIn.length > 0 ? shownIn : [from];
  const [first, ...rest] = units.map((unit) => formatArea(convertArea(value, from, unit), unit));
  return rest.length > 0 ? `${first ?? ''}（${rest.join('，')}）` : (first ?? '');
}

/** Money in 元: `12,500 元`, `1,234.50 元` (分 shown only when there are any). */
export function formatMoney(yuan: number): string {
  if (!Number.isFinite(yuan)) return '—';
  const cents = Math.round(Number(`${yuan}e2`));
  const text = cents % 100 === 0 ? fixedDecimals(yuan, 0) : fixedDecimals(yuan, 2);
  return `${withThousands(text)} 元`;
}

/** A percentage with 1 decimal: `12.3%`. */
export function formatPercent(percent: number): string {
  return `${fixedDecimals(percent, 1)}%`;
}

/**
 * A signed difference in percent said as offices say it: `多 12.3%`, `少 74.2%`, `相同` — never
 * a negative "相差 -74.209%".
 */
export function formatPercentMoreOrLess(percent: number): string {
  const text = fixedDecimals(Math.abs(percent), 1);
  if (Number(text) === 0) return '基本相同';
  return `${percent > 0 ? '多' : '少'} ${text}%`;
}
