/**
 * Issue 10: the popup asks the background, the background asks the tab's content scripts — hide or
 * show the highlights, go to a plan item — and Alt+Shift+H in a frame flips the whole tab. Driven
 * through the real router and handlers, with the content scripts' side played by the real
 * background-request listener.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createBackgroundRequestListener } from '../../lib/messages/background-requests';
import { createContentClient, createPageClient } from '../../lib/messages/client';
import {
  BACKGROUND_CHANNEL,
  CONTENT_CHANNEL,
  PAGE_CHANNEL,
  type PagePrefs,
} from '../../lib/messages/protocol';
import { DEFAULT_SETTINGS } from '../../lib/services/settings-service';
import { createMessageRouter, type MessageSender } from '../../lib/messages/router';
import { createTabViewService } from '../../lib/services/tab-view-service';
import { testBackground } from '../support/background';

const EXT = 'chrome-extension://ext/';
const TAB = 5;

/** A tab of two frames, each with a content script that knows which items it has mentions of. */
function setup() {
  const frames = new Map([
    [0, { items: [9], hidden: false, shown: [] as number[], ui: undefined as PagePrefs | undefined }],
    [3, { items: [9, 20], hidden: false, shown: [] as number[], ui: undefined as PagePrefs | undefined }],
  ]);
  const listeners = [...frames].map(([frameId, frame]) => ({
    frameId,
    listen: createBackgroundRequestListener('ext', {
      saveSelection: async () => ({ saved: false }),
      showItem: async ({ no }) => {
        const found = frame.items.includes(no);
        if (found) frame.shown.push(no);
        return { found };
      },
      setHighlightsHidden: async ({ hidden }) => ({ hidden: (frame.hidden = hidden) }),
      setUiPrefs: async ({ ui }) => ((frame.ui = ui), { applied: true }),
    }),
  }));
  // browser.tabs.sendMessage: the background is outside any tab; without a frameId every frame hears it.
  const sendMessage = vi.fn(async (tabId: number, message: unknown, options?: { frameId?: number }) => {
    if (tabId !== TAB) throw new Error('no such tab');
    const answers = listeners
      .filter((l) => options?.frameId === undefined || l.frameId === options.frameId)
      .map((l) => l.listen(message, { id: 'ext' }));
    if (answers.length === 0) throw new Error('no receiving end');
    return (await Promise.all(answers))[0];
  });
  const services = testBackground({
    // Tab 6 has no content script (a page the extension does not run on): its send rejects.
    tabs: { sendMessage, query: async () => [{ id: TAB }, { id: 6 }] },
  });
  const route = createMessageRouter(services.handlers, { id: 'ext', baseUrl: EXT });
  const frame = (frameId: number): MessageSender => ({
    id: 'ext',
    tab: { id: TAB },
    frameId,
    url: 'https://www.gov.cn/zhengce/',
  });
  const popup: MessageSender = { id: 'ext', url: `${EXT}popup.html` };
  return {
    frames,
    sendMessage,
    services,
    route,
    frame,
    top: createContentClient((m) => route(m, frame(0))),
    child: createContentClient((m) => route(m, frame(3))),
    page: createPageClient((m) => route(m, popup)),
  };
}

describe('hiding the highlights of a tab', () => {
  it('from the popup: every frame hides, later frames start hidden, the summary says so', async () => {
    const { frames, page, top } = setup();
    await top.reportMentions({ count: 1, byItem: { '9': 1 }, itemWeight: { '9': 1 } });
    expect(await page.setHighlightsHidden({ tabId: TAB, hidden: true })).toEqual({
      ok: true,
      value: { hidden: true },
    });
    expect([...frames.values()].map((f) => f.hidden)).toEqual([true, true]);
    expect(await top.getPageState({ url: 'https://www.gov.cn/zhengce/' })).toMatchObject({
      ok: true,
      value: { enabled: true, highlightsHidden: true },
    });
    expect(await page.getTabSummary({ tabId: TAB })).toMatchObject({
      ok: true,
      value: { scanned: true, highlightsHidden: true },
    });
    await page.setHighlightsHidden({ tabId: TAB, hidden: false });
    expect([...frames.values()].map((f) => f.hidden)).toEqual([false, false]);
    const state = await top.getPageState({ url: 'https://www.gov.cn/zhengce/' });
    expect(state.ok && 'highlightsHidden' in state.value).toBe(false);
  });

  it('Alt+Shift+H in one frame flips the whole tab, and a navigation shows them again', async () => {
    const { frames, child, services, page } = setup();
    expect(await child.toggleHighlights()).toEqual({ ok: true, value: { hidden: true } });
    expect([...frames.values()].map((f) => f.hidden)).toEqual([true, true]);
    expect(await child.toggleHighlights()).toEqual({ ok: true, value: { hidden: false } });
    expect([...frames.values()].map((f) => f.hidden)).toEqual([false, false]);
    await child.toggleHighlights();
    await services.view.clearTab(TAB);
    expect(await page.getTabSummary({ tabId: TAB })).toMatchObject({
      ok: true,
      value: { scanned: false, highlightsHidden: false },
    });
  });
});

describe('going to a plan item from the popup', () => {
  it('asks the frames that have the item, the top frame first, until one finds it', async () => {
    const { frames, page, top, child, sendMessage } = setup();
    await top.reportMentions({ count: 1, byItem: { '9': 1 } });
    await child.reportMentions({ count: 2, byItem: { '9': 1, '20': 1 } });
    expect(await page.showItemInTab({ tabId: TAB, no: 20 })).toEqual({ ok: true, value: { found: true } });
    expect(frames.get(3)!.shown).toEqual([20]);
    expect(await page.showItemInTab({ tabId: TAB, no: 9 })).toEqual({ ok: true, value: { found: true } });
    expect(frames.get(0)!.shown).toEqual([9]);
    expect(frames.get(3)!.shown).toEqual([20]); // the top frame had it: no other frame asked
    // An item no frame reported: nobody is asked.
    sendMessage.mockClear();
    expect(await page.showItemInTab({ tabId: TAB, no: 5 })).toEqual({ ok: true, value: { found: false } });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('validates what the popup asks', async () => {
    const { page } = setup();
    for (const bad of [
      { tabId: TAB, no: 0 },
      { tabId: TAB, no: 1.5 },
      { tabId: -1, no: 9 },
      { tabId: TAB, no: '9' },
    ]) {
      expect(await page.showItemInTab(bad as never)).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    }
    expect(await page.setHighlightsHidden({ tabId: TAB, hidden: 'yes' } as never)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it('takes no such request from a content script', async () => {
    const { route, frame, sendMessage } = setup();
    for (const channel of [CONTENT_CHANNEL, PAGE_CHANNEL]) {
      const answer = await route(
        { channel, type: 'showItemInTab', payload: { tabId: TAB, no: 9 } },
        frame(0),
      );
      expect(answer.ok).toBe(false);
    }
    expect(sendMessage).not.toHaveBeenCalled();
  });
});

describe('preferences changed in the options', () => {
  it('reach every frame of every open tab at once, all of them with each change', async () => {
    const { frames, route, sendMessage } = setup();
    const options = createPageClient((m) => route(m, { id: 'ext', url: `${EXT}options.html` }));
    const kinds = { topic: false, agency: true, standard: true, clip: false };
    expect(await options.updateSettings({ ui: { kinds } })).toMatchObject({
      ok: true,
      value: { ui: { kinds } },
    });
    const after = { ...DEFAULT_SETTINGS.ui, kinds };
    const { myAgencies: _, ...pagePrefs } = after;
    // The frames get what they apply; my agencies stay in the background (it marks the card models).
    expect([...frames.values()].map((f) => f.ui)).toEqual([pagePrefs, pagePrefs]);
    expect(sendMessage.mock.calls.map((c) => c[0])).toEqual([TAB, 6]);

    sendMessage.mockClear();
    await options.updateSettings({ ui: { cardLang: 'en', hoverDelayMs: 0, cardTrigger: 'modifier' } });
    const now = { ...pagePrefs, cardLang: 'en', hoverDelayMs: 0, cardTrigger: 'modifier' };
    expect([...frames.values()].map((f) => f.ui)).toEqual([now, now]);
    expect(sendMessage.mock.calls.map((c) => c[0])).toEqual([TAB, 6]);
  });
});

const PREFS = { cardLang: 'auto', hoverDelayMs: 300, cardTrigger: 'hover', kinds: DEFAULT_SETTINGS.ui.kinds };
const BAD = { ok: false, error: { code: 'bad-request' } };

describe('the content script’s listener', () => {
  const handlers = {
    saveSelection: vi.fn(async () => ({ saved: true })),
    showItem: vi.fn(async ({ no }: { no: number }) => ({ found: no === 9 })),
    setHighlightsHidden: vi.fn(async ({ hidden }: { hidden: boolean }) => ({ hidden })),
    setUiPrefs: vi.fn(async ({ ui }: { ui: PagePrefs }) => ({ applied: ui.kinds.topic })),
  };
  const listen = createBackgroundRequestListener('ext', handlers);
  const msg = (type: string, payload: unknown) => ({ channel: BACKGROUND_CHANNEL, type, payload });

  it.each([
    ['showItem', { no: 9 }, { ok: true, value: { found: true } }],
    ['showItem', { no: 9, extra: 'dropped' }, { ok: true, value: { found: true } }],
    ['setHighlightsHidden', { hidden: true }, { ok: true, value: { hidden: true } }],
    ['showItem', { no: '9' }, { ok: false, error: { code: 'bad-request' } }],
    ['showItem', { no: 0 }, { ok: false, error: { code: 'bad-request' } }],
    ['showItem', null, { ok: false, error: { code: 'bad-request' } }],
    ['setHighlightsHidden', { hidden: 1 }, { ok: false, error: { code: 'bad-request' } }],
    ['setUiPrefs', { ui: PREFS }, { ok: true, value: { applied: true } }],
    ['setUiPrefs', { ui: { ...PREFS, myAgencies: ['miit'] } }, { ok: true, value: { applied: true } }],
    ['setUiPrefs', { ui: { ...PREFS, kinds: { topic: false } } }, BAD],
    ['setUiPrefs', { ui: { ...PREFS, cardLang: 'fr' } }, BAD],
    ['setUiPrefs', { ui: { ...PREFS, hoverDelayMs: -1 } }, BAD],
    ['setUiPrefs', { ui: { ...PREFS, hoverDelayMs: 1.5 } }, BAD],
    ['setUiPrefs', { ui: { ...PREFS, hoverDelayMs: 10_001 } }, BAD],
    ['setUiPrefs', { ui: { ...PREFS, cardTrigger: 'always' } }, BAD],
    ['setUiPrefs', { ui: { ...PREFS, kinds: { ...PREFS.kinds, clip: 'no' } } }, BAD],
    ['setUiPrefs', { ui: null }, BAD],
    ['setUiPrefs', { kinds: PREFS.kinds }, BAD],
    ['toString', {}, { ok: false, error: { code: 'unknown-type' } }],
  ])('%s %j → %j', async (type, payload, answer) => {
    expect(await listen(msg(type, payload), { id: 'ext' })).toMatchObject(answer);
  });

  it('passes handlers only the fields they take', async () => {
    handlers.showItem.mockClear();
    await listen(msg('showItem', { no: 9, extra: 'x' }), { id: 'ext' });
    expect(handlers.showItem).toHaveBeenCalledWith({ no: 9 });
    await listen(msg('setUiPrefs', { ui: { ...PREFS, myAgencies: ['miit'], extra: 1 } }), { id: 'ext' });
    expect(handlers.setUiPrefs).toHaveBeenLastCalledWith({ ui: PREFS });
  });

  it('answers only the background: not a tab, not another extension', async () => {
    expect(await listen(msg('showItem', { no: 9 }), { id: 'ext', tab: { id: 1 } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await listen(msg('setHighlightsHidden', { hidden: true }), { id: 'other' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(listen({ channel: 'elsewhere', type: 'showItem' }, { id: 'ext' })).toBeUndefined();
  });
});

// Issue 15: every frame's start asks whether the tab's highlights are hidden; the worker answers from
// what it last read or wrote, and reads its store once per tab (again after a restart).
describe('the hidden state, kept in the worker', () => {
  it('reads the store once per tab, and each change is answered at once', async () => {
    const stored = new Map<string, unknown>();
    const store = {
      get: vi.fn(async (key: string) => stored.get(key)),
      set: async (key: string, value: unknown) => void stored.set(key, value),
      remove: async (key: string) => void stored.delete(key),
    };
    const view = createTabViewService({ sendMessage: async () => undefined }, store);
    for (let i = 0; i < 5; i++) expect(await view.highlightsHidden(TAB)).toBe(false);
    expect(store.get).toHaveBeenCalledTimes(1);
    expect(await view.toggleHighlights(TAB)).toBe(true);
    expect(await view.highlightsHidden(TAB)).toBe(true);
    await view.clearTab(TAB);
    expect(await view.highlightsHidden(TAB)).toBe(false);
    expect(store.get).toHaveBeenCalledTimes(1);
    // A new worker (a restart) reads what the store kept.
    await view.setHighlightsHidden(TAB, true);
    const restarted = createTabViewService({ sendMessage: async () => undefined }, store);
    expect(await restarted.highlightsHidden(TAB)).toBe(true);
  });
});
