import { isIsoDate } from '../../shared/model/dates';
import { builtInProfile, BUILT_IN_PROFILES } from '../../shared/profiles/profiles';
import type { Profile } from '../../shared/profiles/profile-schema';
import { readSheet, type ColumnMapping, type SheetRead } from '../../shared/sheet/read-sheet';
import { headerKey, type RememberedMappings } from './header-key';
import type { ColumnOverrides, SheetJobFailure, SheetJobOptions } from './sheet-job-types';

/**
 * The steps both sheet jobs share: check the options, read the sheet with the user's corrections
 * (given, else remembered for its header set), and say which corrections were used.
 */

export function jobFailure(code: SheetJobFailure['code'], message: string): SheetJobFailure {
  return { ok: false, code, message };
}

export const CANCELLED: SheetJobFailure = jobFailure('cancelled', '已取消。');

export function resolveProfile(options: SheetJobOptions): { ok: true; profile: Profile } | SheetJobFailure {
  if (!Object.hasOwn(BUILT_IN_PROFILES, options.profileId)) return jobFailure('invalid-options', `未知的校核配置“${options.profileId}”：请在配置列表中重新选择。`);
  if (!isIsoDate(options.asOf)) return jobFailure('invalid-options', `审核日期“${options.asOf}”不是有效日期：请选择一个日期（年-月-日）。`);
  return { ok: true, profile: builtInProfile(options.profileId) };
}

export interface JobSheet {
  readonly ok: true;
  readonly sheet: SheetRead;
  readonly headerKey: string;
  readonly columnOverrides: ColumnOverrides;
  readonly rememberedMapping: boolean;
}

export function readJobSheet(
  bytes: Uint8Array,
  name: string,
  profile: Profile,
  options: SheetJobOptions,
  remembered: RememberedMappings | undefined,
  onRows?: (done: number, total: number) => void,
): JobSheet | SheetJobFailure {
  let used: ColumnOverrides = {};
  let fromMemory = false;
  const pick = (detected: readonly ColumnMapping[]): ColumnOverrides | undefined => {
    if (options.columns !== undefined) {
      used = options.columns;
      return used;
    }
    const stored = remembered?.get(headerKey(detected));
    if (stored === undefined) return undefined;
    used = stored;
    fromMemory = true;
    return stored;
  };
  const read = readSheet(bytes, name, { profile, columnOverrides: pick, ...(onRows ? { onProgress: onRows } : {}) });
  if (!read.ok) return jobFailure(read.error.code, read.error.message);
  // The reader may try several worksheets; `used` is what the sheet it kept was read with.
  return { ok: true, sheet: read.sheet, headerKey: headerKey(read.sheet.mapping), columnOverrides: used, rememberedMapping: fromMemory };
}

/** An unexpected exception, as one sentence (no stack): what was being done and the error's own words. */
export function internalFailure(what: string, error: unknown): SheetJobFailure {
  const text = error instanceof Error ? error.message : String(error);
  return jobFailure('worker-failed', `${what}时出现内部错误（${text.length > 80 ? `${text.slice(0, 80)}…` : text}）。`);
}
