// `npm run demo`: the built extension in Chromium on a sample policy page of the project's own, served
// on a *.gov.cn origin through request interception so the extension runs on it by default. With a
// display it opens a window and waits until you close it; without one it runs headless and writes
// .output/demo.png — what the product is at a glance: the page with its highlights, the hover card
// open on a topic, and the toolbar popup for that page beside it — then exits.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, TEST_ORIGIN } from '../tests/support/extension';
import { settledHighlights, waitForCard } from '../tests/support/page-probes';

/** The slice of the extension API the demo calls in the service worker. */
declare const chrome: { tabs: { query(q: { url?: string }): Promise<{ id?: number }[]> } };

const URL = `${TEST_ORIGIN}/sample-policy.html`;
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const session = await launchWithExtension({ headless, pagesDir: resolve('scripts/demo') });
const page = await session.context.newPage();
await page.goto(URL);
await settledHighlights(page);

if (!headless) {
  console.log(`demo: ${URL} is open; close the browser window to finish.`);
  await new Promise<void>((done) => session.context.on('close', () => done()));
  process.exit(0);
}

/**
 * Where a text first appears on the page. A string, not a function: tsx's transform would name the
 * function's inner helpers with a `__name` the page does not have.
 */
const CENTRE_OF = `(text) => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + 1);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  throw new Error(text + ' is not on the page');
}`;

/** The first topic mention of the page, hovered: its card opens beside it. */
async function openCard(target: Page): Promise<void> {
  const where = (await target.evaluate(`(${CENTRE_OF})('碳足迹')`)) as { x: number; y: number };
  await target.mouse.move(where.x, where.y);
  await waitForCard(session.context, target);
  await target.waitForTimeout(300); // the card's placement and first paint
}

await openCard(page);
const pageShot = await page.screenshot();

// The popup as the toolbar shows it, for the same tab (popup.html reads the tab from `?tab=`).
const tabId = await session.serviceWorker.evaluate(
  async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!,
  URL,
);
const popup = await session.context.newPage();
await popup.setViewportSize({ width: 380, height: 900 });
await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
await popup.waitForLoadState('networkidle');
await popup.waitForTimeout(500);
const popupShot = await popup.screenshot({ fullPage: true });

// Side by side, composed in the browser itself (no image library): two images on one canvas page.
const sheet = await session.context.newPage();
await sheet.setViewportSize({ width: 1200 + 380 + 48, height: 900 });
const img = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
await sheet.setContent(
  `<body style="margin:0;padding:16px;display:flex;gap:16px;align-items:flex-start;background:#e9edf2">
     <img src="${img(pageShot)}" style="width:1200px;box-shadow:0 2px 12px #0003">
     <img src="${img(popupShot)}" style="width:380px;box-shadow:0 2px 12px #0003">
   </body>`,
);
await sheet.waitForLoadState('load');
mkdirSync('.output', { recursive: true });
await sheet.screenshot({ path: '.output/demo.png', fullPage: true });
console.log('demo: no display — the page, its card and the popup written to .output/demo.png');
await session.close();
