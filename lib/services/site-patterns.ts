/**
 * Sites are switched per host: the dynamic content script of `https://example.com` is registered for
 * `*://example.com/*` (match patterns carry no port, and `*` covers http and https), so every origin of
 * a host shares one decision.
 */

export function sitePattern(host: string): string {
  return `*://${host}/*`;
}

/** Ids of our dynamic registrations; the prefix tells them from any other script's. */
export const SITE_SCRIPT_PREFIX = 'site:';

export function siteScriptId(host: string): string {
  return SITE_SCRIPT_PREFIX + host;
}
