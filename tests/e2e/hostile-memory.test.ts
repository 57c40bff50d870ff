/**
 * Hostile pages, memory bounded (issue 14). The content script's isolated world lives in the page's
 * V8 isolate, so the page's JS heap (CDP `Runtime.getHeapUsage`, after `HeapProfiler.collectGarbage`)
 * holds whatever the extension keeps. Each page is measured twice in the same browser run: on a site
 * where the extension annotates and on one where it does not run (not a default site: no content
 * script). What the extension adds must stay under a bound stated in the page's own measures — bytes
 * per character of its text or per mutation, plus a constant — never an absolute figure of a machine.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, OTHER_ORIGIN, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { firstPassDone, frameCost } from '../support/first-pass';
import { highlightedTexts } from '../support/page-probes';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
});
afterAll(async () => {
  await session?.close();
});

/** The page's isolate heap in use, in bytes, after a full garbage collection. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await session.context.newCDPSession(page);
  try {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

async function open(origin: string, path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${origin}/${path}`);
  if (origin === TEST_ORIGIN) await firstPassDone(page);
  return page;
}

/** The page's own storm (tests/fixtures/pages/hostile-storm.html): 1,000 edits a second; their count. */
const STORM_MS = 5_000;
const storm = async (page: Page) =>
  (
    await page.evaluate(
      (ms) => (window as unknown as { __storm(ms: number): Promise<{ n: number }> }).__storm(ms),
      STORM_MS,
    )
  ).n;

const KB = 1024;

/** The page's text in UTF-16 units, as the page holds it. */
const textLength = (page: Page) => page.evaluate(() => document.body.textContent!.length);

/** Both bounds' measures, taken on a site where the extension runs and on one where it does not. */
const ORIGINS = { on: TEST_ORIGIN, off: OTHER_ORIGIN } as const;

describe('memory bounded', () => {
  it('one 2 MB text block: the extension keeps less than half a copy of the page’s text', async () => {
    const heaps = { on: { small: 0, big: 0 }, off: { small: 0, big: 0 } };
    let chars = 0;
    for (const side of ['off', 'on'] as const) {
      // The extension's cost on a small page (its code, its knowledge) …
      const small = await open(ORIGINS[side], 'hostile-storm.html');
      heaps[side].small = await heapAfterGc(small);
      await small.close();
      // … and on one text node of 2,097,152 characters with 2,097 terms.
      const big = await open(ORIGINS[side], 'hostile-big.html');
      heaps[side].big = await heapAfterGc(big);
      chars = await textLength(big);
      if (side === 'on') expect((await highlightedTexts(big)).topic).toHaveLength(2097);
      await big.close();
    }
    const fixed = heaps.on.small - heaps.off.small;
    const added = heaps.on.big - heaps.off.big;
    // At most 1 byte per character of page text (the text itself takes 2 in UTF-16) on top of the
    // extension's cost on a small page, plus 512 kB. Measured here (Chromium 156, new headless): fixed
    // 1.24 MB, added 1.39 MB, bound 3.86 MB. An annotator that kept a copy of each block's text it
    // made (a joined or folded string) added 5.59 MB: over the bound. (Keeping the page's own string
    // as read from the node costs nothing here: Blink hands it to V8 as an external string.)
    expect(chars).toBe(2097621);
    expect(added, `fixed ${fixed} B`).toBeLessThanOrEqual(fixed + chars + 512 * KB);
  }, 90_000);

  it('a mutation storm: what the extension keeps grows by at most 32 bytes a mutation', async () => {
    const growth = { on: 0, off: 0 };
    let mutations = 0;
    for (const side of ['off', 'on'] as const) {
      const page = await open(ORIGINS[side], 'hostile-storm.html');
      // Two storms warm up (compiled code, the observer's back-off, the messages that carry each
      // flush's blocks to the background and back — issue 15: a fixed cost, not one per mutation);
      // the third is measured.
      await storm(page);
      await storm(page);
      const before = await heapAfterGc(page);
      const n = await storm(page);
      growth[side] = (await heapAfterGc(page)) - before;
      if (side === 'on') mutations = n;
      // Its flushes were scanned by the background: three storms loaded no matcher into the page.
      if (side === 'on') expect((await frameCost(page)).matcherRequests).toBe(0);
      await page.close();
    }
    const added = growth.on - growth.off;
    // At most 32 bytes per mutation plus 64 kB over what the same storm leaves on the page without
    // the extension. Measured here: ~4,700 mutations in the 5 s storm, added 93–114 kB (bound
    // ~214 kB). Keeping every MutationRecord (a queue never emptied) added 320 kB at 4,580 mutations
    // (bound 211 kB), and 430 kB at 2,170 (bound 135 kB): over the bound.
    expect(mutations).toBeGreaterThan(1000);
    expect(added, `${mutations} mutations`).toBeLessThanOrEqual(32 * mutations + 64 * KB);
  }, 120_000);
});
