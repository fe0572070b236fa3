import type { IsoDate } from '../../../shared/model/dates';
import type { Profile } from '../../../shared/profiles/profile-schema';
import { BUILT_IN_PROFILES, builtInProfile, NATIONAL_PROFILE_ID } from '../../../shared/profiles/profiles';
import { appDb } from '../database';

/** The settings row naming the audit profile (written by the audit page); national when absent. */
export const PROFILE_SETTING = 'profileId';

export async function readProfileId(): Promise<string> {
  const row = await appDb().settings.get(PROFILE_SETTING);
  return typeof row?.value === 'string' && row.value in BUILT_IN_PROFILES ? row.value : NATIONAL_PROFILE_ID;
}

export async function readProfile(): Promise<Profile> {
  return builtInProfile(await readProfileId());
}

/** Today's local date: the as-of date of an import or a 销号 done now. */
export function todayIso(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
