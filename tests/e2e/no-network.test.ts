/**
 * Issue 14, "No network, proven": a whole run of use — an annotated page, the hover card, a clip saved,
 * the popup, the plan browser (and its search), the clip library (search and every export), the
 * options — while every request of every target is watched: the pages (and so the content scripts in
 * them), the extension's pages and its service worker. Playwright gets these from CDP's Network domain,
 * which it enables in each target it attaches to, the service worker included (`request.serviceWorker()`).
 *
 * Allowed: the extension's own files (`chrome-extension://`), `data:` / `blob:` URLs (the exports'
 * downloads), and the test's own fixture page loads (documents and their static files on TEST_ORIGIN,
 * never a fetch). Anything else is a request the extension made. The last case shows the watch sees
 * a fetch from the service worker, from an extension page and from a web page, so this test can fail.
 */
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dragSelect, waitForToast } from '../support/clip-probes';
import { launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { firstPassDone } from '../support/first-pass';
import { pointOf, waitForCard } from '../support/page-probes';

declare const chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } };

const FIXTURE = `${TEST_ORIGIN}/clip-policy.html`;
/** What a fixture page itself loads; a content script's `fetch`/XHR is none of these. */
const FIXTURE_TYPES = new Set(['document', 'stylesheet', 'image', 'font', 'script', 'media']);

interface Seen {
  from: string;
  type: string;
  url: string;
}

let session: ExtensionSession;
const seen: Seen[] = [];
const sockets: string[] = [];

function record(request: Request) {
  const worker = request.serviceWorker();
  const from = worker ? `service worker ${worker.url()}` : (request.frame()?.url() ?? 'unknown');
  seen.push({ from, type: request.resourceType(), url: request.url() });
}

function allowed({ type, url }: Seen): boolean {
  if (/^(chrome-extension|data|blob):/.test(url)) return true;
  return url.startsWith(`${TEST_ORIGIN}/`) && FIXTURE_TYPES.has(type);
}

const offending = () => seen.filter((s) => !allowed(s));

async function newPage(): Promise<Page> {
  const page = await session.context.newPage();
  page.on('websocket', (ws) => sockets.push(ws.url()));
  return page;
}

const extensionUrl = (path: string) => `chrome-extension://${session.extensionId}/${path}`;

beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
  // Before any page opens: from here on every request of the context is seen.
  session.context.on('request', record);
});
afterAll(async () => {
  await session?.close();
});

describe('no network during a full run of use', () => {
  it('annotated page, card, clip, popup, plan, clips (search, export), options: no request leaves', async () => {
    const page = await newPage();
    await page.goto(FIXTURE);
    await firstPassDone(page);

    // The hover card (its knowledge comes from the background).
    const at = await pointOf(page, '#p2', '碳足迹');
    await page.mouse.move(at.x, at.y);
    expect((await waitForCard(session.context, page)).texts.length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');

    // A clip saved with the shortcut (loads the clip UI into the page, writes the database).
    await dragSelect(page, { selector: '#p2', text: '加快开展' }, { selector: '#p2', text: '标准制定。' });
    await page.keyboard.press('Alt+Shift+S');
    await waitForToast(session.context, page, '标准透镜摘录', '已保存摘录');

    // The popup for that tab.
    const tabId = await session.serviceWorker.evaluate(
      async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!,
      FIXTURE,
    );
    const popup = await newPage();
    await popup.goto(extensionUrl(`popup.html?tab=${tabId}`));
    await popup.locator('[data-coverage-item]').first().waitFor();

    // The plan browser and its search.
    const plan = await newPage();
    await plan.goto(extensionUrl('plan.html'));
    await plan.locator('[data-item-no="9"]').waitFor();
    await plan.locator('input[type=search]').first().fill('碳足迹');
    await plan.locator('a[href*="#item-"]').first().waitFor();

    // The clip library: search, then every export.
    const clips = await newPage();
    await clips.goto(extensionUrl('clips.html'));
    await clips.locator('article[data-clip-id]').first().waitFor();
    await clips.locator('input[type=search]').first().fill('碳足迹');
    await clips.locator('article[data-clip-id]').first().waitFor();
    for (const format of ['w3c', 'csl', 'ris', 'gbt7714', 'csv', 'markdown', 'backup']) {
      const [file] = await Promise.all([
        clips.waitForEvent('download'),
        clips.click(`[data-export="${format}"]`),
      ]);
      expect(file.suggestedFilename()).toMatch(/^standards-lens-clips-\d{4}-\d{2}-\d{2}\./);
    }

    // The options page.
    const options = await newPage();
    await options.goto(extensionUrl('options.html'));
    await options.locator('.my-agency').waitFor();

    // The run really was watched: the page load, the extension pages' files.
    expect(seen.some((s) => s.url === FIXTURE && s.type === 'document')).toBe(true);
    expect(seen.some((s) => s.url.startsWith(extensionUrl('')))).toBe(true);
    expect(offending()).toEqual([]);
    expect(sockets).toEqual([]);
    for (const p of [page, popup, plan, clips, options]) await p.close();
  });

  it('the watch sees a request from the service worker, an extension page and a web page', async () => {
    const before = seen.length;
    await session.serviceWorker.evaluate(() => fetch('https://leak.invalid/from-worker').catch(() => 0));
    const ext = await newPage();
    await ext.goto(extensionUrl('options.html'));
    await ext.evaluate(() => fetch('https://leak.invalid/from-extension-page').catch(() => 0));
    const page = await newPage();
    await page.goto(`${TEST_ORIGIN}/no-mentions.html`);
    await page.evaluate(() => fetch(`${location.origin}/from-page`).catch(() => 0));
    await expect.poll(() => offending().length).toBe(3);
    expect(seen.slice(before).filter((s) => !allowed(s))).toEqual([
      expect.objectContaining({ from: expect.stringMatching(/^service worker chrome-extension:/) }),
      expect.objectContaining({ from: expect.stringMatching(/options\.html$/) }),
      expect.objectContaining({ type: 'fetch', url: `${TEST_ORIGIN}/from-page` }),
    ]);
    await ext.close();
    await page.close();
  });
});
