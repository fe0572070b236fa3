import type { Profile } from '../../shared/profiles/profile-schema';
import { BUILT_IN_PROFILES, builtInProfile, NATIONAL_PROFILE_ID } from '../../shared/profiles/profiles';
import { appDb } from './database';

/** The settings row naming the profile every page uses (chosen on the audit page); national when absent. */
export const PROFILE_SETTING = 'profileId';

export async function readProfileId(): Promise<string> {
  const row = await appDb().settings.get(PROFILE_SETTING);
  return typeof row?.value === 'string' && row.value in BUILT_IN_PROFILES ? row.value : NATIONAL_PROFILE_ID;
}

export async function readProfile(): Promise<Profile> {
  return builtInProfile(await readProfileId());
}
