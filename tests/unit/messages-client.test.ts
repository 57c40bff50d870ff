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
