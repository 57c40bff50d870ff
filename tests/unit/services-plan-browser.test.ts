/**
 * The plan browser's two messages through the real router and handlers (issue 12): `getPlanBrowser`
 * answers the plan, agencies, topics and the standard-code families; `getClipCountsByItem` counts the
 * clips saved through the content script's `saveClip`.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createContentClient, createPageClient } from '../../lib/messages/client';
import { createMessageRouter, type MessageSender } from '../../lib/messages/router';
import { testBackground } from '../support/background';
import { bundledKnowledge } from '../db/bundled-knowledge';
import { clipDraft, OTHER_ID } from '../db/clip-fixtures';

const EXT = 'chrome-extension://ext/';

function setup() {
  const services = testBackground();
  const route = createMessageRouter(services.handlers, { id: 'ext', baseUrl: EXT });
  const tab: MessageSender = { id: 'ext', tab: { id: 5 }, frameId: 0, url: 'https://www.gov.cn/zhengce/' };
  const plan: MessageSender = { id: 'ext', url: `${EXT}plan.html` };
  return {
    content: (url: string) => createContentClient((m) => route(m, { ...tab, url })),
    page: createPageClient((m) => route(m, plan)),
    web: createPageClient((m) => route(m, tab)),
  };
}

describe('plan browser messages', () => {
  it('getPlanBrowser answers the standard-code families with the plan', async () => {
    const { page } = setup();
    const answer = await page.getPlanBrowser();
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value.plan.items).toHaveLength(35);
    expect(answer.value.standardCodes!.families.map((f) => f.id)).toEqual(
      bundledKnowledge().standardCodes.families.map((f) => f.id),
    );
  });

  it('getClipCountsByItem counts saved clips per item, for extension pages only', async () => {
    const { content, page, web } = setup();
    expect(await page.getClipCountsByItem()).toEqual({ ok: true, value: { counts: {} } });
    const draft = clipDraft();
    const site = content(draft.url);
    expect((await site.saveClip(draft)).ok).toBe(true);
    const second = clipDraft({
      id: OTHER_ID,
      mentions: [
        { kind: 'topic', id: 'key-technology', items: [1, 2], start: 0, end: 2 },
        { kind: 'topic', id: 'key-technology', items: [1], start: 3, end: 5 },
      ],
    });
    expect((await site.saveClip(second)).ok).toBe(true);
    expect(await page.getClipCountsByItem()).toEqual({ ok: true, value: { counts: { 1: 2, 2: 1 } } });
    // A web page's frame may not read the library.
    expect(await web.getClipCountsByItem()).toMatchObject({ ok: false });
  });
});
