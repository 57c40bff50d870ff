import { existsSync } from 'node:fs';

/**
 * Where the Firefox tier looks for a browser; `FIREFOX_PATH` wins. Debian's `firefox-esr` first: it is
 * the one the tier is written against (ESR 153 here; the Custom Highlight API is in Firefox since 140).
 */
export const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Firefox executable the tier uses, or undefined when none is installed. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.FIREFOX_PATH) return existsSync(env.FIREFOX_PATH) ? env.FIREFOX_PATH : undefined;
  return FIREFOX_CANDIDATES.find((p) => existsSync(p));
}
