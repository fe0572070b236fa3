/**
 * Issue 11: the user-visible strings of the extension and the PWA — every string literal and JSX
 * text with Chinese in it (that is what users read) — carry no English word and no rule id.
 * Comments, ids, class names and selectors have no Chinese and are not walked.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishWords, ruleIdsIn } from '../support/visible-text';

const ROOT = new URL('../../', import.meta.url).pathname;
const UI_DIRS = ['extension/content', 'extension/popup', 'extension/options', 'extension/background', 'extension/offscreen', 'pwa/ui', 'pwa/ledger-export', 'pwa/due'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sources(path);
    return /\.(ts|tsx)$/u.test(name) && !/\.test\.tsx?$/u.test(name) ? [path] : [];
  });
}

const CJK = /[\u4e00-\u9fff]/u;

/** String literals and JSX text holding Chinese, comments removed, interpolations blanked. */
function visibleStrings(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/(^|[^:'"`])\/\/.*$/gmu, '$1');
  const literals = [...code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/gu)].map((m) => m[0]);
  const jsxText = [...code.matchAll(/>([^<>{}=;()]*)</gu)].map((m) => m[1] ?? '');
  return [...literals, ...jsxText].map((s) => s.replace(/\$\{[^}]*\}/gu, ' ')).filter((s) => CJK.test(s));
}

describe('user-visible strings of the extension and the PWA', () => {
  it('have no English word and no rule id', () => {
    const found: string[] = [];
    for (const dir of UI_DIRS) {
      for (const file of sources(join(ROOT, dir))) {
        for (const text of visibleStrings(readFileSync(file, 'utf8'))) {
          const foreign = [...englishWords(text), ...ruleIdsIn(text)];
          if (foreign.length > 0) found.push(`${relative(ROOT, file)}: ${foreign.join(', ')} in “${text.trim().slice(0, 60)}”`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
