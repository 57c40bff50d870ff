/**
 * Issue 15, no matcher in the page: the content script sends its first painted window's text with the
 * page-state question (`scanWindow`), paints the background's mentions, and sends the rest of the page
 * (`scanTexts`); the page's later changes are sent the same way, so neither a page that does not
 * change nor one that does loads the matcher (lib/dom/follow-changes: until a change is too large for
 * a request, or the changes reach their bound — tests/dom/first-window.test.ts). The definite signals are the content
 * script's own record in its isolated world (entrypoints/content/frame-cost-record).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { firstPassDone, firstPassRecord, frameCost } from '../support/first-pass';
import { appendParagraph, highlightedTexts, topicsInside } from '../support/page-probes';

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
      expect(cost.firstWindow).toMatchObject({ withMatcher: false });
      expect(cost.firstWindow!.mentions).toBeGreaterThan(0);
      expect(cost.matcherRequests).toBe(0);
      const pass = await firstPassRecord(page);
      expect(pass.mentions).toBeGreaterThanOrEqual(cost.firstWindow!.mentions);
      const painted = Object.values(await highlightedTexts(page)).flat();
      expect(painted.length).toBeGreaterThan(0);
      await page.close();
    });
  }

  it('sends a change to the background and paints its answer, loading no matcher', async () => {
    const page = await session.context.newPage();
    await page.goto(`${TEST_ORIGIN}/policy-zh-hans.html`);
    await firstPassDone(page);
    expect((await frameCost(page)).matcherRequests).toBe(0);
    await appendParagraph(page, 'added', '网联车路测与碳足迹核算同步推进。');
    await expect.poll(() => topicsInside(page, 'added')).toEqual(['碳足迹核算', '网联车']);
    expect((await frameCost(page)).matcherRequests).toBe(0);
    await page.close();
  });
});
