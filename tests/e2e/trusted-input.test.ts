/**
 * Trusted input only (issue 14): a page script's synthetic keys, pointer moves and focus events open
 * no card, move no focus and scroll nothing. Each case ends with the reader's own input doing what the
 * synthetic one did not — the definite signal that the content script was listening all along.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, TEST_ORIGIN, type ExtensionSession } from '../support/extension';
import { firstPassDone } from '../support/first-pass';
import { pointOf, readCard, waitForCard, waitForNoCard } from '../support/page-probes';
import { SYNTHETIC_KEYS, syntheticPointerAt, WATCH_ADDED } from '../support/page-watch';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } };

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension({ locale: 'zh-CN' });
});
afterAll(async () => {
  await session?.close();
});

async function openHtml(name: string, body: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.route(`${TEST_ORIGIN}/${name}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="zh-CN"><body style="margin:0">${body}</body></html>`,
    }),
  );
  await page.addInitScript(WATCH_ADDED);
  await page.goto(`${TEST_ORIGIN}/${name}`);
  await firstPassDone(page);
  return page;
}

/** Sets the hover delay as the options page does (then every open page applies it). */
async function setHoverDelay(ms: number): Promise<void> {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.evaluate(
    (hoverDelayMs) =>
      chrome.runtime.sendMessage({
        channel: 'standards-lens/page-to-background',
        type: 'updateSettings',
        payload: { ui: { hoverDelayMs } },
      }),
    ms,
  );
  await options.close();
}

describe('synthetic input from the page', () => {
  it('keys (Alt+Shift+N/P/H/S, Alt) open no card, move no focus and scroll nothing', async () => {
    const page = await openHtml(
      'trusted-keys.html',
      '<input id="box" aria-label="box"><div style="height:3000px"></div>' +
        '<p id="far">市场监管总局负责产品碳足迹标准。</p>',
    );
    await page.focus('#box');
    // A selection for Alt+Shift+S to save, were it obeyed.
    await page.evaluate(() => getSelection()!.selectAllChildren(document.getElementById('far')!));
    const after = (await page.evaluate(SYNTHETIC_KEYS)) as {
      scrollY: number;
      active: string;
      added: string[];
    };
    expect(after).toEqual({ scrollY: 0, active: 'box', added: [] });
    // The reader's own Alt+Shift+N: scrolls to the first mention and opens its card, focus inside it.
    await page.focus('#box');
    await page.keyboard.press('Alt+Shift+KeyN');
    const card = await waitForCard(session.context, page);
    expect(card.name).toBe('市场监管总局'); // the first mention: the synthetic N moved nothing on
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    // No toast (Alt+Shift+S) and highlights still shown (Alt+Shift+H): only the card was added.
    expect(await page.evaluate('window.__added')).toEqual(['STANDARDS-LENS-CARD']);
    const shown = await page.evaluate(() => CSS.highlights.get('standards-lens-agency')?.size ?? 0);
    expect(shown).toBeGreaterThan(0);
    await page.close();
  });

  it('pointer and focus events over a mention open no card; the reader’s own pointer does', async () => {
    await setHoverDelay(0);
    try {
      const page = await openHtml(
        'trusted-pointer.html',
        '<p id="p" style="font-size:24px;padding:40px">市场监管总局负责产品碳足迹标准。</p>' +
          '<div style="height:600px"></div>',
      );
      const at = await pointOf(page, '#p', '市场监管总局', 0);
      // Warm up with the reader's own pointer, so a card would open at once (card UI loaded, card
      // asked for, delay 0): then leave and wait until it is gone.
      await page.mouse.move(at.x, at.y);
      await waitForCard(session.context, page);
      await page.mouse.move(600, 800);
      await waitForNoCard(session.context, page);
      const before = ((await page.evaluate('window.__added')) as string[]).length;
      // The page's script points at the mention, with and without Alt, and focuses it; then two
      // frames pass: the content script samples the pointer once per frame and a delay of 0 opens
      // the card in a task right after, so a card obeying these would be in the page by then.
      const added = (await page.evaluate(syntheticPointerAt, at)) as string[];
      expect(added.length).toBe(before);
      expect(await readCard(session.context, page)).toBeNull();
      // The reader's own pointer on the same spot opens it.
      await page.mouse.move(at.x, at.y + 1);
      expect((await waitForCard(session.context, page)).name).toBe('市场监管总局');
      await page.close();
    } finally {
      await setHoverDelay(300);
    }
  });
});

describe('the page telling the content script to stop', () => {
  it('a forged "newer copy started" event (WXT’s) switches nothing off', async () => {
    const page = await openHtml('trusted-restart.html', '<p id="p">市场监管总局负责产品碳足迹标准。</p>');
    const sizes = () =>
      page.evaluate(() =>
        ['topic', 'agency', 'standard'].map((k) => CSS.highlights.get('standards-lens-' + k)?.size ?? 0),
      );
    const before = await sizes();
    expect(before.reduce((a, b) => a + b)).toBeGreaterThan(0);
    await page.evaluate((id) => {
      for (const messageId of ['forged', '']) {
        const detail = { contentScriptName: 'content', messageId };
        document.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail }));
        window.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail }));
      }
    }, session.extensionId);
    // Still running: the reader's own Alt+Shift+N opens the card, and the highlights are all there.
    await page.keyboard.press('Alt+Shift+KeyN');
    expect((await waitForCard(session.context, page)).name).toBe('市场监管总局');
    expect(await sizes()).toEqual(before);
    await page.close();
  });
});
