/**
 * Sites are switched per host: the dynamic content script of `https://example.com` is registered for
 * `*://example.com/*` (match patterns carry no port, and `*` covers http and https), so every origin of
 * a host shares one decision. The manifest declares every host of both schemes as ONE optional pattern,
 * so that this pattern can be requested at all (issue 9).
 */

/** One DNS label as `URL` gives it (ASCII, lowercase, punycode); `_` occurs in real hosts. */
const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
/** `URL` writes an IPv6 host in brackets, compressed, lowercase. */
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/**
 * True for a hostname a site pattern may be built from: DNS labels (IPv4 included) or a bracketed
 * IPv6 address. False for an empty host and for wildcards — `new URL('https://*.example/')` parses, and
 * `*://*.example/*` would opt in every subdomain (or, for `*`, every site) at once.
 */
export function isSiteHost(host: string): boolean {
  if (IPV6.test(host)) return true;
  return host.length > 0 && host.length <= 253 && host.split('.').every((label) => LABEL.test(label));
}

/** Why `host` cannot be switched on its own (for an error message), or undefined when it can. */
export function siteHostProblem(host: string): string | undefined {
  return isSiteHost(host) ? undefined : `not a site hostname: ${JSON.stringify(host)}`;
}

/** `*://host/*`; throws for anything {@link isSiteHost} refuses, so no wildcard pattern is ever built. */
export function sitePattern(host: string): string {
  const problem = siteHostProblem(host);
  if (problem) throw new RangeError(problem);
  return `*://${host}/*`;
}

/** Ids of our dynamic registrations; the prefix tells them from any other script's. */
export const SITE_SCRIPT_PREFIX = 'site:';

export function siteScriptId(host: string): string {
  return SITE_SCRIPT_PREFIX + host;
}
