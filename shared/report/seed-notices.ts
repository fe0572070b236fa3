/**
 * The five source notices the catalogue cites as S0–S4, by the names users know them by (issue 10:
 * users see notice names, never S0–S4). Copied from the team's spec (../shared/seeds/README.md and
 * the notices' own title lines) so that the repository needs nothing beside it.
 */
import type { SeedRef } from '../rules/define-rule';

export interface SeedNotice {
  /** 文号, when the notice has one. */
  readonly number?: string;
  readonly title: string;
  readonly issuer: string;
  /** Where the notice quotes another in full (S1 quotes the Ministry's notice). */
  readonly quotes?: { readonly number: string; readonly title: string; readonly issuer: string; readonly date: string };
}

export const SEED_NOTICES: Readonly<Record<SeedRef, SeedNotice>> = {
  S0: { number: '离政办发〔2019〕24号', title: '离石区2019年自然资源卫片执法工作方案', issuer: '吕梁市离石区人民政府办公室' },
  S1: {
    number: '川自然资办发〔2020〕10号',
    title: '四川省自然资源厅办公室关于开展2020年卫片执法工作的通知',
    issuer: '四川省自然资源厅办公室',
    quotes: { number: '自然资办发〔2020〕10号', title: '自然资源部办公厅关于开展2020年卫片执法工作的通知', issuer: '自然资源部办公厅', date: '2020-02-21' },
  },
  S2: { title: '格尔木市2024年自然资源卫片执法工作方案', issuer: '格尔木市' },
  S3: { title: '长治市上党区建立自然资源联合执法机制工作方案', issuer: '长治市上党区' },
  S4: { number: '威自然资发〔2023〕20号', title: '威海市2023年卫片执法工作方案', issuer: '威海市自然资源和规划局' },
};

/** A notice as cited to users: 《title》（文号）, with the notice it quotes where there is one. */
export function noticeName(ref: SeedRef): string {
  const n = SEED_NOTICES[ref];
  const own = `《${n.title}》${n.number ? `（${n.number}）` : ''}`;
  return n.quotes ? `${own}，转发《${n.quotes.title}》（${n.quotes.number}）` : own;
}
