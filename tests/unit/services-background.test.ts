import 'fake-indexeddb/auto';
import { IDBKeyRange } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import background from '../../entrypoints/background';
import { openDatabase } from '../../lib/db/database';
import { createContentClient, createPageClient } from '../../lib/messages/client';
import { CONTENT_CHANNEL, PAGE_CHANNEL } from '../../lib/messages/protocol';
import { createMessageRouter, type MessageSender } from '../../lib/messages/router';
import { createBackgroundServices } from '../../lib/services/background-services';
import { DEFAULT_SETTINGS } from '../../lib/services/settings-service';
import type { ScriptingAdapter, SiteScript } from '../../lib/services/site-service';
import { bundledKnowledge } from '../db/bundled-knowledge';
import { clipDraft, PAGE } from '../db/clip-fixtures';
import { freshDb } from '../db/fresh-db';

const EXT = 'chrome-extension://ext/';

function fakeScripting() {
  const ids = new Set<string>();
  const scripting: ScriptingAdapter = {
    registerContentScripts: vi.fn(async (list: SiteScript[]) => list.forEach((s) => ids.add(s.id))),
    unregisterContentScripts: vi.fn(async (f?: { ids?: string[] }) =>
      f?.ids?.forEach((id) => ids.delete(id)),
    ),
    getRegisteredContentScripts: vi.fn(async (f?: { ids?: string[] }) =>
      [...ids].filter((id) => !f?.ids || f.ids.includes(id)).map((id) => ({ id })),
    ),
  };
  return { scripting, ids };
}

describe('background services through the protocol', () => {
  function setup() {
    const badges = new Map<number | undefined, string>();
    const { scripting, ids } = fakeScripting();
    const granted = new Set<string>();
    const services = createBackgroundServices({
      db: freshDb(),
      kb: { version: () => 'v1', load: () => bundledKnowledge() },
      scripting,
      permissions: {
        contains: async ({ origins = [] }) => origins.every((o) => granted.has(o)),
        remove: async ({ origins = [] }) => origins.every((o) => granted.delete(o)),
      },
      action: { setBadgeText: async ({ tabId, text }) => void badges.set(tabId, text) },
      injectClipUi: async () => {},
    });
    const route = createMessageRouter(services.handlers, { id: 'ext', baseUrl: EXT });
    const tab: MessageSender = { id: 'ext', tab: { id: 5 }, frameId: 0, url: 'https://www.gov.cn/zhengce/' };
    const popup: MessageSender = { id: 'ext', url: `${EXT}popup.html` };
    return {
      services,
      content: createContentClient((m) => route(m, tab)),
      page: createPageClient((m) => route(m, popup)),
      badges,
      ids,
      granted,
    };
  }

  it('serves the content script: page state, matcher, cards, badge', async () => {
    const { content, page, badges } = setup();
    expect(await content.getPageState({ url: 'https://www.gov.cn/zhengce/' })).toEqual({
      ok: true,
      value: { enabled: true, reason: 'default-site', ui: DEFAULT_SETTINGS.ui },
    });
    const matcher = await content.getMatcher();
    expect(matcher.ok && matcher.value.version).toBe('v1');
    expect(await content.getCard({ ref: { kind: 'agency', id: 'miit' }, lang: 'zh-Hans' })).toMatchObject({
      ok: true,
      value: { kind: 'agency', id: 'miit' },
    });
    expect(await content.getItem({ no: 9, lang: 'en' })).toMatchObject({ ok: true, value: { kind: 'item' } });
    expect(await content.getAgency({ id: 'nobody', lang: 'en' })).toEqual({ ok: true, value: null });

    expect(await content.reportMentions({ count: 12, byItem: { '9': 4 } })).toEqual({
      ok: true,
      value: { badge: '12' },
    });
    expect(badges.get(5)).toBe('12');
    const summary = await page.getTabSummary({ tabId: 5 });
    expect(summary).toMatchObject({
      ok: true,
      value: { tabId: 5, count: 12, byItem: [{ no: 9, label: '(九)', count: 4 }] },
    });
  });

  it('serves the popup: site switches, pause, settings', async () => {
    const { content, page, ids, granted } = setup();
    expect(await page.setSiteEnabled({ origin: 'https://example.com', enabled: true })).toMatchObject({
      ok: false,
      error: { code: 'permission-required' },
    });
    granted.add('*://example.com/*');
    expect(
      await page.setSiteEnabled({ origin: 'https://example.com/some/page', enabled: true }),
    ).toMatchObject({
      ok: true,
      value: { origin: 'https://example.com', enabled: true, reason: 'user-enabled' },
    });
    expect([...ids]).toEqual(['site:example.com']);
    expect(await page.getSiteState({ origin: 'https://example.com' })).toMatchObject({
      ok: true,
      value: { enabled: true },
    });

    expect(await page.setPaused({ paused: true })).toMatchObject({ ok: true, value: { paused: true } });
    expect(await content.getPageState({ url: 'https://example.com/' })).toMatchObject({
      ok: true,
      value: { enabled: false, reason: 'paused' },
    });
    expect(await page.updateSettings({ ui: { cardLang: 'zh-Hant' } })).toMatchObject({
      ok: true,
      value: { paused: true, ui: { cardLang: 'zh-Hant' } },
    });
    // the content script reads the reader's card preferences with the page state
    expect(await content.getPageState({ url: 'https://www.gov.cn/' })).toMatchObject({
      ok: true,
      value: { ui: { ...DEFAULT_SETTINGS.ui, cardLang: 'zh-Hant' } },
    });
    expect(await page.getSettings()).toMatchObject({ ok: true, value: { paused: true } });
  });
});

describe('the card UI through the protocol (issue 14)', () => {
  it('is injected into the asking frame only, as a script file (never web-accessible)', async () => {
    const injected: unknown[] = [];
    const services = createBackgroundServices({
      db: freshDb(),
      kb: { version: () => 'v1', load: () => bundledKnowledge() },
      scripting: fakeScripting().scripting,
      permissions: { contains: async () => false, remove: async () => false },
      action: { setBadgeText: async () => {} },
      injectClipUi: async () => {},
      injectCardUi: async (target) => void injected.push(target),
    });
    const route = createMessageRouter(services.handlers, { id: 'ext', baseUrl: EXT });
    const sender: MessageSender = { id: 'ext', tab: { id: 7 }, frameId: 3, url: `${PAGE}#top` };
    const client = createContentClient((m) => route(m, sender));
    expect(await client.loadCardUi()).toEqual({ ok: true, value: { loaded: true } });
    expect(injected).toEqual([{ tabId: 7, frameIds: [3] }]);
  });
});

describe('clips through the protocol', () => {
  it('saves, lists, anchors, annotates and deletes a clip of the sender’s page only', async () => {
    const injected: unknown[] = [];
    const services = createBackgroundServices({
      db: freshDb(),
      kb: { version: () => 'v1', load: () => bundledKnowledge() },
      scripting: fakeScripting().scripting,
      permissions: { contains: async () => false, remove: async () => false },
      action: { setBadgeText: async () => {} },
      injectClipUi: async (target) => void injected.push(target),
    });
    const route = createMessageRouter(services.handlers, { id: 'ext', baseUrl: EXT });
    const frame = (url: string): MessageSender => ({ id: 'ext', tab: { id: 5 }, frameId: 0, url });
    const mine = createContentClient((m) => route(m, frame(`${PAGE}#top`)));
    // Another page where the extension runs: the clip service keeps its clips apart.
    const theirs = createContentClient((m) => route(m, frame('https://www.miit.gov.cn/other.html')));
    // A page where it does not run: refused before any clip is looked at (issue 14).
    const off = createContentClient((m) => route(m, frame('https://evil.example/')));
    const draft = clipDraft();

    // The clip UI goes into the asking frame only.
    expect(await mine.loadClipUi()).toEqual({ ok: true, value: { loaded: true } });
    expect(injected).toEqual([{ tabId: 5, frameIds: [0] }]);

    const saved = await mine.saveClip(draft);
    expect(saved).toMatchObject({ ok: true, value: { id: draft.id, normalizedUrl: PAGE, status: 'found' } });
    expect(await mine.saveClip(draft)).toEqual(saved);
    expect(await theirs.saveClip(draft)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await theirs.getPageClips({ url: PAGE })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await theirs.deleteClip({ id: draft.id })).toEqual({ ok: true, value: { deleted: false } });
    for (const answer of [
      await off.saveClip({ ...draft, url: 'https://evil.example/' }),
      await off.deleteClip({ id: draft.id }),
      await off.getPageClips({ url: 'https://evil.example/' }),
    ]) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }

    const reports = [{ id: draft.id, status: 'missing' as const }];
    expect(await theirs.reportAnchors({ reports })).toEqual({ ok: true, value: { updated: 0 } });
    expect(await mine.reportAnchors({ reports })).toEqual({ ok: true, value: { updated: 1 } });
    expect(await mine.updateClipNote({ id: draft.id, note: '备注' })).toMatchObject({
      ok: true,
      value: { note: '备注', status: 'missing' },
    });
    expect(await mine.getPageClips({ url: `${PAGE}?utm_source=x` })).toMatchObject({
      ok: true,
      value: [{ id: draft.id, note: '备注' }],
    });
    expect(await mine.deleteClip({ id: draft.id })).toEqual({ ok: true, value: { deleted: true } });
  });
});

describe('entrypoints/background wiring', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The service worker's own URL gives the extension's base URL.
    vi.stubGlobal('self', {
      location: { href: `chrome-extension://${fakeBrowser.runtime.id}/background.js` },
    });
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 't',
      version: '9.9.9',
    });
    const { scripting } = fakeScripting();
    Object.assign(fakeBrowser.scripting, scripting);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    // fake-browser implements neither menus, commands nor i18n.
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue('save-clip');
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('Save clip');
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    await openDatabase({ indexedDB, IDBKeyRange }).delete();
  });

  async function send(message: unknown, sender: MessageSender) {
    const sendResponse = vi.fn();
    // The fake's trigger is typed without `sendResponse`; the real event passes it.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    await trigger(message, sender, sendResponse);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalled(), { timeout: 5000 });
    return sendResponse.mock.calls[0]![0];
  }

  it('answers messages, seeds on install, sets and clears the badge', async () => {
    background.main!();
    const tab = { id: fakeBrowser.runtime.id, tab: { id: 3 }, frameId: 0, url: 'https://www.gov.cn/' };
    const popup = {
      id: fakeBrowser.runtime.id,
      url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html`,
    };

    expect(
      await send({ channel: CONTENT_CHANNEL, type: 'getPageState', payload: { url: tab.url } }, tab),
    ).toEqual({
      ok: true,
      value: { enabled: true, reason: 'default-site', ui: DEFAULT_SETTINGS.ui },
    });
    expect(await send({ channel: PAGE_CHANNEL, type: 'getSettings', payload: {} }, tab)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await send({ channel: PAGE_CHANNEL, type: 'getSettings', payload: {} }, popup)).toMatchObject({
      ok: true,
    });

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const db = openDatabase();
    await vi.waitFor(async () => expect(await db.items.count()).toBe(35), { timeout: 10_000 });
    expect(fakeBrowser.contextMenus.create).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'save-clip', title: 'Save clip', contexts: ['selection'] }),
    );
    expect((await db.kbCache.toCollection().primaryKeys())[0]).toMatch(/^9\.9\.9\+/);
    db.close();

    await send({ channel: CONTENT_CHANNEL, type: 'reportMentions', payload: { count: 1234 } }, tab);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('1k+');
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading' }, { id: 3 } as never);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe(''));
  });
});
