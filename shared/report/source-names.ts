import type { RuleSource, SeedRef } from '../rules/define-rule';

/**
 * Where a rule comes from, by the name of the notice (issue 11): users read the notice's name and
 * 文号, never S0–S4 or a source tag. ONE accessor (`sourceName`), like ruleTitle: when rule
 * metadata carries notice names (issue 10), this table collapses into it.
 */
export const SEED_NOTICE_NAMES: Readonly<Record<SeedRef, string>> = {
  S0: '《离石区2019年自然资源卫片执法工作方案》（离政办发〔2019〕24号）',
  S1: '《自然资源部办公厅关于开展2020年卫片执法工作的通知》（自然资办发〔2020〕10号，川自然资办发〔2020〕10号转发）',
  S2: '《格尔木市2024年自然资源卫片执法工作方案》',
  S3: '《长治市上党区建立自然资源联合执法机制工作方案》',
  S4: '《威海市2023年卫片执法工作方案》（威自然资发〔2023〕20号）',
};

const TAG_NAMES: Readonly<Record<RuleSource['tag'], string>> = {
  seed: '通知规定',
  sourced: '平台公开资料',
  inferred: '按填报工作惯例推定（可在配置中调整）',
};

/** The notice names of the refs, joined `、`. */
export function noticeNames(refs: readonly SeedRef[]): string {
  return refs.map((ref) => SEED_NOTICE_NAMES[ref]).join('、');
}

/** Where a rule comes from, as users read it: the notices it cites, else the kind of source with any supporting notice. */
export function sourceName(source: Pick<RuleSource, 'tag' | 'refs'>): string {
  if (source.tag === 'seed' && source.refs.length > 0) return noticeNames(source.refs);
  const refs = source.refs.length > 0 ? `，参见${noticeNames(source.refs)}` : '';
  return `${TAG_NAMES[source.tag]}${refs}`;
}

/** `依据 S4` in a text written for users → `依据《威海市…》`: notice names for refs quoted in profile notes. */
export function withNoticeNames(text: string): string {
  return text.replace(/\bS([0-4])\b/gu, (whole, n: string) => SEED_NOTICE_NAMES[`S${n}` as SeedRef] ?? whole);
}
