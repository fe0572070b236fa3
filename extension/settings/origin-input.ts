import { ORIGIN_PATTERN } from './settings-schema';

/**
 * A platform address as users type or paste it (issue 11): `10.1.2.3:8090`, `http://host:8090`,
 * `http://host:8090/`, a whole page address (`https://zfjg.example.cn/xxx/patch.html?id=1#/a`),
 * or already a match pattern (`https://*.example.cn/*`) — always read into the one match pattern
 * Chrome grants: scheme, host, port, `/*`. Without a scheme, an internal address (an IP, localhost,
 * or any address with a port) is taken as http, a domain name as https; the page shows the pattern
 * before anything is granted.
 */
export type OriginInput = { readonly ok: true; readonly pattern: string } | { readonly ok: false; readonly problem: string };

const PROBLEM = '无法识别该网址，请填写如 10.1.2.3:8090、http://平台地址:8090 或粘贴平台页面的地址';
const WILDCARD_STAND_IN = 'tuban-lint-any-subdomain.';

function looksInternal(hostAndPort: string): boolean {
  return /:\d+$/u.test(hostAndPort) || /^(\d{1,3}\.){3}\d{1,3}$/u.test(hostAndPort) || /^localhost$/iu.test(hostAndPort);
}

export function originPatternFromInput(input: string): OriginInput {
  let text = input.trim().replace(/\s+/gu, '');
  if (text === '') return { ok: false, problem: '请填写平台网址' };
  if (ORIGIN_PATTERN.test(text)) return { ok: true, pattern: text };
  if (!/^https?:\/\//iu.test(text)) {
    if (/^[a-z][a-z0-9+.-]*:\/\//iu.test(text)) return { ok: false, problem: '只能授权 http 或 https 网址' };
    const hostPart = text.split(/[/?#]/u)[0] ?? '';
    text = `${looksInternal(hostPart) ? 'http' : 'https'}://${text}`;
  }
  const wildcard = /^https?:\/\/\*\./iu.test(text);
  if (wildcard) text = text.replace('*.', WILDCARD_STAND_IN);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: PROBLEM };
  }
  if (url.username !== '' || url.password !== '') return { ok: false, problem: PROBLEM };
  const host = wildcard ? url.host.replace(WILDCARD_STAND_IN, '*.') : url.host;
  const pattern = `${url.protocol}//${host}/*`;
  return ORIGIN_PATTERN.test(pattern) ? { ok: true, pattern } : { ok: false, problem: PROBLEM };
}

/** The origin of a page as a match pattern (the popup's 在此网站启用), or undefined for other schemes. */
export function originPatternOfPage(url: string | undefined): string | undefined {
  if (url === undefined || !/^https?:\/\//iu.test(url)) return undefined;
  const parsed = originPatternFromInput(url);
  return parsed.ok ? parsed.pattern : undefined;
}
