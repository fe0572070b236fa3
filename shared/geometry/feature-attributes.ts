/**
 * Attributes of a shapefile record or GeoJSON feature, as the parcels carry them: text as filed,
 * with the parcel's 编号 and 名称 picked from the field names Chinese land data uses (地块编号 /
 * DKBH, 图斑编号 / TBBH, …; 地块名称 / DKMC) before generic ones (id, name).
 */

// 地块编 / 图斑编 / 地块名: the same names cut to the 10 bytes a .dbf field name holds, in UTF-8.
const ID_FIELDS = ['地块编号', 'DKBH', '图斑编号', 'TBBH', '地块编', '图斑编', 'ID'] as const;
const NAME_FIELDS = ['地块名称', 'DKMC', '名称', '地块名', 'NAME'] as const;

/** A property value as text: strings as they are, numbers and booleans printed, objects as JSON; null and undefined have none. */
export function attributeText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

function pick(attributes: Readonly<Record<string, string>>, names: readonly string[]): string | undefined {
  const byUpper = new Map<string, string>();
  for (const [key, value] of Object.entries(attributes)) {
    const upper = key.trim().toUpperCase();
    if (!byUpper.has(upper) && value.trim() !== '') byUpper.set(upper, value.trim());
  }
  for (const name of names) {
    const value = byUpper.get(name);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The parcel's 编号 from its attributes, when a known field holds one. */
export function parcelIdOf(attributes: Readonly<Record<string, string>>): string | undefined {
  return pick(attributes, ID_FIELDS);
}

export function parcelNameOf(attributes: Readonly<Record<string, string>>): string {
  return pick(attributes, NAME_FIELDS) ?? '';
}
