import { describe, expect, it } from 'vitest';
import { blockingRuleTexts } from './close-refusal-text';

describe('blockingRuleTexts', () => {
  it('renders each blocking rule’s message from its template and data, one entry per rule', () => {
    const texts = blockingRuleTexts([
      {
        ruleId: 'photo-required-for-demolition',
        severity: 'error',
        messageId: 'noPhoto',
        fields: ['photoCount'],
        data: { rectMeasure: '拆除复耕' },
      },
      {
        ruleId: 'reclaim-certificate-required',
        severity: 'info',
        messageId: 'missingCertificate',
        fields: ['reclaimCertNo'],
        data: { measure: '拆除复耕' },
      },
      {
        ruleId: 'photo-required-for-demolition',
        severity: 'error',
        messageId: 'noPhoto',
        fields: ['photoCount'],
        data: { rectMeasure: '拆除' },
      },
    ]);
    expect(texts.map((t) => t.ruleId)).toEqual(['photo-required-for-demolition', 'reclaim-certificate-required']);
    expect(texts[0]?.messages).toEqual(['整改措施为“拆除复耕”且已消除违法状态，但没有上传现场照片。', '整改措施为“拆除”且已消除违法状态，但没有上传现场照片。']);
    expect(texts[1]?.messages).toEqual(['以“拆除复耕”消除违法状态，但未填拆除复耕到位证明：须经市级逐宗核验并出具。']);
    expect(texts[0]?.description).toContain('照片');
  });

  it('names an unknown rule or message by its ids rather than dropping it', () => {
    expect(
      blockingRuleTexts([
        {
          ruleId: 'no-such-rule',
          severity: 'error',
          messageId: 'x',
          fields: [],
          data: {},
        },
      ]),
    ).toEqual([
      {
        ruleId: 'no-such-rule',
        description: '',
        messages: ['no-such-rule（x）'],
      },
    ]);
  });
});
