import { describe, expect, it, vi } from 'vitest';
import { CONTENT_CHANNEL, PAGE_CHANNEL } from '../../lib/messages/protocol';
import { err, ok } from '../../lib/messages/result';
import type { MessageSender, Route } from '../../lib/messages/router';
import { createMemoryStore } from '../../lib/services/key-value-store';
import { createPageStateLog, pageStateKey } from '../../lib/services/page-state-log';

const ask = { channel: CONTENT_CHANNEL, type: 'getPageState', payload: { url: 'https://x.gov.cn/' } };
const frame = (tabId: number, frameId: number, url: string): MessageSender => ({
  id: 'ext',
  url,
  tab: { id: tabId },
  frameId,
});
const answering =
  (enabled: boolean, reason: string): Route =>
  async () =>
    ok({ enabled, reason, ui: {} });

describe('page-state log (what the background told each frame)', () => {
  it('records each frame’s answer per tab, from the sender’s URL, and passes the answer on', async () => {
    const store = createMemoryStore();
    const log = createPageStateLog(store);
    const on = log.observe(answering(true, 'default-site'));
    const off = log.observe(answering(false, 'user-disabled'));
    expect(await on(ask, frame(4, 0, 'https://a.gov.cn/p'))).toMatchObject({
      ok: true,
      value: { enabled: true },
    });
    await off(ask, frame(4, 7, 'https://b.example/q'));
    await on(ask, frame(5, 0, 'https://c.gov.cn/'));
    await vi.waitFor(async () =>
      expect(await store.get(pageStateKey(4))).toEqual({
        0: { enabled: true, reason: 'default-site', url: 'https://a.gov.cn/p' },
        7: { enabled: false, reason: 'user-disabled', url: 'https://b.example/q' },
      }),
    );
    await vi.waitFor(async () =>
      expect(Object.keys((await store.get(pageStateKey(5))) as object)).toEqual(['0']),
    );
  });

  it('keeps the latest answer of a frame and forgets a tab', async () => {
    const store = createMemoryStore();
    const log = createPageStateLog(store);
    await log.observe(answering(true, 'default-site'))(ask, frame(1, 0, 'https://a.gov.cn/'));
    await log.observe(answering(false, 'paused'))(ask, frame(1, 0, 'https://a.gov.cn/'));
    await vi.waitFor(async () =>
      expect(await store.get(pageStateKey(1))).toEqual({
        0: { enabled: false, reason: 'paused', url: 'https://a.gov.cn/' },
      }),
    );
    await log.forgetTab(1);
    expect(await store.get(pageStateKey(1))).toBeUndefined();
  });

  it('records nothing for other messages, failed answers or senders outside a tab', async () => {
    const store = createMemoryStore();
    const set = vi.spyOn(store, 'set');
    const log = createPageStateLog(store);
    const route = log.observe(answering(true, 'default-site'));
    await route({ ...ask, type: 'getMatcher' }, frame(1, 0, 'https://a.gov.cn/'));
    await route({ ...ask, channel: PAGE_CHANNEL }, frame(1, 0, 'https://a.gov.cn/'));
    await route(ask, { id: 'ext', url: 'https://a.gov.cn/' });
    await route(null, frame(1, 0, 'https://a.gov.cn/'));
    const refused = await log.observe(async () => err('forbidden', 'no'))(
      ask,
      frame(2, 0, 'https://a.gov.cn/'),
    );
    expect(refused.ok).toBe(false);
    await log.forgetTab(3); // runs after any record already queued
    expect(set).not.toHaveBeenCalled();
  });
});
