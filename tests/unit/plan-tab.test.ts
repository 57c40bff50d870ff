/**
 * The card's "open in plan browser" (issue 12): a content script asks, the background opens
 * `plan.html#…` next to the sender's tab. Only a plan view's hash is taken (lib/card/plan-link), only
 * from a content script in a tab. Driven through the real router and handlers.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { PLAN_HASH } from '../../lib/card/plan-link';
import { createContentClient } from '../../lib/messages/client';
import { CONTENT_CHANNEL, PAGE_CHANNEL } from '../../lib/messages/protocol';
import { createMessageRouter, type MessageSender } from '../../lib/messages/router';
import { testBackground } from '../support/background';
import { createPlanTabService } from '../../lib/services/plan-tab-service';

const EXT = 'chrome-extension://ext/';
const PLAN = `${EXT}plan.html`;

function setup() {
  const tabs = {
    get: vi.fn(async (tabId: number) => {
      if (tabId !== 7) throw new Error('no such tab');
      return { index: 2, windowId: 40 };
    }),
    create: vi.fn(async () => ({})),
  };
  const services = testBackground({
    planBrowser: { tabs, url: PLAN },
  });
  const route = createMessageRouter(services.handlers, { id: 'ext', baseUrl: EXT });
  const inTab = (tabId: number): MessageSender => ({
    id: 'ext',
    tab: { id: tabId },
    frameId: 0,
    url: 'https://www.gov.cn/zhengce/',
  });
  return { tabs, route, client: createContentClient((m) => route(m, inTab(7))), inTab };
}

describe('openPlanBrowser', () => {
  it.each(['#item-9', '#item-35', '#agency-miit', '#agency-fire-rescue', '#topic-carbon-footprint'])(
    'opens plan.html%s right after the reader’s tab, in its window',
    async (hash) => {
      const { tabs, client } = setup();
      expect(await client.openPlanBrowser({ hash })).toEqual({ ok: true, value: { opened: true } });
      expect(tabs.create).toHaveBeenCalledExactlyOnceWith({
        url: PLAN + hash,
        index: 3,
        windowId: 40,
        openerTabId: 7,
      });
    },
  );

  it.each([
    '',
    '#',
    'item-9',
    '#item-1234',
    '#item-9x',
    '#item-',
    '#agency-MIIT',
    '#agency-',
    '#agency-miit/../x',
    '#topic-a b',
    '#topic-x?y=1',
    '#clips',
    'javascript:alert(1)',
    `#agency-${'a'.repeat(65)}`,
    '#item-9\n',
  ])('refuses %j and opens nothing', async (hash) => {
    const { tabs, client } = setup();
    expect(await client.openPlanBrowser({ hash })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(tabs.create).not.toHaveBeenCalled();
  });

  it('takes it only from a content script in a tab, not from a page or another extension', async () => {
    const { tabs, route } = setup();
    const message = (channel: string) => ({ channel, type: 'openPlanBrowser', payload: { hash: '#item-9' } });
    expect(await route(message(CONTENT_CHANNEL), { id: 'ext', url: `${EXT}popup.html` })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await route(message(PAGE_CHANNEL), { id: 'ext', url: `${EXT}popup.html` })).toMatchObject({
      ok: false,
      error: { code: 'unknown-type' },
    });
    expect(
      await route(message(CONTENT_CHANNEL), { id: 'other', tab: { id: 7 }, url: 'https://x.gov.cn/' }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(tabs.create).not.toHaveBeenCalled();
  });

  it('opens it where the browser puts new tabs when the reader’s tab is gone', async () => {
    const { tabs, route, inTab } = setup();
    const gone = createContentClient((m) => route(m, inTab(99)));
    expect(await gone.openPlanBrowser({ hash: '#agency-miit' })).toMatchObject({ ok: true });
    expect(tabs.create).toHaveBeenCalledExactlyOnceWith({ url: `${PLAN}#agency-miit` });
  });
});

describe('the plan tab service', () => {
  it('opens nothing without a tabs API or for a hash of another shape', async () => {
    expect(await createPlanTabService(undefined, PLAN).open('#item-9', 1)).toBe(false);
    const create = vi.fn(async () => ({}));
    const service = createPlanTabService({ get: async () => ({ index: 0 }), create }, PLAN);
    expect(await service.open('#nothing', 1)).toBe(false);
    expect(create).not.toHaveBeenCalled();
    expect(await service.open('#item-1', 1)).toBe(true);
    expect(create).toHaveBeenCalledWith({ url: `${PLAN}#item-1`, index: 1, openerTabId: 1 });
  });

  it('accepts exactly the DESIGN.md plan anchors', () => {
    expect(PLAN_HASH.test('#item-1')).toBe(true);
    expect(PLAN_HASH.test('#item-0123')).toBe(false);
    expect(PLAN_HASH.test('#agency-nhc-tcm')).toBe(true);
  });
});
