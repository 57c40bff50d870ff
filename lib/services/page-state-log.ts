/**
 * What the background answered each frame that asked whether to run (`getPageState`), kept per tab in
 * `storage.session`. A page that shows nothing is otherwise silent: with this record, a browser test
 * knows that the frame asked and was told "no" — a definite signal instead of a sleep (issue 14). Only
 * extension contexts can read it (`storage.session` is closed to content scripts by default); nothing
 * reaches the page.
 */
import { CONTENT_CHANNEL, type PageState } from '../messages/protocol';
import type { MessageSender, Route } from '../messages/router';
import { createMemoryStore, type KeyValueStore } from './key-value-store';
import { createSerial } from './serial';

/** One frame's answer, with the URL the browser gave as the frame's. */
export interface PageStateAnswer extends PageState {
  url: string;
}

/** frameId → that frame's latest answer. */
export type TabPageStates = Record<string, PageStateAnswer>;

/** The `storage.session` key of a tab's record; tests read it through the service worker. */
export const pageStateKey = (tabId: number) => `pageState:${tabId}`;

export interface PageStateLog {
  /** Passes every message to `route` and records the answers to `getPageState`. */
  observe(route: Route): Route;
  /** The tab navigated or closed: its frames will ask again. */
  forgetTab(tabId: number): Promise<void>;
}

const isPageStateRequest = (message: unknown) =>
  typeof message === 'object' &&
  message !== null &&
  (message as Record<string, unknown>).channel === CONTENT_CHANNEL &&
  // `scanWindow` is the same question with the first window's text (issue 15).
  ['getPageState', 'scanWindow'].includes((message as Record<string, unknown>).type as string);

export function createPageStateLog(
  store: KeyValueStore = createMemoryStore(),
  onError: (error: unknown) => void = () => {},
): PageStateLog {
  // Frames of one tab answer concurrently: their read-modify-writes of the tab's record take turns.
  const serial = createSerial();
  const record = (tabId: number, frameId: number, answer: PageStateAnswer) =>
    serial(async () => {
      const frames = ((await store.get(pageStateKey(tabId))) ?? {}) as TabPageStates;
      await store.set(pageStateKey(tabId), { ...frames, [frameId]: answer });
    });
  return {
    observe: (route) => async (message: unknown, sender: MessageSender) => {
      const result = await route(message, sender);
      const tabId = sender.tab?.id;
      if (result.ok && isPageStateRequest(message) && typeof tabId === 'number') {
        const { enabled, reason } = result.value as PageState;
        // Not awaited: the answer does not wait for the record.
        record(tabId, sender.frameId ?? 0, { enabled, reason, url: sender.url ?? '' }).catch(onError);
      }
      return result;
    },
    forgetTab: (tabId) => serial(() => store.remove(pageStateKey(tabId))),
  };
}
