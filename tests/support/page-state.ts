/**
 * What the background told a frame about running there (lib/services/page-state-log), read in the
 * service worker. A page left dark is proven dark by this answer — the frame asked and was told no —
 * rather than by waiting a while and seeing nothing (issue 14).
 */
import { expect } from 'vitest';
import { pageStateKey, type PageStateAnswer, type TabPageStates } from '../../lib/services/page-state-log';
import type { ExtensionSession } from './extension';

/** The slice of the extension API these helpers call inside the service worker. */
declare const chrome: {
  storage: {
    session: {
      get(key: string): Promise<Record<string, unknown>>;
      remove(key: string): Promise<void>;
    };
  };
};

/** Every frame's latest answer in the tab, by frame id. */
export async function pageStates(session: ExtensionSession, tabId: number): Promise<TabPageStates> {
  const key = pageStateKey(tabId);
  return session.serviceWorker.evaluate(
    async (k) => ((await chrome.storage.session.get(k))[k] ?? {}) as TabPageStates,
    key,
  );
}

/** Forgets the tab's answers, so that the next one read is the next document's (before a reload). */
export async function forgetPageStates(session: ExtensionSession, tabId: number): Promise<void> {
  await session.serviceWorker.evaluate((k) => chrome.storage.session.remove(k), pageStateKey(tabId));
}

/** Waits until the frame (the top one by default) at `url` has asked and been answered; returns the answer. */
export async function answeredPageState(
  session: ExtensionSession,
  tabId: number,
  url: string,
  frameId = 0,
): Promise<PageStateAnswer> {
  let answer: PageStateAnswer | undefined;
  await expect
    .poll(
      async () => {
        answer = (await pageStates(session, tabId))[frameId];
        return answer?.url;
      },
      { timeout: 10_000 },
    )
    .toBe(url);
  return answer!;
}
