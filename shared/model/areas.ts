/**
 * Area units. 1 公顷 = 15 亩 exactly = 10,000 m² (fields.md). Values are stored in square metres;
 * shown in 公顷 to 4 decimals and 亩 to 2.
 */
export type AreaUnit = 'mu' | 'ha' | 'sqm';

export const SQM_PER_UNIT: Readonly<Record<AreaUnit, number>> = {
  ha: 10_000,
  mu: 10_000 / 15,
  sqm: 1,
};

export const AREA_UNIT_LABEL: Readonly<Record<AreaUnit, string>> = { mu: '亩', ha: '公顷', sqm: '平方米' };

/** The decimals a unit is shown with in reports (fields.md: 公顷 to 4, 亩 to 2). */
export const AREA_UNIT_DECIMALS: Readonly<Record<AreaUnit, number>> = { ha: 4, mu: 2, sqm: 2 };

export function parseAreaUnit(text: string): AreaUnit | undefined {
  const t = text.trim().toLowerCase();
  if (t === '亩') return 'mu';
  if (t === '公顷' || t === 'ha' || t === 'hm2' || t === 'hm²') return 'ha';
  if (t === '平方米' || t === '㎡' || t === 'm2' || t === 'm²' || t === '平米' || t === '平方') return 'sqm';
  return undefined;
}

export function toSquareMetres(value: number, unit: AreaUnit): number {
  return value * SQM_PER_UNIT[unit];
}

export function fromSquareMetres(sqm: number, unit: AreaUnit): number {
  return sqm / SQM_PER_UNIT[unit];
}

export function convertArea(value: number, from: AreaUnit, to: AreaUnit): number {
  return from === to ? value : fromSquareMetres(toSquareMetres(value, from), to);
}
