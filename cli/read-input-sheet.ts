import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Profile } from '../shared/profiles/profile-schema';
import { DEFAULT_MAX_SHEET_BYTES, readSheet, type SheetRead } from '../shared/sheet/read-sheet';
import { createProgress, type Progress } from './progress';

export type InputSheet = { readonly ok: true; readonly sheet: SheetRead; readonly bytes: Uint8Array; readonly progress: Progress } | { readonly ok: false; readonly message: string };

/**
 * Reads the sheet FILE names (audit, report): one Chinese sentence when it cannot. Rows are built
 * lazily while the caller iterates, so the caller's progress covers them.
 */
export function readInputSheet(file: string, profile: Profile, quiet: boolean): InputSheet {
  if (!existsSync(file)) return { ok: false, message: `找不到文件：${file}` };
  const stat = statSync(file);
  if (!stat.isFile()) return { ok: false, message: `不是文件：${file}` };
  if (stat.size > DEFAULT_MAX_SHEET_BYTES) {
    return { ok: false, message: `文件 ${file} 有 ${(stat.size / 1024 / 1024).toFixed(0)} MB，超过 ${DEFAULT_MAX_SHEET_BYTES / 1024 / 1024} MB 的上限；请按乡镇或批次拆分后再审核。` };
  }
  const progress = createProgress(!quiet && stat.size > 2 * 1024 * 1024);
  progress.phase('读取表格');
  const bytes = new Uint8Array(readFileSync(file));
  // An .xlsx is streamed (memory bounded by its shared strings); rows are read while the caller
  // iterates, so the caller's progress covers them.
  const read = readSheet(bytes, basename(file), { profile, streaming: true });
  if (!read.ok) {
    progress.done();
    return { ok: false, message: `无法读取 ${file}：${read.error.message}` };
  }
  if (read.sheet.streamDeclined && process.env['TUBAN_LINT_DEBUG']) process.stderr.write(`tuban-lint: read with SheetJS (${read.sheet.streamDeclined})\n`);
  return { ok: true, sheet: read.sheet, bytes, progress };
}
