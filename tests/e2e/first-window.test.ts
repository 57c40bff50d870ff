/**
 * Issue 15, the first highlights in one roundtrip: the content script sends its first painted
 * window's text with the page-state question (`scanWindow`) and paints the background's mentions
 * before it holds a matcher. The definite signals are the content script's own record in its isolated
 * world (entrypoints/content/frame-cost-record): the window was painted while the frame had no matcher,
 * and the local rescan that follows found, block for block, the same mentions (none repainted).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { firstPassDone, firstPassRecord, frameCost } from '../support/first-pass';
import { highlightedTexts } from '../support/page-probes';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension();
}, 60_000);

afterAll(async () => {
  await session?.close();
});

describe('first window', () => {
  for (const file of ['policy-zh-hans.html', 'policy-en.html']) {
    it(`${file}: painted from the background's answer before the matcher arrives, as the matcher finds it`, async () => {
      const page = await session.context.newPage();
      await page.goto(`${TEST_ORIGIN}/${file}`);
      await firstPassDone(page);
      const cost = await frameCost(page, (c) => c.firstWindow !== null);
      expect(cost.firstWindow).toMatchObject({ withMatcher: false, disagreed: 0 });
      expect(cost.firstWindow!.mentions).toBeGreaterThan(0);
      expect(cost.matcherRequests).toBe(1);
      const pass = await firstPassRecord(page);
      expect(pass.mentions).toBeGreaterThanOrEqual(cost.firstWindow!.mentions);
      const painted = Object.values(await highlightedTexts(page)).flat();
      expect(painted.length).toBeGreaterThan(0);
      await page.close();
    });
  }
});
