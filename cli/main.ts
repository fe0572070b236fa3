import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { auditSheet, type AuditReport } from '../shared/audit/audit-sheet';
import { todayLocal } from '../shared/calendar/iso-days';
import { isIsoDate } from '../shared/model/dates';
import { annotatedFileName } from '../shared/report/annotated-file-name';
import { writeAnnotatedWorkbook } from '../shared/report/annotated-workbook';
import { USAGE, parseArguments, type AuditArguments } from './arguments';
import { JsonReportWriter } from './format-json';
import { DETAIL_LIMIT, formatTable } from './format-table';
import { geom } from './geom';
import { loadProfile } from './load-profile';
import { readInputSheet } from './read-input-sheet';
import { reportCommand } from './report';
import { fail } from './command-output';
import { photos } from './photos';
import { CLI_VERSION } from './version';

export const EXIT_CLEAN = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_UNREADABLE = 2;


async function audit(args: AuditArguments): Promise<number> {
  const asOf = args.asOf ?? todayLocal();
  if (!isIsoDate(asOf)) return fail(`--as-of 应为真实日期 YYYY-MM-DD，而不是“${asOf}”`);
  const profile = loadProfile(args.profile);
  if (!profile.ok) return fail(profile.message);

  const read = readInputSheet(args.file, profile.profile, args.quiet);
  if (!read.ok) return fail(read.message);
  const { progress, bytes } = read;
  progress.phase('审核');
  const auditOptions = { file: args.file, profile: profile.profile, asOf, onProgress: (done: number, total: number) => progress.update('审核', done, total) };

  if (args.format === 'json') {
    // Findings are written as they are made, the summary at the end.
    const output = openOutput(args.out);
    const json = new JsonReportWriter(output.write);
    const report = auditSheet(read.sheet, { ...auditOptions, onFinding: (f) => json.finding(f) });
    json.end(report);
    output.close();
    progress.done();
    return exitCodeOf(report);
  }
  const report: AuditReport = auditSheet(read.sheet, args.format === 'table' ? { ...auditOptions, onFinding: () => undefined, keepFindings: DETAIL_LIMIT } : auditOptions);
  progress.done();
  if (args.format === 'xlsx') {
    const out = args.out ?? join(dirname(args.file), annotatedFileName(basename(args.file)));
    writeFileSync(out, writeAnnotatedWorkbook(read.sheet, bytes, report));
    process.stdout.write(`${formatTable(report)}\n\n已写出带批注的表格：${out}\n`);
  } else {
    const text = formatTable(report);
    if (args.out) writeFileSync(args.out, `${text}\n`);
    else process.stdout.write(`${text}\n`);
  }
  return exitCodeOf(report);
}

function exitCodeOf(report: AuditReport): number {
  return report.summary.findings.error > 0 ? EXIT_ERRORS_FOUND : EXIT_CLEAN;
}

/** stdout (synchronous for files and pipes on Linux) or a file, written in 64 kB blocks. */
function openOutput(path: string | undefined): { write: (text: string) => void; close: () => void } {
  const fd = path === undefined ? 1 : openSync(path, 'w');
  let buffer = '';
  const flush = (): void => {
    if (buffer === '') return;
    if (fd === 1) process.stdout.write(buffer);
    else writeSync(fd, buffer);
    buffer = '';
  };
  return {
    write: (text) => {
      buffer += text;
      if (buffer.length >= 65_536) flush();
    },
    close: () => {
      flush();
      if (fd !== 1) closeSync(fd);
    },
  };
}

/** Entry point: returns the exit code; never lets a stack trace reach the user. */
export async function main(argv: readonly string[]): Promise<number> {
  const args = parseArguments(argv);
  try {
    switch (args.command) {
      case 'help':
        process.stdout.write(`${USAGE}\n`);
        return EXIT_CLEAN;
      case 'version':
        process.stdout.write(`tuban-lint ${CLI_VERSION}\n`);
        return EXIT_CLEAN;
      case 'invalid':
        process.stderr.write(`tuban-lint：${args.message}\n\n${USAGE}\n`);
        return EXIT_UNREADABLE;
      case 'audit':
        return await audit(args);
      case 'geom':
        return geom(args);
      case 'report':
        return reportCommand(args);
      case 'photos':
        return await photos(args);
    }
  } catch (error) {
    if (process.env['TUBAN_LINT_DEBUG']) console.error(error);
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'EACCES' || code === 'EPERM') return fail('没有权限读取或写入文件。');
    if (code === 'ENOSPC') return fail('磁盘空间不足，结果未能写出。');
    return fail(`内部错误：${error instanceof Error ? error.message : String(error)}（设置环境变量 TUBAN_LINT_DEBUG=1 可查看详情）`);
  }
}
