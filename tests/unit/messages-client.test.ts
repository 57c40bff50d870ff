import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createContentClient, createPageClient, type Send } from '../../lib/messages/client';
import { CONTENT_CHANNEL, CONTENT_TYPES, PAGE_CHANNEL, PAGE_TYPES } from '../../lib/messages/protocol';
import { ok } from '../../lib/messages/result';
import { createMessageRouter, type HandlerTable, type MessageSender } from '../../lib/messages/router';
import { sendToBackground } from '../../lib/messages/transport';

describe('clients', () => {
  it('send one envelope per call, on their own channel', async () => {
    const send = vi.fn<Send>(async () => ok('fine'));
    const contentClient = createContentClient(send);
    const pageClient = createPageClient(send);

    expect(await contentClient.getPageState({ url: 'https://www.gov.cn/' })).toEqual({
      ok: true,
      value: 'fine',
    });
    await contentClient.getMatcher();
    await pageClient.setPaused({ paused: true });
    expect(send.mock.calls.map(([m]) => m)).toEqual([
      { channel: CONTENT_CHANNEL, type: 'getPageState', payload: { url: 'https://www.gov.cn/' } },
      { channel: CONTENT_CHANNEL, type: 'getMatcher', payload: {} },
      { channel: PAGE_CHANNEL, type: 'setPaused', payload: { paused: true } },
    ]);
  });

  it('have a method for every message of their protocol', () => {
    const send: Send = async () => ok(null);
    expect(Object.keys(createContentClient(send)).sort()).toEqual([...CONTENT_TYPES].sort());
    expect(Object.keys(createPageClient(send)).sort()).toEqual([...PAGE_TYPES].sort());
  });

  it.each<[string, Send, string]>([
    [
      'a rejected send',
      async () => Promise.reject(new Error('Extension context invalidated.')),
      'unavailable',
    ],
    ['no answer', async () => undefined, 'unavailable'],
    ['a non-Result answer', async () => ({ matcher: {} }), 'bad-response'],
    ['a malformed error', async () => ({ ok: false, error: 'oops' }), 'bad-response'],
  ])('never throw: %s becomes an error result', async (_label, send, code) => {
    const result = await createContentClient(send).getMatcher();
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('pass error results from the background through', async () => {
    const error = { code: 'permission-required', message: 'ask first' } as const;
    const result = await createPageClient(async () => ({ ok: false, error })).setSiteEnabled({
      origin: 'https://example.com',
      enabled: true,
    });
    expect(result).toEqual({ ok: false, error });
  });

  it('round-trip through the router', async () => {
    const table = {
      content: {
        getPageState: async ({ url }: { url: string }) =>
          ok({ enabled: url.includes('gov.cn'), reason: 'default-site' }),
        getItem: async () => ok(null),
      },
      page: {},
    } as unknown as HandlerTable;
    const route = createMessageRouter(table, { id: 'ext', baseUrl: 'chrome-extension://ext/' });
    const sender: MessageSender = { id: 'ext', tab: { id: 1 } };
    const client = createContentClient((message) => route(message, sender));
    expect(await client.getPageState({ url: 'https://www.gov.cn/' })).toEqual({
      ok: true,
      value: { enabled: true, reason: 'default-site' },
    });
    expect(await client.getItem({ no: 0, lang: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    // A type this background has no handler for.
    expect(await client.getMatcher()).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
  });
});

describe('sendToBackground', () => {
  beforeEach(() => fakeBrowser.reset());

  it('uses runtime.sendMessage', async () => {
    const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(ok(1));
    const client = createContentClient(sendToBackground);
    expect(await client.reportMentions({ count: 2 })).toEqual({ ok: true, value: 1 });
    expect(spy).toHaveBeenCalledWith({
      channel: CONTENT_CHANNEL,
      type: 'reportMentions',
      payload: { count: 2 },
    });
  });
});

describe('content client faults (issue 14)', () => {
  const noAnswer = (answers: unknown[]) => {
    const send = vi.fn<Send>(async () => {
      const next = answers.shift();
      if (next instanceof Error) throw next;
      return next;
    });
    return send;
  };
  const portClosed = new Error('The message port closed before a response was received.');

  it('retries a read while the service worker wakes, then answers', async () => {
    const send = noAnswer([portClosed, undefined, ok({ kind: 'item' })]);
    const client = createContentClient(send, { retryDelaysMs: [1, 1, 1] });
    expect(await client.getItem({ no: 9, lang: 'en' })).toEqual({ ok: true, value: { kind: 'item' } });
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('gives up after its delays with the last failure', async () => {
    const send = noAnswer([portClosed, portClosed, portClosed]);
    const result = await createContentClient(send, { retryDelaysMs: [1, 1] }).getMatcher();
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(send).toHaveBeenCalledTimes(3);
  });

  it.each(['toggleHighlights', 'openPlanBrowser', 'saveClip', 'deleteClip'] as const)(
    'does not repeat %s (not safe to send twice, or retried by its caller)',
    async (type) => {
      const send = noAnswer([portClosed, ok({})]);
      const client = createContentClient(send, { retryDelaysMs: [1] }) as unknown as Record<
        string,
        (p: unknown) => Promise<unknown>
      >;
      await client[type]!({ hash: '#item-9', id: 'x' });
      expect(send).toHaveBeenCalledTimes(1);
    },
  );

  it('an errored answer from the background is not retried', async () => {
    const send = noAnswer([{ ok: false, error: { code: 'forbidden', message: 'no' } }]);
    await createContentClient(send, { retryDelaysMs: [1, 1] }).getPageClips({ url: 'https://www.gov.cn/' });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('once the extension is gone, it stops asking and says so', async () => {
    const gone = new TypeError("Cannot read properties of undefined (reading 'sendMessage')");
    const send = noAnswer([gone]);
    const isInvalidated = vi.fn(() => true);
    const client = createContentClient(send, { retryDelaysMs: [1, 1], isInvalidated });
    expect(await client.getCard({ ref: { kind: 'topic', id: 'x' }, lang: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: expect.stringMatching(/context invalidated/) },
    });
    expect(await client.reportMentions({ count: 1 })).toMatchObject({ ok: false });
    expect(send).toHaveBeenCalledTimes(1);
    expect(isInvalidated).toHaveBeenCalledOnce();
  });
});
