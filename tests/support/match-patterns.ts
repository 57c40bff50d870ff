/**
 * Extension match patterns compared the way Chromium compares them (extensions/common/url_pattern.cc,
 * `URLPattern::Contains`): a pattern is granted or requested as a whole, and one pattern must contain
 * another: the two patterns "any https site" and "any http site" together do NOT contain `*://host/*`
 * (issue 9). Test-only: the fakes of `permissions` use it so Node tests fail where the browser refuses.
 * https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
 */

export interface MatchPattern {
  schemes: ReadonlySet<string>;
  /** `*` for any host; otherwise the host (without the `*.` of `subdomains`). */
  host: string;
  /** `*.host`: the host and every subdomain. */
  subdomains: boolean;
  path: string;
}

/** `*` stands for http and https only. */
const WILDCARD_SCHEMES = ['http', 'https'];
const SCHEMES = ['http', 'https', 'file', 'ftp', 'ws', 'wss'];

export function parseMatchPattern(pattern: string): MatchPattern {
  if (pattern === '<all_urls>')
    return { schemes: new Set(SCHEMES), host: '*', subdomains: false, path: '/*' };
  const m = /^(\*|[a-z]+):\/\/(\*|\*\.[^/*:]+|[^/*:]*)(\/.*)$/.exec(pattern);
  const scheme = m?.[1];
  if (!m || !scheme || (scheme !== '*' && !SCHEMES.includes(scheme)) || (m[2] === '' && scheme !== 'file')) {
    throw new Error(`Invalid match pattern: ${pattern}`);
  }
  const host = m[2]!;
  return {
    schemes: new Set(scheme === '*' ? WILDCARD_SCHEMES : [scheme]),
    host: host.startsWith('*.') ? host.slice(2) : host,
    subdomains: host.startsWith('*.'),
    path: m[3]!,
  };
}

function globMatches(glob: string, text: string): boolean {
  const source = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(text);
}

/** True when every URL `inner` matches is matched by `outer`. */
export function patternContains(outer: string, inner: string): boolean {
  const a = parseMatchPattern(outer);
  const b = parseMatchPattern(inner);
  if (![...b.schemes].every((s) => a.schemes.has(s))) return false;
  if (!globMatches(a.path, b.path)) return false;
  if (a.host === '*') return true;
  if (b.host === '*') return false;
  if (!a.subdomains) return !b.subdomains && a.host === b.host;
  return b.host === a.host || b.host.endsWith(`.${a.host}`);
}

/** Chromium's `URLPatternSet::ContainsPattern`: ONE pattern of the set contains `pattern`. */
export function setContains(set: readonly string[], pattern: string): boolean {
  return set.some((outer) => patternContains(outer, pattern));
}
