/**
 * The card's "open in plan browser" (issue 12): a web page cannot open an extension page, so the card
 * asks the background, which opens plan.html at the item or agency in a new tab. Driven as the reader
 * does it — the real mouse on the button, and Enter on it with keyboard focus — through the
 * accessibility tree, since the card lives in a closed shadow root.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { clickAxButton } from '../support/clip-probes';
import { pointOf, settledHighlights, waitForCard } from '../support/page-probes';

interface ChromeTabs {
  getCurrent(): Promise<{ id: number; index: number; windowId: number; openerTabId?: number } | undefined>;
  query(q: { windowId: number }): Promise<{ id: number; index: number; url?: string }[]>;
}

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
});
afterAll(async () => {
  await session?.close();
});

async function cardOf(term: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${TEST_ORIGIN}/policy-zh-hans.html`);
  await settledHighlights(page);
  const p = await pointOf(page, '#intro', term);
  await page.mouse.move(p.x, p.y);
  await waitForCard(session.context, page);
  return page;
}

/** Keyboard focus on the button the accessibility tree names `name` (shadow roots included). */
async function focusAxButton(context: BrowserContext, page: Page, name: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; name?: { value: string }; backendDOMNodeId?: number }[];
    };
    const button = nodes.find((n) => n.role?.value === 'button' && n.name?.value === name);
    if (!button?.backendDOMNodeId) throw new Error(`no button named ${name}`);
    await cdp.send('DOM.focus', { backendNodeId: button.backendDOMNodeId });
  } finally {
    await cdp.detach();
  }
}

/** The plan browser tab a click opened, once its view is there. */
async function planTab(opening: Promise<Page>, selector: string): Promise<Page> {
  const plan = await opening;
  await plan.waitForLoadState();
  await plan.locator(selector).waitFor();
  return plan;
}

describe('open in plan browser', () => {
  it('opens the item of a topic card at plan.html#item-1, on a click', async () => {
    const page = await cardOf('集成电路');
    const opening = session.context.waitForEvent('page');
    await clickAxButton(session.context, page, '在计划浏览器中打开 (一)（在新标签页中打开）');
    const plan = await planTab(opening, '#item-1[data-item-no="1"]');
    expect(plan.url()).toBe(`chrome-extension://${session.extensionId}/plan.html#item-1`);
    expect(await plan.locator('#item-1 h3').textContent()).toContain('(一)');
    // Right after the reader's tab, as a link opened from it would be.
    const tabs = await plan.evaluate(async (origin) => {
      const api = (globalThis as unknown as { chrome: { tabs: ChromeTabs } }).chrome.tabs;
      const own = await api.getCurrent();
      const reader = (await api.query({ windowId: own!.windowId })).find((t) => t.url?.startsWith(origin));
      return { plan: own!.index, reader: reader?.index, opener: own!.openerTabId === reader?.id };
    }, TEST_ORIGIN);
    expect(tabs.plan).toBe(tabs.reader! + 1);
    expect(tabs.opener).toBe(true);
    await plan.close();
    await page.close();
  });

  it('opens an agency card’s agency at plan.html#agency-miit, with Enter', async () => {
    const page = await cardOf('工业和信息化部');
    const opening = session.context.waitForEvent('page');
    await focusAxButton(session.context, page, '在计划浏览器中打开 工业和信息化部（在新标签页中打开）');
    await page.keyboard.press('Enter');
    const plan = await planTab(opening, '#agency-miit');
    expect(plan.url()).toBe(`chrome-extension://${session.extensionId}/plan.html#agency-miit`);
    await plan.close();
    await page.close();
  });

  it('is out of page scripts’ reach: neither the button nor the extension’s messages', async () => {
    const page = await cardOf('集成电路');
    // The card's root is closed; and the extension's runtime is not the page's to message.
    const reach = await page.evaluate(() => ({
      root: document.querySelector('standards-lens-card')?.shadowRoot ?? null,
      runtime: typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime
        ?.sendMessage,
    }));
    expect(reach).toEqual({ root: null, runtime: 'undefined' });
    await page.close();
  });
});
