import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { originPatternFromInput, originPatternOfPage } from './origin-input';
import { ORIGIN_PATTERN } from './settings-schema';

const pattern = (text: string): string | undefined => {
  const result = originPatternFromInput(text);
  return result.ok ? result.pattern : undefined;
};

describe('origin typed or pasted on the options page', () => {
  it('reads host:port, with or without scheme or slash, a pasted page address, or a pattern', () => {
    expect(pattern('10.1.2.3:8090')).toBe('http://10.1.2.3:8090/*');
    expect(pattern('host:8090')).toBe('http://host:8090/*');
    expect(pattern('http://host:8090')).toBe('http://host:8090/*');
    expect(pattern('http://host:8090/')).toBe('http://host:8090/*');
    expect(pattern(' HTTP://Host:8090/ ')).toBe('http://host:8090/*');
    expect(pattern('https://zfjg.example.cn/wpzf/patch.html?id=1#/patch/2')).toBe('https://zfjg.example.cn/*');
    expect(pattern('zfjg.example.cn')).toBe('https://zfjg.example.cn/*');
    expect(pattern('https://*.zrzyt.gov.cn/*')).toBe('https://*.zrzyt.gov.cn/*');
    expect(pattern('*.zrzyt.gov.cn')).toBe('https://*.zrzyt.gov.cn/*');
    expect(pattern('http://10.0.0.1/*')).toBe('http://10.0.0.1/*');
  });

  it('refuses what is not an http(s) address, in Chinese', () => {
    for (const bad of ['', 'ftp://host/', 'chrome://extensions', 'http://', 'http://user:pw@host/']) {
      const result = originPatternFromInput(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.problem).toMatch(/[\u4e00-\u9fff]/u);
    }
  });

  it('gives the popup the page origin only for web pages', () => {
    expect(originPatternOfPage('http://10.0.0.5:8090/a/b.html?x=1')).toBe('http://10.0.0.5:8090/*');
    expect(originPatternOfPage('chrome://newtab/')).toBeUndefined();
    expect(originPatternOfPage(undefined)).toBeUndefined();
  });

  it('never throws, and every accepted pattern is one Chrome grants (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.domain().map((d) => `${d}:8080/`)), (text) => {
        const result = originPatternFromInput(text);
        if (result.ok) expect(result.pattern).toMatch(ORIGIN_PATTERN);
      }),
    );
  });
});
