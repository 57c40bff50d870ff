/**
 * Sites where Standards Lens runs without being asked: Chinese government domains (DESIGN.md,
 * "In-page contracts"). `*.gov.cn` covers every depth of subdomain; the bare `gov.cn` is listed too
 * because `*.` in a match pattern also matches the bare host. Hong Kong, Macao and Taiwan government
 * sites publish in Traditional script and are on by default as well.
 */
export const DEFAULT_SITE_MATCHES = [
  '*://*.gov.cn/*',
  '*://*.gov.hk/*',
  '*://*.gov.mo/*',
  '*://*.gov.tw/*',
] as const;

/** True when a hostname falls under one of the default government domains. */
export function isDefaultSite(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return DEFAULT_SUFFIXES.some((suffix) => host === suffix || host.endsWith('.' + suffix));
}

const DEFAULT_SUFFIXES = DEFAULT_SITE_MATCHES.map((m) => m.slice('*://*.'.length, -'/*'.length));

/** `['gov.cn', 'gov.hk', 'gov.mo', 'gov.tw']`: the domains the options page switches. */
export const DEFAULT_SITE_DOMAINS = DEFAULT_SUFFIXES as [string, ...string[]];

/** The default domain `hostname` falls under, if any. */
export function defaultDomainOf(hostname: string): string | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return DEFAULT_SUFFIXES.find((suffix) => host === suffix || host.endsWith('.' + suffix));
}
