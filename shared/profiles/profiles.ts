import national from './national.json';
import golmud2024 from './qinghai-golmud-2024.json';
import weihai2023 from './shandong-weihai-2023.json';
import lishi2019 from './shanxi-lishi-2019.json';
import sichuan2020 from './sichuan-2020.json';
import { validateProfile, type Profile, type ProfileProblem } from './profile-schema';

/**
 * Profiles shipped with the product, by id: `national` (what applies nationwide) and one profile
 * per issuing authority whose notice we hold, each extending `national` (issue 10).
 */
export const BUILT_IN_PROFILES: Readonly<Record<string, unknown>> = {
  national,
  'shanxi-lishi-2019': lishi2019,
  'sichuan-2020': sichuan2020,
  'shandong-weihai-2023': weihai2023,
  'qinghai-golmud-2024': golmud2024,
};

type JsonObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; arrays and scalars of the override replace the base's. */
function mergeProfiles(base: JsonObject, override: JsonObject): JsonObject {
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const prior = out[key];
    out[key] = isPlainObject(prior) && isPlainObject(value) ? mergeProfiles(prior, value) : value;
  }
  return out;
}

export type ProfileResolution = { readonly ok: true; readonly profile: Profile } | { readonly ok: false; readonly problems: readonly ProfileProblem[] };

/**
 * Resolves `extends` chains (built-in ids only) and validates the result. `data` is a parsed JSON
 * profile, built-in or the user's.
 */
export function resolveProfile(data: unknown, seen: readonly string[] = []): ProfileResolution {
  if (!isPlainObject(data)) return { ok: false, problems: [{ path: '(根)', message: '配置文件应为 JSON 对象' }] };
  const parentId = data['extends'];
  let merged: JsonObject = data;
  if (parentId !== undefined) {
    if (typeof parentId !== 'string' || !(parentId in BUILT_IN_PROFILES)) {
      return { ok: false, problems: [{ path: 'extends', message: `未知的上级配置“${String(parentId)}”` }] };
    }
    if (seen.includes(parentId)) return { ok: false, problems: [{ path: 'extends', message: `配置循环继承：${[...seen, parentId].join(' → ')}` }] };
    const parent = resolveProfile(BUILT_IN_PROFILES[parentId], [...seen, parentId]);
    if (!parent.ok) return parent;
    merged = mergeProfiles(parent.profile as unknown as JsonObject, data);
  }
  return validateProfile(merged);
}

export function builtInProfile(id: string): Profile {
  const resolved = resolveProfile(BUILT_IN_PROFILES[id]);
  if (!resolved.ok) throw new Error(`built-in profile ${id} is invalid: ${JSON.stringify(resolved.problems)}`);
  return resolved.profile;
}

export const NATIONAL_PROFILE_ID = 'national';
