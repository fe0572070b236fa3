import * as v from 'valibot';

/**
 * What the user sets on the options page, stored in chrome.storage.local and read by the content
 * script, the background and the popup. Validated on every read: storage is ours, but an older
 * version's or a hand-edited value must fall back to defaults, not break the content script.
 */

/** A Chrome match pattern for a platform origin: scheme, host (optionally `*.` prefixed), path `/*`. */
export const ORIGIN_PATTERN = /^https?:\/\/(\*|(\*\.)?[a-z0-9.-]+)(:\d{1,5})?\/\*$/u;

const originEntry = v.strictObject({
  pattern: v.pipe(v.string(), v.regex(ORIGIN_PATTERN, '网址格式应如 https://example.gov.cn/*')),
  label: v.pipe(v.string(), v.maxLength(100)),
  /** A placeholder shipped as an example: the user replaces it with the real platform address. */
  example: v.boolean(),
});

const severityOrOff = v.picklist(['error', 'warning', 'info', 'off']);

export const SettingsSchema = v.strictObject({
  version: v.literal(1),
  origins: v.pipe(v.array(originEntry), v.maxLength(100)),
  /** The rule profile: a built-in id, or a JSON profile the user uploaded (validated by resolveProfile). */
  ruleProfile: v.variant('kind', [
    v.strictObject({ kind: v.literal('built-in'), id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/u)) }),
    v.strictObject({ kind: v.literal('custom'), name: v.pipe(v.string(), v.maxLength(200)), data: v.unknown() }),
  ]),
  /** Per rule id: on with another severity, or off. Applied over the profile's own `rules`. */
  ruleOverrides: v.record(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/u)), severityOrOff),
  /** The form-adapter site profile: 'auto' uses every built-in one (extension/site-profiles/). */
  siteProfile: v.pipe(v.string(), v.regex(/^(auto|[a-z0-9-]+)$/u)),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type OriginEntry = Settings['origins'][number];
export type RuleOverride = v.InferOutput<typeof severityOrOff>;

/**
 * Preset origins. The platform's address is not public (it runs inside the government network):
 * these are placeholders marked as examples, for the user to replace with the address they use.
 */
export const PRESET_ORIGINS: readonly OriginEntry[] = [
  { pattern: 'https://zfjg.mnr.gov.cn/*', label: '自然资源执法综合监管平台（示例地址，请改为实际地址）', example: true },
  { pattern: 'https://*.zrzyt.gov.cn/*', label: '省级自然资源厅业务系统（示例地址，请改为实际地址）', example: true },
  { pattern: 'http://10.0.0.1/*', label: '内网部署的平台（示例地址，请改为实际地址）', example: true },
];

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  origins: [...PRESET_ORIGINS],
  ruleProfile: { kind: 'built-in', id: 'national' },
  ruleOverrides: {},
  siteProfile: 'auto',
};

/** Stored settings as their schema reads them; defaults when missing or unreadable. */
export function readSettings(stored: unknown): Settings {
  const result = v.safeParse(SettingsSchema, stored);
  return result.success ? result.output : DEFAULT_SETTINGS;
}

/** The problem with a typed origin pattern, in Chinese, or undefined when it is valid. */
export function originPatternProblem(pattern: string): string | undefined {
  return ORIGIN_PATTERN.test(pattern) ? undefined : '网址格式应如 https://example.gov.cn/* 或 http://10.1.2.3:8080/*';
}

/**
 * Origins the static content script already covers (manifest.json: the demo and the tests); the
 * dynamic registration leaves them out so one page never gets two copies.
 */
export const STATIC_ORIGINS: readonly string[] = ['http://localhost/*', 'http://127.0.0.1/*'];
