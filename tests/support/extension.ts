import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const FIXTURE_DIR = resolve('tests/fixtures/pages');
/** A government-looking origin where the extension runs by default; served by request interception. */
export const TEST_ORIGIN = 'https://www.example.gov.cn';
/** An origin where the extension must not run unless the user enables it. */
export const OTHER_ORIGIN = 'https://news.example.com';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/**
 * Launches Chromium with the BUILT extension (run `npm run build` first) and serves
 * tests/fixtures/pages on TEST_ORIGIN and OTHER_ORIGIN. No request leaves the machine: anything not
 * routed is aborted.
 */
export interface LaunchOptions {
  locale?: string;
  /** false opens a window (needs a display); the demo uses it. */
  headless?: boolean;
  /** Folder served on both origins. */
  pagesDir?: string;
  /** More Chromium switches (tests/support/toolbar-action.ts needs one). */
  args?: string[];
  /** Another built extension (benchmarks compare builds); by default EXTENSION_DIR. */
  extensionDir?: string;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const { headless = true, pagesDir = FIXTURE_DIR, extensionDir = EXTENSION_DIR } = options;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: run `npx tsx scripts/ensure-chromium.ts`.');
  const userDataDir = mkdtempSync(join(tmpdir(), 'standards-lens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: false, // chromiumArgs selects new headless mode itself: the one that loads extensions
    args: [
      ...chromiumArgs(extensionDir, { headless }),
      `--lang=${options.locale ?? 'zh-CN'}`,
      ...(options.args ?? []),
    ],
    locale: options.locale ?? 'zh-CN',
    // Chromium on Linux takes its UI language (and so chrome.i18n's) from LANGUAGE, not from --lang.
    env: { ...process.env, LANGUAGE: (options.locale ?? 'zh-CN').replace('-', '_') },
    viewport: { width: 1200, height: 900 },
  });
  // Only web requests are routed: extension pages load from chrome-extension:// untouched.
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== TEST_ORIGIN && url.origin !== OTHER_ORIGIN) return route.abort();
    const file = join(pagesDir, decodeURIComponent(url.pathname));
    if (!file.startsWith(pagesDir) || !existsSync(file))
      return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      status: 200,
      body: readFileSync(file),
      contentType: MIME[extname(file)] ?? 'application/octet-stream',
    });
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Reloads the extension as an update would (Chromium fires `onInstalled` with reason "update" in the
 * new worker) and resolves with that worker. The old one goes away mid-call.
 */
export async function reloadExtension(session: ExtensionSession, worker: Worker): Promise<Worker> {
  // Chromium reloads an unpacked extension only in developer mode; otherwise it disables it as an
  // "unsupported developer extension" (measured: chrome://extensions then lists it DISABLED).
  const extensions = await session.context.newPage();
  await extensions.goto(`chrome://extensions/?id=${session.extensionId}`);
  await extensions.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { developerPrivate: { updateProfileConfiguration(c: object): Promise<void> } };
      }
    ).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }),
  );
  await extensions.close();
  const restarted = session.context.waitForEvent('serviceworker');
  // The worker goes away mid-call: the evaluation's own failure is expected.
  await worker
    .evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
    )
    .catch(() => undefined);
  return restarted;
}
