import { AuditCancelled, auditSheet } from '../../shared/audit/audit-sheet';
import { writeAnnotatedWorkbook } from '../../shared/report/annotated-workbook';
import type { Profile } from '../../shared/profiles/profile-schema';
import type { SheetRead } from '../../shared/sheet/read-sheet';
import type { RememberedMappings } from './header-key';
import { CANCELLED, internalFailure, readJobSheet, resolveProfile } from './read-job-sheet';
import type { AuditJobOutcome, AuditJobReport, SheetJobFailure, SheetJobOptions, SheetJobProgress } from './sheet-job-types';

export interface AuditJobInput {
  readonly bytes: Uint8Array;
  /** The file's name as the user sees it: messages and the summary name it. */
  readonly name: string;
  readonly options: SheetJobOptions;
  /** Corrections remembered per header set (the `mappings` table); used when `options.columns` is absent. */
  readonly remembered?: RememberedMappings;
  readonly onProgress?: (progress: SheetJobProgress) => void;
  /** Called with the results once the audit is done, before the annotated workbook is written. */
  readonly onReport?: (report: AuditJobReport) => void;
  /** Given the sheet once it is read, for 导入整改台账 without reading the file again (the Worker keeps it). */
  readonly keepSheet?: (sheet: SheetRead, profile: Profile) => void;
  /** Checked between rows (the Worker is simply terminated; this serves callers in one thread). */
  readonly signal?: { readonly aborted: boolean };
}

/**
 * The batch audit of one file, as the CLI does it (read → audit → annotated .xlsx), with the
 * user's mapping corrections. Pure apart from the clock-free progress callback: runs in the sheet
 * Worker and in Node tests alike. Never throws: every failure is one zh-CN sentence.
 */
export function runAuditJob(input: AuditJobInput): AuditJobOutcome | SheetJobFailure {
  const { bytes, name, options, onProgress, signal } = input;
  const resolved = resolveProfile(options);
  if (!resolved.ok) return resolved;
  const { profile } = resolved;
  if (signal?.aborted) return CANCELLED;
  onProgress?.({ phase: 'read', done: 0, total: 1 });
  let read;
  try {
    read = readJobSheet(bytes, name, profile, options, input.remembered);
  } catch (error) {
    return internalFailure(`读取“${name}”`, error);
  }
  if (!read.ok) return read;
  input.keepSheet?.(read.sheet, profile);
  onProgress?.({ phase: 'read', done: 1, total: 1 });
  try {
    const report = auditSheet(read.sheet, {
      file: name,
      profile,
      asOf: options.asOf,
      ...(signal ? { signal } : {}),
      ...(onProgress ? { onProgress: (done: number, total: number) => onProgress({ phase: 'audit', done, total }) } : {}),
    });
    if (signal?.aborted) return CANCELLED;
    const results: AuditJobReport = {
      ok: true,
      summary: report.summary,
      mapping: report.mapping,
      findings: report.findings,
      headerKey: read.headerKey,
      columnOverrides: read.columnOverrides,
      rememberedMapping: read.rememberedMapping,
    };
    input.onReport?.(results);
    onProgress?.({ phase: 'write', done: 0, total: 1 });
    let annotated: Uint8Array;
    try {
      annotated = writeAnnotatedWorkbook(read.sheet, bytes, report);
    } catch (error) {
      return internalFailure(`生成“${name}”的带批注表格`, error);
    }
    onProgress?.({ phase: 'write', done: 1, total: 1 });
    return { ...results, annotated };
  } catch (error) {
    if (error instanceof AuditCancelled) return CANCELLED;
    return internalFailure(`校核“${name}”`, error);
  }
}
