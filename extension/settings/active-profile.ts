import type { Profile } from '../../shared/profiles/profile-schema';
import { BUILT_IN_PROFILES, builtInProfile, NATIONAL_PROFILE_ID, resolveProfile } from '../../shared/profiles/profiles';
import type { Settings } from './settings-schema';

export interface ActiveProfile {
  readonly profile: Profile;
  readonly name: string;
  /** Why the chosen profile was not used (in Chinese); empty when it was. */
  readonly problems: readonly string[];
}

/**
 * The rule profile the settings choose — a built-in one or the user's uploaded JSON, resolved and
 * validated by resolveProfile — with the options page's per-rule switches and severities applied
 * over the profile's own `rules`. An invalid choice falls back to the national profile and says why.
 */
export function activeProfile(settings: Settings): ActiveProfile {
  const choice = settings.ruleProfile;
  const data = choice.kind === 'built-in' ? BUILT_IN_PROFILES[choice.id] : choice.data;
  const resolved = data === undefined ? undefined : resolveProfile(data);
  let profile: Profile;
  const problems: string[] = [];
  if (resolved?.ok) {
    profile = resolved.profile;
  } else {
    profile = builtInProfile(NATIONAL_PROFILE_ID);
    const label = choice.kind === 'built-in' ? `内置配置“${choice.id}”` : `配置文件“${choice.name}”`;
    const details = resolved && !resolved.ok ? resolved.problems.map((p) => `${p.path}：${p.message}`).join('；') : '不存在';
    problems.push(`${label}无法使用（${details}），已改用全国默认配置。`);
  }
  return { profile: { ...profile, rules: { ...profile.rules, ...settings.ruleOverrides } }, name: profile.name, problems };
}
