import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { geometryApi } from '../shared/geometry/geometry-api';
import type { GeomArguments } from './arguments';
import { formatGeometryJson, formatGeometryTable } from './format-geometry';
import { loadProfile } from './load-profile';

/** Exit codes as for `audit` (cli/main.ts): 0 clean, 1 error-severity findings, 2 unreadable file or bad arguments. */
const EXIT_CLEAN = 0;
const EXIT_ERRORS_FOUND = 1;
const EXIT_UNREADABLE = 2;

/** A boundary file is kilobytes to a few megabytes; a county's zipped layer tens of MB at most. */
export const MAX_GEOMETRY_FILE_BYTES = 512 * 1024 * 1024;

function fail(message: string): number {
  process.stderr.write(`tuban-lint：${message}\n`);
  return EXIT_UNREADABLE;
}

/**
 * `tuban-lint geom FILE`: the geometry API in-process (the same calls the extension's Worker
 * answers; a CLI run has no UI thread to keep free, so no worker thread).
 */
export function geom(args: GeomArguments): number {
  const profile = loadProfile(args.profile);
  if (!profile.ok) return fail(profile.message);
  if (!existsSync(args.file)) return fail(`找不到文件：${args.file}`);
  const stat = statSync(args.file);
  if (!stat.isFile()) return fail(`不是文件：${args.file}`);
  if (stat.size > MAX_GEOMETRY_FILE_BYTES) return fail(`文件 ${args.file} 有 ${(stat.size / 1024 / 1024).toFixed(0)} MB，超过 ${MAX_GEOMETRY_FILE_BYTES / 1024 / 1024} MB 的上限。`);

  const bytes = new Uint8Array(readFileSync(args.file));
  const result = geometryApi.checkFile(bytes, basename(args.file), { profile: profile.profile });
  if (!result.readable) {
    const reasons = result.findings.filter((f) => f.ruleId === 'geom-parse-error').map((f) => f.message);
    return fail(`无法读取 ${args.file}：${reasons.join('；') || '不是可识别的矢量文件'}`);
  }
  const text = args.format === 'json' ? formatGeometryJson(result) : formatGeometryTable(result);
  if (args.out) writeFileSync(args.out, `${text}\n`);
  else process.stdout.write(`${text}\n`);
  return result.summary.findings.error > 0 ? EXIT_ERRORS_FOUND : EXIT_CLEAN;
}
