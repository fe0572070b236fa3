import { parseArgs } from 'node:util';
import { BUILT_IN_PROFILES, builtInProfile } from '../shared/profiles/profiles';

/** One line per built-in profile (issue 10: the issuing authorities a county picks from). */
const BUILT_IN_PROFILE_LINES = Object.keys(BUILT_IN_PROFILES)
  .map((id) => `               ${id.padEnd(22)}${builtInProfile(id).name}`)
  .join('\n');

export type OutputFormat = 'table' | 'json' | 'xlsx';

export interface AuditArguments {
  readonly command: 'audit';
  readonly file: string;
  readonly format: OutputFormat;
  readonly out?: string;
  readonly asOf?: string;
  readonly profile?: string;
  readonly quiet: boolean;
}

export interface GeomArguments {
  readonly command: 'geom';
  readonly file: string;
  readonly format: 'table' | 'json';
  readonly out?: string;
  readonly profile?: string;
}

export interface ReportArguments {
  readonly command: 'report';
  readonly file: string;
  readonly period: string;
  readonly level: 'county' | 'city';
  readonly format: 'text' | 'json' | 'xlsx';
  readonly out?: string;
  readonly asOf?: string;
  readonly profile?: string;
  readonly denominatorMu?: string;
  readonly newConstructionMu?: string;
  readonly quiet: boolean;
}

export interface PhotosArguments {
  readonly command: 'photos';
  readonly dir: string;
  readonly sheet: string;
  readonly format: 'table' | 'json';
  readonly out?: string;
  readonly asOf?: string;
  readonly profile?: string;
  readonly quiet: boolean;
}

export type ParsedArguments =
  | AuditArguments
  | GeomArguments
  | ReportArguments
  | PhotosArguments
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | { readonly command: 'invalid'; readonly message: string };

export const USAGE = `用法：
  tuban-lint audit 文件 [--format table|json|xlsx] [--out 路径] [--as-of YYYY-MM-DD] [--profile 名称|路径]
  tuban-lint geom 文件 [--format table|json] [--out 路径] [--profile 名称|路径]
  tuban-lint report 文件 --period 2023Q1|2023-05|2023 [--level county|city] [--denominator-mu 亩] [--new-construction-mu 亩] [--format text|json|xlsx] [--out 路径] [--as-of YYYY-MM-DD] [--profile 名称|路径]
  tuban-lint photos 照片目录 --sheet 表格 [--format table|json] [--out 路径] [--as-of YYYY-MM-DD] [--profile 名称|路径]

  audit        审核导出的卫片执法图斑表（.xlsx / .xls / .csv）
  report       按统计期生成季度快报（土地、矿产）、问责预警、各乡镇比率与“月清”情况
  --period     统计期：季度 2023Q1、月份 2023-05 或年度 2023（仅 report）
  --level      问责口径：county（县，100 亩）或 city（市，500 亩），默认 county
  --denominator-mu      新增建设用地占用耕地面积（亩），问责比例与快报 1.7 的分母
  --new-construction-mu 新增建设用地总面积（亩），快报 1.7 违法用地比例的分母
  geom         检查违法用地矢量范围（界址点坐标 TXT、Shapefile 压缩包 .zip、GeoJSON）：格式、闭合、自相交、带号、面积、重叠等
  photos       按照片 EXIF 核对现场照片的拍摄地点与时间：照片放在 目录/图斑编号/… 或命名为 图斑编号_….jpg
  --sheet      photos 用的图斑表（.xlsx / .xls / .csv），提供中心点、是否消除违法状态、整改完成时间
  --format     table：中文摘要（默认）；json：完整结果；xlsx：带批注的表格（含 问题清单 与 汇总 工作表；仅 audit）
  --out        输出文件路径（xlsx 默认写在原文件旁：原名.校核.xlsx；json/table 默认打印到屏幕）
  --as-of      审核日期，默认今天；用于“日期晚于审核日期”等规则
  --profile    配置：内置名称或 JSON 文件路径（可 extends 内置配置），默认 national。内置：
${BUILT_IN_PROFILE_LINES}
  --quiet      不在 stderr 显示进度

退出码：0 没有“错误”级问题；1 有“错误”级问题；2 文件无法读取或参数有误。`;

export function parseArguments(argv: readonly string[]): ParsedArguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        'as-of': { type: 'string' },
        profile: { type: 'string' },
        period: { type: 'string' },
        level: { type: 'string' },
        'denominator-mu': { type: 'string' },
        'new-construction-mu': { type: 'string' },
        sheet: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const option = /'([^']+)'/u.exec(text)?.[1];
    return { command: 'invalid', message: option ? `无法识别的参数 ${option}` : '参数有误' };
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, file, ...extra] = positionals;
  if (command === undefined) return { command: 'help' };
  if (command !== 'audit' && command !== 'geom' && command !== 'report' && command !== 'photos') return { command: 'invalid', message: `未知的命令“${command}”（可用：audit、geom、report、photos）` };
  if (command === 'photos') return photosArguments(file, extra, values);
  if (values.sheet !== undefined) return { command: 'invalid', message: '--sheet 只用于 photos' };
  if (file === undefined) return { command: 'invalid', message: command === 'geom' ? '请给出要检查的矢量文件：tuban-lint geom 文件' : '请给出要审核的文件：tuban-lint audit 文件' };
  if (extra.length > 0) return { command: 'invalid', message: `多余的参数：${extra.join(' ')}（一次审核一个文件）` };
  if (command === 'geom') return geomArguments(file, values);
  if (command === 'report') return reportArguments(file, values);
  if (values.period !== undefined || values.level !== undefined) return { command: 'invalid', message: '--period、--level 只用于 report' };
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json' && format !== 'xlsx') return { command: 'invalid', message: `--format 只能是 table、json 或 xlsx，而不是“${format}”` };
  return {
    command: 'audit',
    file,
    format,
    quiet: values.quiet ?? false,
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values['as-of'] !== undefined ? { asOf: values['as-of'] } : {}),
    ...(values.profile !== undefined ? { profile: values.profile } : {}),
  };
}

/** `geom FILE`: the options that apply to a vector file (no --as-of: no date rules; no xlsx: no sheet to annotate). */
function geomArguments(file: string, values: { format?: string | undefined; out?: string | undefined; profile?: string | undefined; 'as-of'?: string | undefined }): ParsedArguments {
  if (values['as-of'] !== undefined) return { command: 'invalid', message: '--as-of 只用于 audit；geom 不涉及日期规则' };
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') return { command: 'invalid', message: `geom 的 --format 只能是 table 或 json，而不是“${format}”` };
  return {
    command: 'geom',
    file,
    format,
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values.profile !== undefined ? { profile: values.profile } : {}),
  };
}

/** `report FILE --period …`: the period is required; numbers are checked by the command. */
function reportArguments(
  file: string,
  values: {
    format?: string | undefined;
    out?: string | undefined;
    profile?: string | undefined;
    'as-of'?: string | undefined;
    period?: string | undefined;
    level?: string | undefined;
    'denominator-mu'?: string | undefined;
    'new-construction-mu'?: string | undefined;
    quiet?: boolean | undefined;
  },
): ParsedArguments {
  if (values.period === undefined) return { command: 'invalid', message: '请用 --period 给出统计期，如 2023Q1、2023-05 或 2023' };
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'xlsx') return { command: 'invalid', message: `report 的 --format 只能是 text、json 或 xlsx，而不是“${format}”` };
  const level = values.level ?? 'county';
  if (level !== 'county' && level !== 'city') return { command: 'invalid', message: `--level 只能是 county（县）或 city（市），而不是“${level}”` };
  return {
    command: 'report',
    file,
    period: values.period,
    level,
    format,
    quiet: values.quiet ?? false,
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values['as-of'] !== undefined ? { asOf: values['as-of'] } : {}),
    ...(values.profile !== undefined ? { profile: values.profile } : {}),
    ...(values['denominator-mu'] !== undefined ? { denominatorMu: values['denominator-mu'] } : {}),
    ...(values['new-construction-mu'] !== undefined ? { newConstructionMu: values['new-construction-mu'] } : {}),
  };
}

/** `photos DIR --sheet SHEET`: the photo folder and the sheet its patches come from. */
function photosArguments(
  dir: string | undefined,
  extra: readonly string[],
  values: { format?: string | undefined; out?: string | undefined; profile?: string | undefined; 'as-of'?: string | undefined; sheet?: string | undefined; quiet?: boolean | undefined },
): ParsedArguments {
  if (dir === undefined) return { command: 'invalid', message: '请给出照片目录：tuban-lint photos 照片目录 --sheet 表格' };
  if (extra.length > 0) return { command: 'invalid', message: `多余的参数：${extra.join(' ')}（一次检查一个照片目录）` };
  if (values.sheet === undefined) return { command: 'invalid', message: '请用 --sheet 给出图斑表：照片按图斑编号对应表中的图斑' };
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') return { command: 'invalid', message: `photos 的 --format 只能是 table 或 json，而不是“${format}”` };
  return {
    command: 'photos',
    dir,
    sheet: values.sheet,
    format,
    quiet: values.quiet ?? false,
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values['as-of'] !== undefined ? { asOf: values['as-of'] } : {}),
    ...(values.profile !== undefined ? { profile: values.profile } : {}),
  };
}
