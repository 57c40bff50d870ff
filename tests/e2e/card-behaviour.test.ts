/**
 * Issue 10, "Reading comfort → Behaviour": how the hover card behaves under the reader's pointer, in
 * the built extension in Chromium. The card is read through CDP (accessibility tree, pierced DOM, hit
 * tests, computed styles), since its shadow root is closed to page scripts; its timing is taken on the
 * page's own clock (tests/support/card-probes.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axButton,
  boxOf,
  cardAxNodes,
  cardDom,
  cardStyle,
  luminance,
  nodeAt,
  openDelay,
  pointInFrame,
  recordCardTimes,
  resetCardTimes,
  visibleAt,
  withCdp,
} from '../support/card-probes';
import { launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { pointOf, readCard, settledHighlights, waitForCard, waitForNoCard } from '../support/page-probes';

const ARTIFACTS = '.output/test-artifacts';
let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await session?.close();
});

async function open(path: string, page?: Page) {
  page ??= await session.context.newPage();
  await page.goto(`${TEST_ORIGIN}/${path}`);
  await settledHighlights(page);
  return page;
}

/** A screenshot through CDP: Playwright's own would re-apply its viewport over an emulated one. */
async function screenshot(cdp: CDPSession, name: string) {
  const { data } = (await cdp.send('Page.captureScreenshot', { format: 'png' })) as { data: string };
  writeFileSync(`${ARTIFACTS}/${name}.png`, Buffer.from(data, 'base64'));
}

async function centreOf(cdp: CDPSession, backendNodeId: number) {
  const box = await boxOf(cdp, backendNodeId);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

describe('the card under the pointer', () => {
  it('closes when the pointer leaves it after a click inside (focus inside no longer keeps it)', async () => {
    const page = await open('policy-zh-hans.html');
    const p = await pointOf(page, '#fireworks', '烟花爆竹');
    await page.mouse.move(p.x, p.y);
    await waitForCard(session.context, page);
    await withCdp(session.context, page, async (cdp) => {
      // Into the card, and a click on its title (nothing there navigates): focus goes into the card.
      const dom = (await cardDom(cdp))!;
      const card = await boxOf(cdp, dom.dialog.backendNodeId);
      await page.mouse.move(card.x + 20, card.y + 14, { steps: 4 });
      await page.mouse.down();
      await page.mouse.up();
    });
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('standards-lens-card');
    await page.mouse.move(5, 880, { steps: 4 });
    await waitForNoCard(session.context, page);
    await page.close();
  });

  it('gives the wheel to the page when the card slid under a resting pointer', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1000, height: 600 });
    await open('long-page.html', page);
    const p = await pointOf(page, '#top', '烟花爆竹');
    await page.mouse.move(p.x, p.y);
    await waitForCard(session.context, page);
    await withCdp(session.context, page, async (cdp) => {
      // The page scrolls by script (the pointer does not move) until the card, following its mention,
      // lies under the pointer.
      const dom = (await cardDom(cdp))!;
      const card = await boxOf(cdp, dom.dialog.backendNodeId);
      const by = Math.round(card.y + card.height / 2 - p.y);
      await page.evaluate((by) => window.scrollBy(0, by), by);
      await expect.poll(async () => dom.nodes.has((await nodeAt(cdp, page, p.x, p.y)) ?? -1)).toBe(true);
      const before = await page.evaluate(() => scrollY);
      await page.mouse.wheel(0, 240);
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThanOrEqual(before + 200);
      await screenshot(cdp, 'card-wheel');
    });
    await page.close();
  });

  it('scrolls its own body once the reader moves the pointer in it', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1000, height: 280 }); // so short that the topic card scrolls
    await open('long-page.html', page);
    const p = await pointOf(page, '#top', '烟花爆竹');
    await page.mouse.move(p.x, p.y);
    await waitForCard(session.context, page);
    await withCdp(session.context, page, async (cdp) => {
      const nodes = await cardAxNodes(cdp);
      const last = nodes.filter((n) => n.role?.value === 'StaticText').at(-1)!;
      expect(await visibleAt(cdp, page, last)).toBe(false); // below the card's fold
      const dom = (await cardDom(cdp))!;
      const card = await boxOf(cdp, dom.dialog.backendNodeId);
      await page.mouse.move(card.x + card.width / 2, card.y + card.height - 30, { steps: 5 });
      const before = await page.evaluate(() => scrollY);
      await page.mouse.wheel(0, 600);
      await expect.poll(() => visibleAt(cdp, page, last)).toBe(true);
      expect(await page.evaluate(() => scrollY)).toBe(before);
    });
    await page.close();
  });
});

describe('the hover delay', () => {
  async function setHoverDelay(ms: number) {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const field = options.getByLabel('悬停多久后打开卡片（毫秒）');
    await field.fill(String(ms));
    await field.press('Tab');
    await expect.poll(() => options.locator('.notice').textContent()).toBe('已保存。已打开的页面立即生效。');
    await options.close();
  }

  /** Median delay over a few hovers, each with the service worker stopped first (as after 30 s idle). */
  async function measure(page: Page, cdp: CDPSession): Promise<number[]> {
    const delays: number[] = [];
    await page.bringToFront(); // a background tab gets no animation frames and slowed timers
    for (const [selector, term] of [
      ['#fireworks', '烟花爆竹'],
      ['#intro', '集成电路'],
      ['#intro', '工业和信息化部'],
    ] as const) {
      await page.mouse.move(5, 880);
      await waitForNoCard(session.context, page);
      await cdp.send('ServiceWorker.stopAllWorkers');
      const p = await pointOf(page, selector, term);
      await resetCardTimes(page);
      await page.mouse.move(p.x, p.y);
      await waitForCard(session.context, page);
      delays.push((await openDelay(page))!);
    }
    return delays.sort((a, b) => a - b);
  }

  it('opens the card after the delay the setting says, on the page clock, a stopped service worker included', async () => {
    const page = await open('policy-zh-hans.html');
    await recordCardTimes(page);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const at300 = await measure(page, cdp);

    await setHoverDelay(700);
    await open('policy-zh-hans.html', page);
    await recordCardTimes(page);
    const at700 = await measure(page, cdp);
    await setHoverDelay(300);
    await cdp.detach();
    await page.close();

    writeFileSync(`${ARTIFACTS}/hover-delay.json`, JSON.stringify({ 300: at300, 700: at700 }));
    // Never early; late by at most a frame or two and a busy machine's timer slack — the issue measured
    // 450–550 ms for 300 ms (the card was asked for only after the delay, from a stopped worker).
    for (const [setting, delays] of [
      [300, at300],
      [700, at700],
    ] as const) {
      expect(delays[0]!, `${setting}: ${delays.join(', ')}`).toBeGreaterThanOrEqual(setting - 1);
      expect(delays[1]!, `${setting}: ${delays.join(', ')}`).toBeLessThanOrEqual(setting + 80);
    }
  });
});

describe('Back', () => {
  it('is absent at the bottom of the stack and never wraps; its label stays on one line', async () => {
    const page = await open('policy-zh-hans.html');
    const p = await pointOf(page, '#intro', '工业和信息化部');
    await page.mouse.move(p.x, p.y);
    await waitForCard(session.context, page);
    await withCdp(session.context, page, async (cdp) => {
      const click = async (name: string | RegExp) => {
        const b = await axButton(cdp, name);
        if (!b) throw new Error(`no button ${name}`);
        const c = await centreOf(cdp, b.backendDOMNodeId!);
        await page.mouse.move(c.x, c.y, { steps: 3 });
        await page.mouse.click(c.x, c.y);
      };
      expect(await axButton(cdp, /返回/)).toBeUndefined();
      await click(/^\(二十\)/); // one of the plan's longest item titles
      await expect.poll(async () => (await readCard(session.context, page))?.name).toMatch(/^\(二十\)/);
      const back = (await axButton(cdp, /返回/))!;
      const pin = (await axButton(cdp, '固定'))!;
      // One line: as tall as the pin button beside it, though the item title next to it is long.
      const backBox = await boxOf(cdp, back.backendDOMNodeId!);
      const pinBox = await boxOf(cdp, pin.backendDOMNodeId!);
      await screenshot(cdp, 'card-back');
      expect(Math.abs(backBox.height - pinBox.height)).toBeLessThanOrEqual(1);
      await click(/返回/);
      await expect.poll(async () => (await readCard(session.context, page))?.name).toBe('工业和信息化部');
      // At the bottom: no Back, so nothing can wrap around to the top of the stack.
      expect(await axButton(cdp, /返回/)).toBeUndefined();
      expect((await readCard(session.context, page))?.name).toBe('工业和信息化部');
    });
    await page.close();
  });
});

describe("the card's colours", () => {
  async function cardBackground(page: Page, name: string): Promise<number> {
    const p = await pointOf(page, '#fireworks', '烟花爆竹');
    await page.mouse.move(p.x, p.y);
    await waitForCard(session.context, page);
    return withCdp(session.context, page, async (cdp) => {
      await screenshot(cdp, name);
      const style = await cardStyle(cdp, ['background-color', 'color']);
      // Its text reads on it either way.
      expect(Math.abs(luminance(style['background-color']!) - luminance(style.color!))).toBeGreaterThan(0.5);
      return luminance(style['background-color']!);
    });
  }

  it('are dark on a dark page though the system prefers light', async () => {
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await open('dark-page.html', page);
    expect(await cardBackground(page, 'card-dark-page')).toBeLessThan(0.1);
    await page.close();
  });

  it('are light on a light page though the system prefers dark', async () => {
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await open('policy-zh-hans.html', page);
    expect(await cardBackground(page, 'card-light-page-dark-system')).toBeGreaterThan(0.8);
    await page.close();
  });
});

describe('at 200 % zoom', () => {
  it('shows the lead agencies without scrolling, beside the mention or with the body scrolled to them', async () => {
    const page = await session.context.newPage();
    await withCdp(session.context, page, async (cdp) => {
      // A 1200 × 900 window at 200 %: a 600 × 450 CSS-pixel viewport at 2 device pixels per pixel.
      await cdp.send('Emulation.setDeviceMetricsOverride', {
        width: 600,
        height: 450,
        deviceScaleFactor: 2,
        mobile: false,
      });
      await open('policy-zh-hans.html', page);
      // One at the start of a line (room beside it), one in the middle (none on either side).
      for (const [term, shot] of [
        ['烟花爆竹', 'card-zoom-200-beside'],
        ['危险化学品', 'card-zoom-200-scrolled'],
      ] as const) {
        await page.mouse.move(5, 440);
        await waitForNoCard(session.context, page);
        const p = await pointOf(page, '#fireworks', term);
        await page.mouse.move(p.x, p.y);
        await waitForCard(session.context, page);
        await expect.poll(async () => (await readCard(session.context, page))?.name).toBe(term);
        await screenshot(cdp, shot);
        const nodes = await cardAxNodes(cdp);
        const label = nodes.findIndex((n) => n.name?.value.startsWith('牵头'));
        const firstLead = nodes.slice(label + 1).find((n) => n.role?.value === 'button');
        expect(label, term).toBeGreaterThan(0);
        expect(await visibleAt(cdp, page, firstLead!), `${term}: first lead agency in view`).toBe(true);
        const box = await boxOf(cdp, (await cardDom(cdp))!.dialog.backendNodeId);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(600);
        expect(box.y + box.height).toBeLessThanOrEqual(450);
      }
    });
    await page.close();
  });
});

describe('in a frame', () => {
  it('is not clipped to the frame: the whole card is seen over the top page, and follows the frame', async () => {
    const page = await session.context.newPage();
    await page.goto(`${TEST_ORIGIN}/frame-card-host.html`);
    const child = (await (await page.$('#child'))!.contentFrame())!;
    await settledHighlights(child);
    const p = await pointInFrame(page, '#child', '#fireworks', '烟花爆竹');
    await page.mouse.move(p.x, p.y);
    expect((await waitForCard(session.context, page)).name).toBe('烟花爆竹');
    await withCdp(session.context, page, async (cdp) => {
      await screenshot(cdp, 'card-in-frame');
      const dom = (await cardDom(cdp))!;
      const card = await boxOf(cdp, dom.dialog.backendNodeId);
      // Taller than the 80 px frame, reaching below it …
      expect(card.y + card.height).toBeGreaterThan(p.frameBox.y + p.frameBox.height + 50);
      // … and seen whole: each corner of the card is the card on screen, not the page behind.
      for (const [x, y] of [
        [card.x + 4, card.y + 4],
        [card.x + card.width - 4, card.y + 4],
        [card.x + 4, card.y + card.height - 4],
        [card.x + card.width - 4, card.y + card.height - 4],
      ] as const) {
        expect(dom.nodes.has((await nodeAt(cdp, page, x, y)) ?? -1), `card at ${x},${y}`).toBe(true);
      }
      const nodes = await cardAxNodes(cdp);
      const label = nodes.findIndex((n) => n.name?.value.startsWith('牵头'));
      const firstLead = nodes.slice(label + 1).find((n) => n.role?.value === 'button');
      expect(await visibleAt(cdp, page, firstLead!)).toBe(true);

      // The top page scrolls: the frame moves, and the card with it.
      await page.evaluate(() => window.scrollBy(0, 30));
      await expect
        .poll(async () => (await boxOf(cdp, dom.dialog.backendNodeId)).y)
        .toBeCloseTo(card.y - 30, 0);
    });
    // The frame's page goes: so does its card.
    await child.goto(`${TEST_ORIGIN}/frame-child.html`);
    await waitForNoCard(session.context, page);
    expect(await page.evaluate(() => document.querySelectorAll('standards-lens-card').length)).toBe(0);
    await page.close();
  });
});
