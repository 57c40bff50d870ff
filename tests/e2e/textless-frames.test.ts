/**
 * Frames with no readable text ask for nothing (issue 15): an empty widget, a 1 × 1 frame and a frame
 * with `display: none` hold no matcher and evaluated only the frame gate (entrypoints/frame-gate.ts)
 * — it waits (its record in the isolated world says so, entrypoints/content/frame-cost-record) — while
 * a normal frame beside them is annotated, by the content script the background injected there.
 * The 1 × 1 and the hidden frame wait on their window's size, never reading their document. Each
 * starts once it has text, grows or is shown.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import {
  firstPassDone,
  frameCost,
  isExtensionWorld,
  isolatedValue,
  type ContextDescription,
} from '../support/first-pass';
import { highlightedTexts } from '../support/page-probes';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension();
}, 60_000);

afterAll(async () => {
  await session?.close();
});

const frameOf = (page: Page, id: string): Frame => page.frames().find((f) => f.url().endsWith(`?${id}`))!;

/**
 * How many of the extension's scripts started in the frame's isolated world (each counts itself:
 * entrypoints/content/restart-guard `countStart`): 1 is the frame gate alone (issue 15), 2 the gate
 * and the content script.
 */
const scriptsStarted = (frame: Frame) =>
  isolatedValue<number>(
    frame,
    `(globalThis[Symbol.for('standards-lens/frame-gate-starts')] ?? 0) +
     (globalThis[Symbol.for('standards-lens/content-starts')] ?? 0) || null`,
  );

describe('frames without readable text', () => {
  it('ask for no matcher until they have text, grow or are shown', async () => {
    const page = await session.context.newPage();
    await page.goto(`${TEST_ORIGIN}/textless-frames.html`, { waitUntil: 'load' });
    await firstPassDone(page);
    await firstPassDone(frameOf(page, 'normal'));
    expect((await highlightedTexts(frameOf(page, 'normal'))).agency).toEqual(['工业和信息化部']);
    // Its first pass was scanned by the background: the frame holds no matcher either (issue 15).
    expect(await frameCost(frameOf(page, 'normal'))).toMatchObject({ matcherRequests: 0 });
    expect((await frameCost(frameOf(page, 'normal'))).firstWindow).not.toBeNull();

    // Each quiet frame's content script has looked, found nothing readable and is waiting.
    for (const id of ['empty', 'tiny', 'hidden']) {
      const cost = await frameCost(frameOf(page, id), (c) => c.waiting);
      expect(cost, id).toMatchObject({ waiting: true, matcherRequests: 0 });
      // …and it is the frame gate alone: the content script itself was never evaluated there.
      expect(await scriptsStarted(frameOf(page, id)), id).toBe(1);
    }
    // The 1 × 1 frame and the one not rendered wait on their window alone (text-gate
    // untilFrameReadable): they never looked into their document, whose interfaces would be set up in
    // the extension's world. The empty widget, shown at a readable size, looked and found nothing.
    expect(await frameCost(frameOf(page, 'tiny'))).toMatchObject({ checks: 0, startAt: null });
    expect(await frameCost(frameOf(page, 'hidden'))).toMatchObject({ checks: 0, startAt: null });
    expect((await frameCost(frameOf(page, 'empty'))).checks).toBeGreaterThan(0);
    // The frame with text: the gate, then the content script the background injected.
    expect(await scriptsStarted(frameOf(page, 'normal'))).toBe(2);

    // Shown: the hidden frame starts and finds its mention.
    await page.evaluate(() => {
      document.getElementById('hidden')!.style.display = 'block';
    });
    await firstPassDone(frameOf(page, 'hidden'));
    expect((await highlightedTexts(frameOf(page, 'hidden'))).agency).toEqual(['工业和信息化部']);
    expect(await frameCost(frameOf(page, 'hidden'))).toMatchObject({ waiting: false, matcherRequests: 0 });
    expect((await frameCost(frameOf(page, 'hidden'))).firstWindow).not.toBeNull();

    // Grown: the tiny frame starts.
    await page.evaluate(() => {
      const tiny = document.getElementById('tiny') as HTMLIFrameElement;
      tiny.width = '400';
      tiny.height = '80';
    });
    await firstPassDone(frameOf(page, 'tiny'));
    expect((await highlightedTexts(frameOf(page, 'tiny'))).agency).toEqual(['工业和信息化部']);

    // Text arrives in the empty widget: it starts, and the other frames stayed as they were.
    await frameOf(page, 'empty').evaluate(() => {
      document.getElementById('slot')!.textContent = '空框架里的碳足迹';
    });
    await firstPassDone(frameOf(page, 'empty'));
    expect((await highlightedTexts(frameOf(page, 'empty'))).topic).toEqual(['碳足迹']);
    expect((await frameCost(frameOf(page, 'empty'))).firstWindow).not.toBeNull();
    expect((await frameCost(frameOf(page, 'empty'))).matcherRequests).toBe(0);
    expect((await frameCost(frameOf(page, 'normal'))).matcherRequests).toBe(0);
    expect(await scriptsStarted(frameOf(page, 'empty'))).toBe(2);
    await page.close();
  });

  it("leave the top page's isolated world alone: a quiet frame's gate sets up nothing there", async () => {
    // Chromium sets up the extension's world in the top frame (a context with its bindings, ~1.4 ms)
    // for a subframe script that reads `window.top` (lib/dom/top-frame). The top page here is held
    // mid-parse by a script the test serves late, so nothing of the extension has run in it yet.
    const page = await session.context.newPage();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/top-held.js', async (route) => {
      await released;
      await route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
    });
    // The frame is attached at about:blank and then navigates to its URL: awaited from before the load.
    const quietFrame = page.waitForEvent('framenavigated', { predicate: (f) => f.url().endsWith('?quiet') });
    await page.goto(`${TEST_ORIGIN}/top-held-frames.html`, { waitUntil: 'commit' });
    const quiet = await quietFrame;
    expect(await frameCost(quiet, (c) => c.waiting)).toMatchObject({ waiting: true, matcherRequests: 0 });
    expect(await extensionWorldsInTop(page)).toBe(0);
    // Let the top page finish: its own content script runs, and the world is there — what the count
    // above would have seen had the gate made it.
    release();
    await firstPassDone(page);
    expect(await extensionWorldsInTop(page)).toBe(1);
    await page.close();
  });
});

/** The extension's isolated worlds (execution contexts) in the page's top frame, as CDP lists them. */
async function extensionWorldsInTop(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const frames: string[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const c = context as ContextDescription;
      if (isExtensionWorld(c)) frames.push(c.auxData?.frameId ?? '');
    });
    // Runtime.enable reports every existing context before it answers.
    await cdp.send('Runtime.enable');
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    return frames.filter((id) => id === frameTree.frame.id).length;
  } finally {
    await cdp.detach();
  }
}
