/**
 * The Firefox tier's browser: Debian's `firefox-esr` driven by puppeteer-core over WebDriver BiDi, with
 * the BUILT `.output/firefox-mv3` installed as a temporary add-on (BiDi `webExtension.install`, what
 * `browser.installExtension` sends). Fixture pages are served on the same government origin as the
 * Chromium tier by request interception (BiDi `network.addIntercept`); anything else is aborted, so no
 * request leaves the machine.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { FIXTURE_DIR, OTHER_ORIGIN, TEST_ORIGIN } from '../../support/extension';
import { findFirefox } from './find-firefox';

export { OTHER_ORIGIN, TEST_ORIGIN };
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');

/**
 * The add-on's moz-extension:// host. Firefox draws a random UUID per profile; the pref
 * `extensions.webextensions.uuids` (add-on id → UUID, read when the add-on starts) fixes it, so the
 * tests know where popup.html & co. live without asking the browser's UI.
 */
export const EXTENSION_UUID = '5e3a4b6c-1d2e-4f50-8a9b-0c1d2e3f4a5b';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FirefoxSession {
  browser: Browser;
  /** The add-on id, from the built manifest (wxt.config.ts, `browser_specific_settings.gecko.id`). */
  addonId: string;
  /**
   * A new tab on `${TEST_ORIGIN}/${path}` (or another origin's URL), fixtures served by interception;
   * `init` is a script run in the page's main world before any of its own (a BiDi preload script).
   */
  openPage(pathOrUrl: string, init?: string): Promise<Page>;
  /** A new tab on one of the extension's pages (`popup.html`, `options.html?x` …), once it has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** The gecko id the built manifest declares: the key of the UUID pref. */
function addonIdOf(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${dir}/manifest.json declares no browser_specific_settings.gecko.id`);
  return id;
}

function serveFixture(request: HTTPRequest, pagesDir: string): void {
  const raw = request.url();
  if (!/^https?:/.test(raw)) {
    void request.continue();
    return;
  }
  const url = new URL(raw);
  if (url.origin !== TEST_ORIGIN && url.origin !== OTHER_ORIGIN) {
    void request.abort();
    return;
  }
  const file = join(pagesDir, decodeURIComponent(url.pathname));
  if (!file.startsWith(pagesDir) || !existsSync(file)) {
    void request.respond({ status: 404, contentType: 'text/plain', body: 'not found' });
    return;
  }
  void request.respond({
    status: 200,
    contentType: MIME[extname(file)] ?? 'application/octet-stream',
    body: readFileSync(file),
  });
}

export interface FirefoxLaunchOptions {
  /** Folder served on both origins. */
  pagesDir?: string;
  /** More Firefox prefs. */
  prefs?: Record<string, unknown>;
}

export async function launchFirefoxWithExtension(
  options: FirefoxLaunchOptions = {},
): Promise<FirefoxSession> {
  const { pagesDir = FIXTURE_DIR } = options;
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${FIREFOX_EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox: run `npx tsx scripts/ensure-firefox.ts`.');
  const addonId = addonIdOf(FIREFOX_EXTENSION_DIR);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    protocol: 'webDriverBiDi',
    headless: true,
    // BiDi refuses to navigate a tab to moz-extension:// ("not allowed in this context") unless the
    // remote agent may reach privileged pages; this flag is Firefox's own switch for that, for tests.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
      // `permissions.request` is answered "allow" without the doorhanger, which headless Firefox has no
      // way to click: the user's "yes" in a test. The request itself still needs the click's gesture.
      'extensions.webextOptionalPermissionPrompts': false,
      ...options.prefs,
    },
  });
  const profile = browser.process()?.spawnargs.find((a, i, all) => all[i - 1] === '--profile');
  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== addonId) throw new Error(`installed ${installed}, expected ${addonId}`);
  } catch (error) {
    await browser.close();
    throw error;
  }

  return {
    browser,
    addonId,
    async openPage(pathOrUrl, init) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      if (init) await page.evaluateOnNewDocument(init);
      await page.setRequestInterception(true);
      page.on('request', (request) => serveFixture(request, pagesDir));
      await page.goto(/^[a-z]+:/.test(pathOrUrl) ? pathOrUrl : `${TEST_ORIGIN}/${pathOrUrl}`);
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      const url = `${EXTENSION_ORIGIN}/${path}`;
      // The load happens, but puppeteer does not see a navigation that changes process to the
      // extension's (its goto times out on about:blank): wait for the page itself instead.
      page.goto(url).catch(() => undefined);
      // Polled by hand: an evaluation that lands while the page switches process fails in BiDi
      // itself ("right-hand side of 'in' should be an object"), which waitForFunction does not retry.
      const deadline = Date.now() + 30_000;
      for (;;) {
        const loaded = await page
          .evaluate((u) => location.href === u && document.readyState === 'complete', url)
          .catch(() => false);
        if (loaded) return page;
        if (Date.now() > deadline) throw new Error(`${url} did not load in 30 s`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async close() {
      await browser.close();
      // puppeteer deletes its temporary profile itself; this is for the case it could not.
      if (profile && profile.includes('puppeteer')) rmSync(profile, { recursive: true, force: true });
    },
  };
}
