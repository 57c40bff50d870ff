/**
 * Issue 14, "Hostile pages … both browsers where the API allows": the Chromium hostile suite's cases
 * that need no CDP, run in Firefox. A page that owns the card's and the toast's tag names reads
 * nothing of them; a page's synthetic keys and pointer events do nothing; a page watching from before
 * the extension started sees nothing but the highlight registry; a page that replaced the built-ins
 * still gets its highlights, card and clip. The card and the toast are read from outside the page
 * through BiDi's node serialization (support/firefox-card.ts); the page's own view through its script.
 * With the hosts made in the page's own document (createSealedHost reverted to `doc.createElement`),
 * the page read the whole card and toast here too: four of the six tag-owner cases failed.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { KeyInput, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dragSelect } from '../support/clip-probes';
import {
  PAGE_WATCH,
  realRegistryTexts,
  SYNTHETIC_KEYS,
  syntheticPointerAt,
  WATCH_ADDED,
} from '../support/page-watch';
import { closedShadowRoot, readFirefoxCard, waitForFirefoxCard } from './support/firefox-card';
import { firefoxHighlights, firefoxPointOf, firefoxSettledHighlights } from './support/firefox-probes';
import { launchFirefoxWithExtension, type FirefoxSession } from './support/firefox-session';

declare const browser: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } };

const probe = (page: Page) => page as unknown as PlaywrightPage;

let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await session?.close();
});

/** Opens a fixture, collecting the page's uncaught exceptions and console errors. */
async function open(path: string, init?: string): Promise<{ page: Page; errors: string[] }> {
  const page = await session.openPage(path, init);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { page, errors };
}

async function until<T>(read: () => Promise<T | null>, what: string, timeout = 5000): Promise<T> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const value = await read();
    if (value !== null) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(what);
}

const waitForNoCard = (page: Page) =>
  until(async () => ((await readFirefoxCard(page)) ? null : true), 'the card stayed open');

/** The texts inside the toast's closed root, once it says `saved`. */
const waitForToastText = (page: Page, saved: string) =>
  until(async () => {
    const found = await closedShadowRoot(page, 'standards-lens-toast');
    if (!found) return null;
    try {
      const text = await found.root.evaluate((root) => root.textContent ?? '');
      return text.includes(saved) ? { text, mode: found.mode } : null;
    } finally {
      await found.root.dispose().catch(() => undefined);
    }
  }, `no toast saying ${saved}`);

async function hoverCard(page: Page, selector: string, term: string) {
  const p = await firefoxPointOf(page, selector, term);
  await page.mouse.move(p.x, p.y);
  return waitForFirefoxCard(page);
}

async function altShift(page: Page, key: KeyInput): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press(key);
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

interface PageRead {
  seen: string[];
  upgraded: string[];
  internals: number;
}
const readByPage = (page: Page) =>
  page.evaluate(() => (window as unknown as { __read(): PageRead }).__read());
const defineNow = (page: Page) => page.evaluate(() => (window as unknown as { __define(): void }).__define());

describe('a page that owns the card’s tag name (Firefox)', () => {
  for (const mode of ['internals', 'throws', 'shadow'] as const) {
    it(`defined before the content script ran (constructor: ${mode}) reads nothing, and the card opens`, async () => {
      const { page, errors } = await open(`hostile-host.html?when=before&mode=${mode}`);
      await firefoxSettledHighlights(page, 3);
      const card = await hoverCard(page, '#p1', '碳足迹');
      expect(card.name).toBe('碳足迹');
      expect(card.mode).toBe('closed');
      expect(card.texts.join('|')).toContain('(九)');
      const read = await readByPage(page);
      // The attack ran: the page's constructor took the card's element and got its internals …
      expect(read.upgraded).toContain('standards-lens-card');
      expect(read.internals).toBeGreaterThan(0);
      // … and read nothing through them, nor through the element.
      expect(read.seen).toEqual([]);
      expect(
        await page.evaluate(() => document.querySelector('standards-lens-card')?.shadowRoot ?? null),
      ).toBe(null);
      if (mode === 'internals') expect(errors).toEqual([]);
      // Closed and opened again: still the extension's card, still unread.
      await page.mouse.move(5, 880);
      await waitForNoCard(page);
      expect((await hoverCard(page, '#p1', '工业和信息化部')).name).toBe('工业和信息化部');
      expect((await readByPage(page)).seen).toEqual([]);
      await page.close();
    });
  }

  it('defined while the card is open (an upgrade of the live element) reads nothing, and the card reopens', async () => {
    const { page, errors } = await open('hostile-host.html?when=later&mode=internals');
    await firefoxSettledHighlights(page, 3);
    await hoverCard(page, '#p1', '碳足迹');
    await defineNow(page);
    const read = await readByPage(page);
    expect(read.upgraded).toContain('standards-lens-card');
    expect(read.seen).toEqual([]);
    await page.mouse.move(5, 880);
    await waitForNoCard(page);
    expect((await hoverCard(page, '#p1', '工业和信息化部')).name).toBe('工业和信息化部');
    expect((await readByPage(page)).seen).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a page that owns the clip toast’s tag name (Firefox)', () => {
  for (const when of ['before', 'later'] as const) {
    it(`defined ${when} reads nothing of the toast, which still says "saved"`, async () => {
      const { page, errors } = await open(`hostile-host.html?when=${when}&mode=internals`);
      await firefoxSettledHighlights(page, 3);
      if (when === 'later') await defineNow(page);
      await dragSelect(probe(page), { selector: '#p2', text: '企业' }, { selector: '#p2', text: '核算。' });
      await altShift(page, 'S');
      const toast = await waitForToastText(page, '已保存摘录');
      expect(toast.mode).toBe('closed');
      const read = await readByPage(page);
      expect(read.upgraded).toContain('standards-lens-toast');
      expect(read.seen).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

/** Sets the hover delay as the options page does (then every open page applies it). */
async function setHoverDelay(ms: number): Promise<void> {
  const options = await session.openExtensionPage('options.html');
  const answer = await options.evaluate(
    (hoverDelayMs) =>
      browser.runtime.sendMessage({
        channel: 'standards-lens/page-to-background',
        type: 'updateSettings',
        payload: { ui: { hoverDelayMs } },
      }),
    ms,
  );
  expect(answer.ok).toBe(true);
  await options.close();
}

describe('synthetic input from the page (Firefox)', () => {
  it('keys (Alt+Shift+N/P/H/S, Alt) open no card, move no focus and scroll nothing', async () => {
    const { page } = await open('hostile-keys.html', WATCH_ADDED);
    // The one mention is far below the fold, where nothing is painted yet: the signal that the
    // content script listens is the reader's own Alt+Shift+N opening its card (pressed again until
    // the content script has started — a press before that reaches no one).
    await page.focus('#box');
    await until(
      async () => {
        await altShift(page, 'N');
        return waitForFirefoxCard(page, 1000).catch(() => null);
      },
      'the reader’s Alt+Shift+N never opened a card',
      15_000,
    );
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    // Esc closes it and gives focus back; the page scrolls back to the top.
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.focus('#box');
    const before = (await page.evaluate('window.__added')) as string[];
    // A selection for Alt+Shift+S to save, were it obeyed.
    await page.evaluate(() => getSelection()!.selectAllChildren(document.getElementById('far')!));
    const after = await page.evaluate(SYNTHETIC_KEYS);
    expect(after).toEqual({ scrollY: 0, active: 'box', added: before });
    expect(await readFirefoxCard(page)).toBeNull();
    // The reader's own Alt+Shift+N again: scrolls down and opens a card, focus inside it.
    await altShift(page, 'N');
    const card = await waitForFirefoxCard(page);
    expect(['市场监管总局', '碳足迹']).toContain(card.name);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    // No toast (Alt+Shift+S) and highlights still shown (Alt+Shift+H): only cards were added.
    expect(new Set((await page.evaluate('window.__added')) as string[])).toEqual(
      new Set(['STANDARDS-LENS-CARD']),
    );
    expect((await firefoxHighlights(page)).agency).toEqual(['市场监管总局']);
    await page.close();
  });

  it('pointer and focus events over a mention open no card; the reader’s own pointer does', async () => {
    await setHoverDelay(0);
    try {
      const { page } = await open('hostile-pointer.html', WATCH_ADDED);
      await firefoxSettledHighlights(page, 2);
      const at = await firefoxPointOf(page, '#p', '市场监管总局');
      // Warm up with the reader's own pointer, so a card would open at once (card UI loaded, card
      // asked for, delay 0): then leave and wait until it is gone.
      await page.mouse.move(at.x, at.y);
      await waitForFirefoxCard(page);
      await page.mouse.move(600, 800);
      await waitForNoCard(page);
      const before = ((await page.evaluate('window.__added')) as string[]).length;
      // The page points at the mention, with and without Alt, and focuses it; then two frames pass:
      // the content script samples the pointer once per frame and a delay of 0 opens the card in a
      // task right after, so a card obeying these would be in the page by then.
      const added = await page.evaluate(syntheticPointerAt, at);
      expect(added.length).toBe(before);
      expect(await readFirefoxCard(page)).toBeNull();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // The reader's own pointer on the same spot opens it.
      await page.mouse.move(at.x, at.y + 1);
      expect((await waitForFirefoxCard(page)).name).toBe('市场监管总局');
      await page.close();
    } finally {
      await setHoverDelay(300);
    }
  });
});

describe('what a page sees of the extension (Firefox)', () => {
  it('no User Timing entry, attribute, node, global or event — only the highlight registry', async () => {
    const { page } = await open('policy-zh-hans.html', PAGE_WATCH);
    const h = await firefoxSettledHighlights(page, 6);
    expect(h.topic.length + h.agency.length + h.standard.length).toBeGreaterThan(5); // the allowed signal
    const seen = (await page.evaluate(`(() => {
      const w = window.__pageWatch;
      const before = new Set(w.globals);
      return {
        entries: [...w.entries, ...performance.getEntriesByType('mark').map((e) => 'mark:' + e.name),
          ...performance.getEntriesByType('measure').map((e) => 'measure:' + e.name)],
        mutations: w.mutations,
        events: w.events,
        globals: Object.getOwnPropertyNames(window).filter((k) => !before.has(k) && k !== '__pageWatch'),
      };
    })()`)) as { entries: string[]; mutations: string[]; events: string[]; globals: string[] };
    expect(seen).toEqual({ entries: [], mutations: [], events: [], globals: [] });
    await page.close();
  });
});

describe('built-ins replaced by the page before the content script runs (Firefox)', () => {
  it('leave annotation, the card and clipping working, and are never called by the extension', async () => {
    const { page, errors } = await open('hostile-tamper.html');
    // The page's `CSS.highlights` is a fake now: read the registry through the reference it kept.
    const read = () => page.evaluate(realRegistryTexts);
    const expected = {
      topic: ['产品碳足迹', '产品碳足迹'],
      agency: ['工业和信息化部'],
      standard: ['GB/T 24001-2016'],
    };
    await until(
      async () => (JSON.stringify(await read()) === JSON.stringify(expected) ? true : null),
      `highlights never became ${JSON.stringify(expected)}`,
      15_000,
    ).catch(async (e: Error) => {
      throw new Error(`${e.message}; got ${JSON.stringify(await read())}`);
    });
    expect((await hoverCard(page, '#p1', '工业和信息化部')).name).toBe('工业和信息化部');
    await page.mouse.move(5, 880);
    await dragSelect(probe(page), { selector: '#p2', text: '企业' }, { selector: '#p2', text: '体系。' });
    await altShift(page, 'S');
    await waitForToastText(page, '已保存摘录');
    expect(
      await page.evaluate(() => (window as unknown as { __leaks: { count: number } }).__leaks.count),
    ).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
