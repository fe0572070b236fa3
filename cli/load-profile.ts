import { readFileSync } from 'node:fs';
import { BUILT_IN_PROFILES, NATIONAL_PROFILE_ID, resolveProfile } from '../shared/profiles/profiles';
import type { Profile } from '../shared/profiles/profile-schema';

export type ProfileLoad = { readonly ok: true; readonly profile: Profile } | { readonly ok: false; readonly message: string };

/** --profile NAME|PATH: a built-in id, or a JSON file (which may `extends` a built-in). */
export function loadProfile(nameOrPath: string | undefined): ProfileLoad {
  const key = nameOrPath ?? NATIONAL_PROFILE_ID;
  let data: unknown;
  if (key in BUILT_IN_PROFILES) {
    data = BUILT_IN_PROFILES[key];
  } else {
    let text: string;
    try {
      text = readFileSync(key, 'utf8');
    } catch {
      return { ok: false, message: `找不到配置“${key}”：既不是内置配置（${Object.keys(BUILT_IN_PROFILES).join('、')}），也不是可读取的文件。` };
    }
    try {
      data = JSON.parse(text.replace(/^\uFEFF/u, ''));
    } catch (error) {
      return { ok: false, message: `配置文件 ${key} 不是有效的 JSON：${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const resolved = resolveProfile(data);
  if (!resolved.ok) {
    const lines = resolved.problems.slice(0, 10).map((p) => `  ${p.path}：${p.message}`);
    return { ok: false, message: `配置“${key}”不符合配置格式：\n${lines.join('\n')}` };
  }
  return { ok: true, profile: resolved.profile };
}
