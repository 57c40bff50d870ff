import { describe, expect, it, vi } from 'vitest';
import { CONTENT_CHANNEL, PAGE_CHANNEL, CONTENT_TYPES, PAGE_TYPES } from '../../lib/messages/protocol';
import { ok } from '../../lib/messages/result';
import {
  createMessageRouter,
  toRuntimeListener,
  type HandlerTable,
  type MessageSender,
} from '../../lib/messages/router';

const runtime = { id: 'ext-id', baseUrl: 'chrome-extension://ext-id/' };
const contentSender: MessageSender = {
  id: 'ext-id',
  url: 'https://www.gov.cn/a.html',
  tab: { id: 7 },
  frameId: 2,
};
const pageSender: MessageSender = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };

/** Every handler echoes its payload and context, so the tests see what passed validation. */
function echoTable() {
  const calls: { type: string; payload: unknown; ctx: unknown }[] = [];
  const echo = (type: string) => (payload: unknown, ctx: unknown) => {
    calls.push({ type, payload, ctx });
    return ok({ echoed: payload });
  };
  const table = {
    content: Object.fromEntries(CONTENT_TYPES.map((t) => [t, echo(t)])),
    page: Object.fromEntries(PAGE_TYPES.map((t) => [t, echo(t)])),
    pageState: async (url: string | undefined) =>
      url?.startsWith('https://www.gov.cn/')
        ? { enabled: true, reason: 'default-site' }
        : { enabled: false, reason: 'not-enabled' },
  } as unknown as HandlerTable;
  return { table, calls };
}

const content = (type: string, payload: unknown) => ({ channel: CONTENT_CHANNEL, type, payload });
const page = (type: string, payload: unknown) => ({ channel: PAGE_CHANNEL, type, payload });

const validContent: [string, unknown][] = [
  ['getMatcher', {}],
  ['getMatcher', undefined],
  ['getCard', { ref: { kind: 'topic', id: 'carbon-footprint' }, lang: 'zh-Hans' }],
  ['getCard', { ref: { kind: 'topic', id: 'x', ids: ['x', 'y'], surface: '碳足迹' }, lang: 'en' }],
  [
    'getCard',
    {
      ref: { kind: 'standard', id: 'GB/T 24001-2016', designation: 'GB/T 24001-2016', family: 'gb-t' },
      lang: 'zh-Hant',
    },
  ],
  ['getCard', { ref: { kind: 'item', no: 9 }, lang: 'zh-Hans' }],
  ['getItem', { no: 35, lang: 'zh-Hans' }],
  ['getAgency', { id: 'miit', lang: 'en' }],
  ['reportMentions', { count: 0 }],
  [
    'reportMentions',
    { count: 12, byKind: { topic: 10, agency: 1, standard: 1 }, byItem: { '9': 3, '12': 1 } },
  ],
  ['getPageState', { url: 'https://www.gov.cn/zhengce/a.html' }],
  ['getPageState', { url: 'about:blank' }],
];

const invalidContent: [string, unknown, string][] = [
  ['getCard', { ref: { kind: 'place', id: 'x' }, lang: 'zh-Hans' }, 'ref'],
  ['getCard', { ref: { kind: 'topic', id: '' }, lang: 'zh-Hans' }, 'ref'],
  ['getCard', { ref: { kind: 'topic', id: 'x' }, lang: 'fr' }, 'lang'],
  ['getCard', { ref: { kind: 'item', no: 0 }, lang: 'en' }, 'ref'],
  ['getCard', null, 'payload'],
  ['getItem', { no: 1.5, lang: 'en' }, 'no'],
  ['getItem', { no: '9', lang: 'en' }, 'no'],
  ['getAgency', { lang: 'en' }, 'id'],
  ['reportMentions', { count: -1 }, 'count'],
  ['reportMentions', { count: 3, byKind: { topic: 1 } }, 'byKind'],
  ['reportMentions', { count: 3, byItem: { nine: 1 } }, 'byItem'],
  ['getPageState', { url: 42 }, 'url'],
  ['getPageState', 'https://www.gov.cn/', 'payload'],
];

const validPage: [string, unknown][] = [
  ['getSiteState', { origin: 'https://example.com' }],
  ['setSiteEnabled', { origin: 'https://example.com', enabled: true }],
  ['setPaused', { paused: true }],
  ['getSettings', {}],
  ['updateSettings', { ui: { cardLang: 'zh-Hant' } }],
  ['updateSettings', { ui: {} }],
  ['getTabSummary', { tabId: 3 }],
  ['getItem', { no: 1, lang: 'zh-Hans' }],
];

const invalidPage: [string, unknown, string][] = [
  ['getSiteState', { origin: 'example.com' }, 'origin'],
  ['getSiteState', { origin: 'file:///etc/passwd' }, 'origin'],
  ['setSiteEnabled', { origin: 'https://example.com' }, 'enabled'],
  ['setSiteEnabled', { origin: 'https://example.com', enabled: 'yes' }, 'enabled'],
  ['setPaused', {}, 'paused'],
  ['updateSettings', { ui: { hoverDelayMs: -5 } }, 'ui.hoverDelayMs'],
  ['updateSettings', { ui: { cardLang: 'de' } }, 'ui.cardLang'],
  ['getTabSummary', { tabId: -1 }, 'tabId'],
];

describe('router: payload validation', () => {
  it.each(validContent)('content %s accepts %j', async (type, payload) => {
    const { table, calls } = echoTable();
    const result = await createMessageRouter(table, runtime)(content(type, payload), contentSender);
    expect(result.ok).toBe(true);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.ctx).toEqual({
      sender: contentSender,
      tabId: 7,
      frameId: 2,
      pageUrl: 'https://www.gov.cn/a.html',
    });
  });

  it.each(invalidContent)('content %s rejects %j (at %s)', async (type, payload, path) => {
    const { table, calls } = echoTable();
    const result = await createMessageRouter(table, runtime)(content(type, payload), contentSender);
    expect(result).toEqual({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining(path) },
    });
    expect(calls).toHaveLength(0);
  });

  it.each(validPage)('page %s accepts %j', async (type, payload) => {
    const { table, calls } = echoTable();
    const result = await createMessageRouter(table, runtime)(page(type, payload), pageSender);
    expect(result.ok).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it.each(invalidPage)('page %s rejects %j (at %s)', async (type, payload, path) => {
    const { table, calls } = echoTable();
    const result = await createMessageRouter(table, runtime)(page(type, payload), pageSender);
    expect(result).toEqual({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining(path) },
    });
    expect(calls).toHaveLength(0);
  });

  it('strips unknown fields, so a whole Mention can be passed as the ref', async () => {
    const { table, calls } = echoTable();
    const mention = { start: 3, end: 6, kind: 'agency', id: 'miit', items: [1, 2], leadItems: [1] };
    await createMessageRouter(table, runtime)(
      content('getCard', { ref: mention, lang: 'en', extra: 1 }),
      contentSender,
    );
    expect(calls[0]?.payload).toEqual({ ref: { kind: 'agency', id: 'miit' }, lang: 'en' });
  });

  it('reduces an origin (or any http URL) to URL.origin', async () => {
    const { table, calls } = echoTable();
    await createMessageRouter(table, runtime)(
      page('getSiteState', { origin: 'HTTPS://Example.COM:443/path?q' }),
      pageSender,
    );
    expect(calls[0]?.payload).toEqual({ origin: 'https://example.com' });
  });
});

describe('router: unknown messages', () => {
  it.each([
    ['content', content('deleteEverything', {})],
    ['content', content('toString', {})],
    ['content', content('__proto__', {})],
    ['content (page-only type)', content('setPaused', { paused: true })],
  ])('%s type is rejected', async (_label, message) => {
    const { table, calls } = echoTable();
    const result = await createMessageRouter(table, runtime)(message, contentSender);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
    expect(calls).toHaveLength(0);
  });

  it.each([
    ['null', null],
    ['a string', 'getMatcher'],
    ['no channel', { type: 'getMatcher', payload: {} }],
    ['another channel', { channel: 'other', type: 'getMatcher', payload: {} }],
    ['no type', { channel: CONTENT_CHANNEL, payload: {} }],
    ['@webext-core format', { id: 1, type: 'getMatcher', data: {}, timestamp: 1 }],
  ])('%s is a bad request', async (_label, message) => {
    const { table } = echoTable();
    expect(await createMessageRouter(table, runtime)(message, contentSender)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });
});

describe('router: sender checks', () => {
  it.each<[string, MessageSender]>([
    ['no tab (an extension page)', { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' }],
    ['tab id -1 (TAB_ID_NONE)', { id: 'ext-id', url: 'https://www.gov.cn/', tab: { id: -1 } }],
    ['another extension', { id: 'evil-id', url: 'https://www.gov.cn/', tab: { id: 7 } }],
    ['no id', { url: 'https://www.gov.cn/', tab: { id: 7 } }],
  ])('content messages from %s are forbidden', async (_label, sender) => {
    const { table, calls } = echoTable();
    const result = await createMessageRouter(table, runtime)(content('getMatcher', {}), sender);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toHaveLength(0);
  });

  it.each<[string, MessageSender]>([
    ['a content script', contentSender],
    ['another extension page', { id: 'evil-id', url: 'chrome-extension://evil-id/popup.html' }],
    ['a look-alike URL', { id: 'ext-id', url: 'https://chrome-extension://ext-id/' }],
    ['no URL', { id: 'ext-id' }],
  ])('page messages from %s are forbidden', async (_label, sender) => {
    const { table, calls } = echoTable();
    const result = await createMessageRouter(table, runtime)(page('setPaused', { paused: true }), sender);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toHaveLength(0);
  });

  it('checks the sender before revealing whether a type exists', async () => {
    const { table } = echoTable();
    const result = await createMessageRouter(table, runtime)(page('noSuchType', {}), contentSender);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('defaults frameId to 0', async () => {
    const { table, calls } = echoTable();
    await createMessageRouter(table, runtime)(content('getMatcher', {}), { id: 'ext-id', tab: { id: 1 } });
    expect(calls[0]?.ctx).toMatchObject({ tabId: 1, frameId: 0 });
  });
});

describe('router: errors as data', () => {
  it('turns a throwing handler into an internal error and reports it', async () => {
    const { table } = echoTable();
    table.content.getMatcher = () => {
      throw new Error('boom');
    };
    const onError = vi.fn();
    const result = await createMessageRouter(
      table,
      runtime,
      onError,
    )(content('getMatcher', {}), contentSender);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'getMatcher: boom' } });
    expect(onError).toHaveBeenCalledOnce();
  });

  it('passes a handler’s own error result through', async () => {
    const { table } = echoTable();
    table.page.setSiteEnabled = () => ({
      ok: false,
      error: { code: 'permission-required', message: 'ask first' },
    });
    const result = await createMessageRouter(table, runtime)(
      page('setSiteEnabled', { origin: 'https://example.com', enabled: true }),
      pageSender,
    );
    expect(result).toEqual({ ok: false, error: { code: 'permission-required', message: 'ask first' } });
  });
});

describe('toRuntimeListener', () => {
  it('answers through sendResponse and keeps the channel open', async () => {
    const { table } = echoTable();
    const sendResponse = vi.fn();
    const listener = toRuntimeListener(createMessageRouter(table, runtime));
    expect(listener(content('getMatcher', {}), contentSender, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true, value: { echoed: {} } }));
  });
});
