/**
 * Issue 14, faults in the real browser: the service worker stopped (over CDP) while a page is open and
 * while a card is on its way — the content script's next request wakes it and the card still opens;
 * the extension reloaded while a page is open — the old content script, whose runtime calls now throw
 * "Extension context invalidated", removes its highlights and listeners without an error in the page's
 * console, and a reload of the page is annotated by the new extension.
 * IndexedDB unavailable to the service worker: the extension's pages say so instead of staying blank,
 * and pages are still annotated. (QuotaExceededError: tests/unit/storage-faults.test.ts.)
 */
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  reloadExtension,
  TEST_ORIGIN,
  type ExtensionSession,
} from '../support/extension';
import { firstPassDone } from '../support/first-pass';
import { pointOf, waitForCard, waitForNoCard } from '../support/page-probes';

declare const chrome: {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
};

const FIXTURE = `${TEST_ORIGIN}/clip-policy.html`;
const NAMES = ['standards-lens-topic', 'standards-lens-agency', 'standards-lens-standard'];

let session: ExtensionSession;
/** The extension's service worker: a new one after the reload test. */
let worker: Worker;
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
  worker = session.serviceWorker;
});
afterAll(async () => {
  await session?.close();
});

interface ExecutionContext {
  id: number;
  name: string;
  auxData?: { type?: string };
}

/**
 * Every console call, uncaught exception and browser log entry of the page over CDP, in every
 * execution context — the content script's isolated world included, which Playwright's `console`
 * event does not cover. `probe` logs an error from inside that world: the watch must see it.
 */
async function watchConsole(page: Page) {
  const cdp = await session.context.newCDPSession(page);
  const lines: string[] = [];
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: ExecutionContext }) => contexts.push(e.context));
  cdp.on('Runtime.consoleAPICalled', (e: { type: string; args: { value?: unknown }[] }) =>
    lines.push(`${e.type}: ${e.args.map((a) => String(a.value)).join(' ')}`),
  );
  cdp.on('Runtime.exceptionThrown', (e: { exceptionDetails: { text: string } }) =>
    lines.push(`exception: ${e.exceptionDetails.text}`),
  );
  cdp.on('Log.entryAdded', (e: { entry: { level: string; text: string } }) =>
    lines.push(`${e.entry.level}: ${e.entry.text}`),
  );
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  const errors = () => lines.filter((l) => /^(error|exception|assert)/.test(l));
  async function probe() {
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && /Standards Lens/.test(c.name));
    expect(world).toBeDefined();
    await cdp.send('Runtime.evaluate', { contextId: world!.id, expression: 'console.error("probe")' });
  }
  return { lines, errors, probe };
}

/** The number of ranges painted under the contract names. */
const painted = (page: Page) =>
  page.evaluate((names) => names.reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0), NAMES);

async function openFixture(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(FIXTURE);
  await firstPassDone(page);
  return page;
}

async function hover(page: Page, text: string) {
  await page.mouse.move(0, 0);
  const at = await pointOf(page, '#p2', text);
  await page.mouse.move(at.x, at.y);
}

describe('service worker stopped', () => {
  it('a stopped worker is woken by the next request: the card opens, before and during a hover', async () => {
    const page = await openFixture();
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/options.html`);
    const cdp = await session.context.newCDPSession(ext);
    await cdp.send('ServiceWorker.enable');

    // Stopped while the page sits there.
    await cdp.send('ServiceWorker.stopAllWorkers');
    await hover(page, '碳足迹');
    expect((await waitForCard(session.context, page)).name).toBeTruthy();
    await page.keyboard.press('Escape');
    await waitForNoCard(session.context, page);

    // Stopped while the hover's card request is on its way.
    await hover(page, '工业和信息化部');
    await cdp.send('ServiceWorker.stopAllWorkers');
    expect((await waitForCard(session.context, page)).name).toBe('工业和信息化部');
    await cdp.detach();
    await ext.close();
    await page.close();
  });
});

describe('extension reloaded while a page is open', () => {
  it('the old content script tears down quietly; a page reload is annotated by the new one', async () => {
    const page = await openFixture();
    const watch = await watchConsole(page);
    expect(await painted(page)).toBeGreaterThan(0);
    // The watch sees an error logged in the content script's world (so the checks below can fail).
    await watch.probe();
    await expect.poll(() => watch.errors()).toEqual(['error: probe']);
    watch.lines.length = 0;

    worker = await reloadExtension(session, worker);
    expect(worker.url()).toContain(session.extensionId);

    // The old content script learns of it on its next runtime call (a hover asks for a card).
    await hover(page, '碳足迹');
    await page.waitForFunction(
      (names) => names.every((n) => (CSS.highlights.get(n)?.size ?? 0) === 0),
      NAMES,
    );
    expect(watch.errors()).toEqual([]);

    await page.reload();
    await firstPassDone(page);
    expect(await painted(page)).toBeGreaterThan(0);
    await hover(page, '碳足迹');
    expect((await waitForCard(session.context, page)).name).toBeTruthy();
    expect(watch.errors()).toEqual([]);
    await page.close();
  });
});

describe('IndexedDB unavailable to the service worker', () => {
  it('pages still get highlights; popup, options and clip library show the error, not a blank', async () => {
    // The worker's IndexedDB refuses every open from now on (as in a profile where it is switched
    // off) …
    await worker.evaluate(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('IndexedDB is not available in this profile.', 'InvalidStateError');
      };
    });
    // … and its open connection goes: a newer version opened elsewhere makes Dexie close it.
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/plan.html`);
    await ext.evaluate(async () => {
      const [info] = (await indexedDB.databases()).filter((d) => d.name === 'standards-lens');
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('standards-lens', (info?.version ?? 1) + 1);
        open.onsuccess = () => (open.result.close(), resolve());
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      });
    });

    const page = await openFixture();
    expect(await painted(page)).toBeGreaterThan(0);
    const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, FIXTURE);

    const pages: [string, string][] = [
      [`popup.html?tab=${tabId}`, '.notice'],
      ['options.html', '.notice'],
      ['clips.html', '.banner-error'],
    ];
    for (const [path, selector] of pages) {
      await ext.goto(`chrome-extension://${session.extensionId}/${path}`);
      await expect.poll(() => ext.locator(selector).first().textContent()).toContain('IndexedDB unavailable');
    }
    // The plan browser needs no database: it shows the bundled plan.
    await ext.goto(`chrome-extension://${session.extensionId}/plan.html`);
    await ext.locator('[data-item-no="9"]').waitFor();
    await ext.close();
    await page.close();
  });
});
