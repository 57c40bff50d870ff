/**
 * The key under which a page's clips are found (DESIGN.md, Data model → Clip: "url + normalized url").
 * Two visits to the same page must give the same key even when one came from a newsletter, a search
 * ad or a WeChat share, so the parameters those add are dropped; everything else is kept as written,
 * in its order, because on government sites `?id=…` or `?docid=…` *is* the page.
 */

/** Click and campaign ids that identify the visit, never the page. */
const TRACKING_KEYS = new Set([
  'fbclid', // Facebook
  'gclid', // Google Ads
  'dclid', // Google Display & Video 360
  'msclkid', // Microsoft Advertising
  'yclid', // Yandex
  'igshid', // Instagram share
  'mc_cid', // Mailchimp campaign
  'mc_eid', // Mailchimp subscriber
  '_hsenc', // HubSpot
  '_hsmkt', // HubSpot
  'spm', // Alibaba "super position model" click path, common on Chinese sites
  'share_token',
]);

/** WeChat appends `from=<where it was shared>`; other values of `from` may be real page state. */
const WECHAT_FROM = new Set(['singlemessage', 'timeline', 'groupmessage']);

/**
 * `application/x-www-form-urlencoded` decoding of one key or value (https://url.spec.whatwg.org/#urlencoded-parsing),
 * lenient: a malformed escape leaves the text as it is instead of throwing.
 */
function formDecode(raw: string): string {
  const spaced = raw.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

function isTracking(key: string, value: string): boolean {
  // `utm_*` is matched in any case: hand-built campaign links often write `UTM_Source`.
  if (key.toLowerCase().startsWith('utm_')) return true;
  if (key === 'from') return WECHAT_FROM.has(value);
  return TRACKING_KEYS.has(key);
}

function parseHttp(url: string): URL | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The page key: http(s) only (undefined otherwise), without fragment or tracking parameters. The
 * URL parser already lower-cases the host and drops a default port
 * (https://url.spec.whatwg.org/#concept-basic-url-parser); an empty query (`?` alone, or nothing
 * left after filtering) is dropped too. Kept parameters stay byte for byte as the parser wrote them —
 * re-serializing through URLSearchParams would turn `%20` into `+` and make a different key.
 */
export function normalizeUrl(url: string): string | undefined {
  const parsed = parseHttp(url);
  if (!parsed) return undefined;
  parsed.hash = '';
  const kept = parsed.search
    .slice(1)
    .split('&')
    .filter((pair) => {
      if (pair === '') return false;
      const eq = pair.indexOf('=');
      const key = formDecode(eq < 0 ? pair : pair.slice(0, eq));
      const value = eq < 0 ? '' : formDecode(pair.slice(eq + 1));
      return !isTracking(key, value);
    });
  parsed.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return parsed.href;
}

/** The page's site (its hostname, lower-cased by the URL parser); undefined for a non-http(s) URL. */
export function siteOf(url: string): string | undefined {
  return parseHttp(url)?.hostname;
}
