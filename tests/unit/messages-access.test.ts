/**
 * Issue 14, messages: who may send what, decided from the sender as the browser reports it. Every
 * message type of both protocols × every kind of sender, through the real background (fake-indexeddb,
 * bundled knowledge): a message is either handled or refused as `forbidden` before its handler runs.
 */
import { describe, expect, it } from 'vitest';
import type { ContentToBackground, PageToBackground } from '../../lib/messages/protocol';
import { CONTENT_CHANNEL, CONTENT_TYPES, PAGE_CHANNEL, PAGE_TYPES } from '../../lib/messages/protocol';
import { createMessageRouter, type HandlerTable, type MessageSender } from '../../lib/messages/router';
import { CONTENT_ACCESS, senderPageUrl } from '../../lib/messages/sender-access';
import { clipDraft, OTHER_ID } from '../db/clip-fixtures';
import { testBackground } from '../support/background';

const EXT_ID = 'ext-id';
const EXT = `chrome-extension://${EXT_ID}/`;
const GOV = 'https://www.gov.cn/zhengce/content/a.html';
const OFF = 'https://evil.example/page.html';

interface SenderKind {
  sender: MessageSender;
  /** What the sender may send: the content protocol (on an enabled page or not), the page protocol. */
  speaks: 'content-enabled' | 'content-disabled' | 'page' | 'nothing';
}

const SENDERS: Record<string, SenderKind> = {
  'content script, enabled gov page': {
    sender: { id: EXT_ID, url: GOV, tab: { id: 5, url: GOV }, frameId: 0 },
    speaks: 'content-enabled',
  },
  'content script, page not enabled': {
    sender: { id: EXT_ID, url: OFF, tab: { id: 5, url: OFF }, frameId: 0 },
    speaks: 'content-disabled',
  },
  'gov frame inside another site': {
    sender: { id: EXT_ID, url: GOV, tab: { id: 5, url: OFF }, frameId: 3 },
    speaks: 'content-enabled',
  },
  'other-site frame inside a gov page': {
    sender: { id: EXT_ID, url: OFF, tab: { id: 5, url: GOV }, frameId: 3 },
    speaks: 'content-disabled',
  },
  'top frame without sender.url (tab URL)': {
    sender: { id: EXT_ID, tab: { id: 5, url: GOV }, frameId: 0 },
    speaks: 'content-enabled',
  },
  'subframe without sender.url': {
    sender: { id: EXT_ID, tab: { id: 5, url: GOV }, frameId: 2 },
    speaks: 'content-disabled',
  },
  'extension page (popup)': { sender: { id: EXT_ID, url: `${EXT}popup.html` }, speaks: 'page' },
  'extension page in a tab (clips.html)': {
    sender: { id: EXT_ID, url: `${EXT}clips.html`, tab: { id: 9, url: `${EXT}clips.html` }, frameId: 0 },
    speaks: 'page',
  },
  'another extension’s page': {
    sender: { id: 'other-ext', url: 'chrome-extension://other-ext/popup.html' },
    speaks: 'nothing',
  },
  'another extension’s content script': {
    sender: { id: 'other-ext', url: GOV, tab: { id: 5, url: GOV }, frameId: 0 },
    speaks: 'nothing',
  },
  'unknown sender (no id)': { sender: { url: GOV, tab: { id: 5 } }, speaks: 'nothing' },
  'outside any tab (TAB_ID_NONE)': {
    sender: { id: EXT_ID, url: GOV, tab: { id: -1 } },
    speaks: 'nothing',
  },
  'look-alike extension URL': {
    sender: { id: EXT_ID, url: `https://evil.example/${EXT}popup.html` },
    speaks: 'nothing',
  },
};

/** A valid request of each content type, for a sender on `page` (clips must be of the sender's page). */
const CONTENT_PAYLOADS: { [K in keyof ContentToBackground]: (page: string) => unknown } = {
  getMatcher: () => ({}),
  getCard: () => ({ ref: { kind: 'agency', id: 'miit' }, lang: 'en' }),
  getItem: () => ({ no: 9, lang: 'zh-Hans' }),
  getAgency: () => ({ id: 'miit', lang: 'en' }),
  getPageState: () => ({}),
  reportMentions: () => ({ count: 3 }),
  saveClip: (page) => clipDraft({ id: OTHER_ID, url: page, textFragment: `${page}#:~:text=%E5%88%B02025` }),
  deleteClip: () => ({ id: OTHER_ID }),
  updateClipNote: () => ({ id: OTHER_ID, note: 'n' }),
  getPageClips: (page) => ({ url: page }),
  loadClipUi: () => ({}),
  loadCardUi: () => ({}),
  reportAnchors: () => ({ reports: [{ id: OTHER_ID, status: 'found' }] }),
  toggleHighlights: () => ({}),
  openPlanBrowser: () => ({ hash: '#item-9' }),
  scanWindow: () => ({ texts: ['工业和信息化部'] }),
  loadContentApp: () => ({}),
  scanTexts: () => ({ texts: ['工业和信息化部'], memory: { known: [], acronyms: [], china: false } }),
};

const PAGE_PAYLOADS: { [K in keyof PageToBackground]: unknown } = {
  getSiteState: { origin: 'https://example.com' },
  setSiteEnabled: { origin: 'https://example.com', enabled: false },
  setPaused: { paused: false },
  listSites: {},
  setDefaultSiteEnabled: { domain: 'gov.cn', enabled: true },
  removeSite: { origin: 'https://example.com' },
  getSettings: {},
  updateSettings: { ui: { cardLang: 'en' } },
  getTabSummary: { tabId: 5 },
  showItemInTab: { tabId: 5, no: 9 },
  setHighlightsHidden: { tabId: 5, hidden: true },
  getCard: { ref: { kind: 'topic', id: 'carbon-footprint' }, lang: 'zh-Hans' },
  getItem: { no: 9, lang: 'en' },
  getAgency: { id: 'miit', lang: 'zh-Hant' },
  getBackup: {},
  previewImport: { text: '{}' },
  applyImport: { text: '{}', mode: 'merge' },
  listClips: { offset: 0, limit: 10 },
  updateClip: { id: OTHER_ID, note: 'n' },
  deleteClips: { ids: [OTHER_ID] },
  restoreClips: { clips: [] },
  getLibraryKnowledge: {},
  getPlanBrowser: {},
  getClipCountsByItem: {},
  previewPlanImport: { text: '一、总则\n（一）标题。内容。' },
  importPlan: { text: 'not a plan', name: 'x' },
  listPlans: {},
  deletePlan: { id: 'imported-none' },
  annotateText: { text: '碳足迹', lang: 'en' },
  listUserTerms: {},
  addUserTerm: { term: '示例术语', aliases: [], items: [9] },
  removeUserTerm: { id: 'none' },
};

/** The real background, each handler wrapped so the test sees which ones ran. */
function spiedBackground() {
  const services = testBackground();
  const reached: string[] = [];
  const spy = <T extends object>(lane: string, handlers: T): T =>
    Object.fromEntries(
      Object.entries(handlers).map(([type, handler]) => [
        type,
        (payload: unknown, ctx: unknown) => {
          reached.push(`${lane}:${type}`);
          return (handler as (p: unknown, c: unknown) => unknown)(payload, ctx);
        },
      ]),
    ) as T;
  const table: HandlerTable = {
    ...services.handlers,
    content: spy('content', services.handlers.content),
    page: spy('page', services.handlers.page),
  };
  const route = createMessageRouter(table, { id: EXT_ID, baseUrl: EXT });
  return { route, reached };
}

function mayHandle(speaks: SenderKind['speaks'], lane: 'content' | 'page', type: string): boolean {
  if (lane === 'page') return speaks === 'page';
  if (speaks === 'content-enabled') return true;
  return (
    speaks === 'content-disabled' && CONTENT_ACCESS[type as keyof ContentToBackground] !== 'enabled-page'
  );
}

describe.each(Object.entries(SENDERS))('sender: %s', (_label, { sender, speaks }) => {
  const page = senderPageUrl(sender) ?? GOV;
  const cases = [
    ...CONTENT_TYPES.map((type) => ['content', type, CONTENT_PAYLOADS[type](page)] as const),
    ...PAGE_TYPES.map((type) => ['page', type, PAGE_PAYLOADS[type]] as const),
  ];

  it.each(cases)('%s %s', async (lane, type, payload) => {
    const { route, reached } = spiedBackground();
    const channel = lane === 'content' ? CONTENT_CHANNEL : PAGE_CHANNEL;
    const answer = await route({ channel, type, payload }, sender);
    if (mayHandle(speaks, lane, type)) {
      expect(reached).toEqual([`${lane}:${type}`]);
    } else {
      expect(reached).toEqual([]);
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      if (!answer.ok) expect(answer.error.message.length).toBeGreaterThan(10); // says why
    }
  });
});

describe('the sender’s URL decides, not the payload’s', () => {
  const at = (url: string, frameId = 0): MessageSender => ({ id: EXT_ID, url, tab: { id: 5 }, frameId });

  it.each([
    ['a page not enabled claiming a gov URL', at(OFF), GOV, false],
    ['a gov page claiming another URL', at(GOV), OFF, true],
    ['an other-site frame claiming its gov parent', at(OFF, 4), GOV, false],
  ] as const)('getPageState: %s', async (_label, sender, claimed, enabled) => {
    const { route } = spiedBackground();
    const answer = await route(
      { channel: CONTENT_CHANNEL, type: 'getPageState', payload: { url: claimed } },
      sender,
    );
    expect(answer).toMatchObject({ ok: true, value: { enabled } });
  });

  it('a clip whose page is not the sender’s page is refused, and nothing is stored', async () => {
    const services = testBackground();
    const route = createMessageRouter(services.handlers, { id: EXT_ID, baseUrl: EXT });
    const sender = at(GOV);
    const other = 'https://www.miit.gov.cn/other.html';
    const draft = clipDraft({ url: other, textFragment: `${other}#:~:text=x` });
    const answer = await route({ channel: CONTENT_CHANNEL, type: 'saveClip', payload: draft }, sender);
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const popup = { id: EXT_ID, url: `${EXT}clips.html` };
    const listed = await route(
      { channel: PAGE_CHANNEL, type: 'listClips', payload: { offset: 0, limit: 10 } },
      popup,
    );
    expect(listed).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('a page the reader switched off is off for its content script, whatever it claims', async () => {
    const services = testBackground();
    const route = createMessageRouter(services.handlers, { id: EXT_ID, baseUrl: EXT });
    const options = { id: EXT_ID, url: `${EXT}options.html` };
    const off = await route(
      { channel: PAGE_CHANNEL, type: 'setDefaultSiteEnabled', payload: { domain: 'gov.cn', enabled: false } },
      options,
    );
    expect(off.ok).toBe(true);
    const claims = { channel: CONTENT_CHANNEL, type: 'getPageState', payload: { url: OFF } };
    expect(await route(claims, at(GOV))).toMatchObject({
      ok: true,
      value: { enabled: false, reason: 'user-disabled' },
    });
    const badge = { channel: CONTENT_CHANNEL, type: 'reportMentions', payload: { count: 1 } };
    expect(await route(badge, at(GOV))).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('user-disabled') },
    });
  });
});

describe('senderPageUrl', () => {
  it.each<[string, Parameters<typeof senderPageUrl>[0], string | undefined]>([
    ['the frame’s URL', { url: OFF, frameId: 3, tab: { url: GOV } }, OFF],
    ['a top frame without one: the tab’s', { frameId: 0, tab: { url: GOV } }, GOV],
    ['no frame id: the tab’s', { tab: { url: GOV } }, GOV],
    ['a subframe never borrows the tab’s', { frameId: 1, tab: { url: GOV } }, undefined],
    ['nothing at all', {}, undefined],
    ['an empty URL is none', { url: '', frameId: 0 }, undefined],
  ])('%s', (_label, sender, expected) => {
    expect(senderPageUrl(sender)).toBe(expected);
  });
});
