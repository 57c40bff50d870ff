/**
 * What kind of page a tab shows, for the popup to name it (issue 10): a web page the extension may be
 * switched on for, or one it can never run on — and then which: the browser's own pages, the extension
 * stores (browsers keep every extension out of them), another extension's page, a local file.
 *
 * `unknown`: no address. Clicking the toolbar button grants `activeTab`, which shows the popup the
 * URL of any page an extension may run on — an https page without host permission included, which is
 * then `web` and can be switched on. Chromium withholds it only where extensions may not run at all
 * (chrome://, the Web Store), so the popup names `unknown` as such a page.
 */
export type PageKind = 'web' | 'browser' | 'store' | 'extension' | 'file' | 'other' | 'unknown';

const BROWSER_SCHEMES = new Set([
  'about:',
  'chrome:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'view-source:',
]);

const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'extension:']);

/** Hosts (and path prefixes) where browsers do not let extensions run. */
const STORES: readonly [host: string, path: string][] = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['microsoftedge.microsoft.com', '/addons'],
  ['addons.mozilla.org', '/'],
  ['addons.opera.com', '/'],
];

export function pageKind(url: string | undefined): PageKind {
  if (!url) return 'unknown';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unknown';
  }
  const { protocol, hostname, pathname } = parsed;
  if (protocol === 'http:' || protocol === 'https:') {
    const store = STORES.some(([host, path]) => hostname === host && pathname.startsWith(path));
    return store ? 'store' : 'web';
  }
  if (BROWSER_SCHEMES.has(protocol)) return 'browser';
  if (EXTENSION_SCHEMES.has(protocol)) return 'extension';
  if (protocol === 'file:') return 'file';
  return 'other';
}
