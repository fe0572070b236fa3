/**
 * Every problem the readers report, by rule id and message id, with its zh-CN template: the rule
 * files (rules/geom-parse-error.ts, geom-header-invalid.ts, geom-point-count-mismatch.ts) take
 * their `messages` from here, so a reader can only emit a message id its rule can render, and the
 * {placeholders} each template uses are exactly the `data` keys the readers supply (checked by
 * read-coordinate-file.test.ts).
 */
import type { GeometryLocation, ReadProblem } from './model';

export const READ_PROBLEM_MESSAGES = {
  'geom-parse-error': {
    // The file as a whole.
    'empty-file': '文件“{fileName}”是空的。',
    'not-text': '文件“{fileName}”无法识别：既不是界址点坐标 TXT、GeoJSON，也不是 Shapefile 压缩包（zip）。',
    'binary-format': '文件“{fileName}”是{what}，不是界址点坐标文件；请提交界址点坐标 TXT、GeoJSON 或 Shapefile 压缩包（zip）。',
    'unknown-format': '文件“{fileName}”是文本（{what}），但既不是界址点坐标 TXT，也不是 GeoJSON。',
    'no-gbk-decoder': '当前环境不支持 GBK 解码，无法读取“{fileName}”；请将文件另存为 UTF-8 后再试。',
    'no-parcels': '文件“{fileName}”中没有读到任何地块。',
    'read-failed': '读取文件“{fileName}”时出错，文件可能已损坏或过大。',
    'too-many-problems': '问题过多，只列出前 {shown} 条，其余 {omitted} 条未列出。',
    // Zip archives.
    'zip-truncated': '压缩包“{fileName}”不完整（找不到文件目录），可能下载或复制未完成。',
    'zip64-unsupported': '压缩包“{fileName}”的格式暂不支持：请用普通 zip 格式重新压缩。',
    'zip-damaged': '压缩包“{fileName}”的文件目录已损坏。',
    'zip-no-layer': '压缩包“{fileName}”中没有 Shapefile（.shp）、界址点坐标 TXT 或 GeoJSON 文件（包含：{entries}）。',
    'zip-entry-encrypted': '压缩包中的“{entry}”已加密，无法读取。',
    'zip-entry-method': '压缩包中的“{entry}”使用了不支持的压缩方式（{method}），请用普通 zip 格式重新压缩。',
    'zip-entry-corrupt': '压缩包中的“{entry}”已损坏（解压失败或校验不符）。',
    'zip-entry-too-large': '压缩包中的“{entry}”解压后超过 {limitMb} MB，不予读取。',
    // Shapefiles.
    'shp-header-invalid': '“{entry}”不是有效的 Shapefile 主文件（文件头错误）。',
    'shp-not-polygon': '“{entry}”的几何类型是{shapeType}：违法用地范围应为面。',
    'shp-record-truncated': '“{entry}”在第 {record} 条记录处被截断，其后的图形未读取。',
    'shp-record-invalid': '“{entry}”第 {record} 条记录的结构有误（部件数或点数与记录长度不符），该图形未读取。',
    'shp-null-shape': '“{entry}”第 {record} 条记录没有几何图形（空图形）。',
    'dbf-invalid': '属性表“{entry}”无法读取（文件头错误），地块只保留图形。',
    'dbf-truncated': '属性表“{entry}”声明有 {declared} 条记录，实际只能读到 {available} 条。',
    'dbf-record-count': '“{layer}”有 {shpRecords} 个图形，但属性表有 {dbfRecords} 条记录，属性可能对应错位。',
    // GeoJSON.
    'json-invalid': 'GeoJSON 语法错误（第 {line} 行附近），文件无法解析。',
    'geojson-unsupported-type': 'GeoJSON 的类型“{type}”不受支持：应为面或面的集合。',
    'geojson-no-geometry': '第 {feature} 个要素没有几何图形。',
    'geojson-not-polygon': '第 {feature} 个要素不是面（类型为 {type}）：违法用地范围应为面。',
    'geojson-bad-polygon': '第 {feature} 个要素的面坐标不是环的数组。',
    'geojson-bad-ring': '第 {feature} 个要素第 {ring} 个环不是坐标数组。',
    'geojson-bad-position': '第 {feature} 个要素第 {ring} 个环的第 {point} 个坐标不是数字对。',
    // 界址点坐标 TXT, one line each.
    'txt-header-line-invalid': '第 {line} 行不是“键=值”形式的属性描述：{text}',
    'txt-unrecognised-line': '第 {line} 行既不是地块行（以 @ 结尾），也不是界址点行（点号,圈号,X,Y）：{text}',
    'txt-fullwidth-comma': '第 {line} 行使用了全角逗号“，”，应为半角逗号“,”。',
    'txt-point-before-parcel': '第 {line} 行是界址点，但前面没有地块行（以 @ 结尾的地块属性行）。',
    'txt-field-count': '第 {line} 行有 {count} 个字段，界址点行应为 4 个（点号,圈号,X,Y）。',
    'txt-bad-ring-number': '第 {line} 行的圈号“{value}”不是正整数。',
    'txt-not-number': '第 {line} 行的 {field} 坐标“{value}”不是数字。',
    'txt-parcel-field-count': '第 {line} 行的地块属性只有 {count} 个字段，至少应有界址点数、地块面积、地块编号三项。',
    'txt-bad-point-count': '第 {line} 行的界址点数“{value}”不是整数。',
    'txt-bad-area': '第 {line} 行的地块面积“{value}”不是数字。',
    'txt-parcel-without-points': '第 {line} 行的地块“{parcelId}”下没有界址点。',
  },
  'geom-header-invalid': {
    'missing-section': '缺少“[{section}]”节。',
    'missing-key': '[属性描述] 中缺少“{key}”。',
    'old-datum': '第 {line} 行：{key}为“{value}”，是旧坐标系，应转换为{expected}。',
    'invalid-value': '第 {line} 行：{key}为“{value}”，应为{expected}。',
  },
  'geom-point-count-mismatch': {
    'point-count-mismatch': '第 {line} 行地块“{parcelId}”的界址点数为 {declared}，实际有 {actual} 个界址点行。',
  },
} as const satisfies Readonly<Record<string, Readonly<Record<string, string>>>>;

export type ReadRuleId = keyof typeof READ_PROBLEM_MESSAGES;
export type ReadMessageId<R extends ReadRuleId> = keyof (typeof READ_PROBLEM_MESSAGES)[R] & string;

/** A problem whose message id its rule can render (typed against the catalogue above). */
export function readProblem<R extends ReadRuleId>(
  ruleId: R,
  messageId: ReadMessageId<R>,
  data: Readonly<Record<string, string | number>>,
  location: GeometryLocation = {},
): ReadProblem {
  return { ruleId, messageId, data, location };
}

/** Untrusted text quoted in a message: one line, at most `max` characters (code points), control characters blanked. */
export function excerpt(text: string, max = 60): string {
  const chars: string[] = [];
  for (const ch of text) {
    if (chars.length === max) {
      chars[max - 1] = '…';
      break;
    }
    chars.push(ch < ' ' || ch === '\u007f' ? ' ' : ch);
  }
  return chars.join('');
}

/** Problems listed one by one before a single "and N more": a damaged or binary file can yield thousands. */
export const MAX_LISTED_PROBLEMS = 500;

/** Collects a reader's problems up to MAX_LISTED_PROBLEMS, then counts the rest into one too-many-problems entry. */
export class ProblemList {
  private readonly items: ReadProblem[] = [];
  private omitted = 0;

  add(problem: ReadProblem): void {
    if (this.items.length < MAX_LISTED_PROBLEMS) this.items.push(problem);
    else this.omitted++;
  }

  list(): ReadProblem[] {
    return this.omitted === 0 ? [...this.items] : [...this.items, readProblem('geom-parse-error', 'too-many-problems', { shown: MAX_LISTED_PROBLEMS, omitted: this.omitted })];
  }
}
