/**
 * What the reader asks of a tab from outside the page (issue 10): hide or show its highlights — from
 * the popup, or Alt+Shift+H in any of its frames — and go to the first mention of a plan item (the
 * popup's top items). The background holds the tab's hidden state (a frame that starts later starts
 * hidden too; a navigation shows them again) and forwards each request to the tab's content scripts
 * over the one background → content channel (lib/messages/background-requests checks the sender).
 */
import {
  BACKGROUND_CHANNEL,
  type BackgroundToContent,
  type Envelope,
  type RequestOf,
  type UiPrefs,
} from '../messages/protocol';
import { createMemoryStore, type KeyValueStore } from './key-value-store';
import { createSerial } from './serial';

/** `browser.tabs` fits. */
export interface TabMessenger {
  sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  /** Every tab (ids only: no `tabs` permission needed); for broadcasts. */
  query?(queryInfo: Record<string, never>): Promise<{ id?: number }[]>;
}

export interface TabViewService {
  highlightsHidden(tabId: number): Promise<boolean>;
  /** Records the state and tells every frame of the tab; answers the state now. */
  setHighlightsHidden(tabId: number, hidden: boolean): Promise<boolean>;
  toggleHighlights(tabId: number): Promise<boolean>;
  /** Asks `frames` in turn (those whose mentions include the item) until one found it. */
  showItem(tabId: number, no: number, frames: readonly number[]): Promise<boolean>;
  /**
   * Tells every frame of every tab the reader's preferences (kinds, card language, hover delay,
   * trigger); answers how many tabs were asked.
   */
  broadcastUiPrefs(ui: UiPrefs): Promise<number>;
  /** The tab navigated: highlights are shown on the new page. */
  clearTab(tabId: number): Promise<void>;
}

const key = (tabId: number) => `view:${tabId}`;

function envelope<K extends keyof BackgroundToContent>(
  type: K,
  payload: RequestOf<BackgroundToContent, K>,
): Envelope<K, RequestOf<BackgroundToContent, K>> {
  return { channel: BACKGROUND_CHANNEL, type, payload };
}

/** The content script answers a Result (lib/messages/result); `value[field] === true` or not. */
function answered(answer: unknown, field: 'found'): boolean {
  const a = answer as { ok?: unknown; value?: Record<string, unknown> } | null | undefined;
  return a?.ok === true && a.value?.[field] === true;
}

export function createTabViewService(
  tabs: TabMessenger,
  store: KeyValueStore = createMemoryStore(),
  onError: (error: unknown) => void = () => {},
): TabViewService {
  const serial = createSerial();
  // What this worker last read or wrote for each tab: every frame's start asks (issue 15), and only
  // this service writes the keys. The store keeps the state across the worker's restarts.
  const known = new Map<number, boolean>();
  const hiddenIn = async (tabId: number) => {
    const kept = known.get(tabId);
    if (kept !== undefined) return kept;
    const hidden = (await store.get(key(tabId))) === true;
    known.set(tabId, hidden);
    return hidden;
  };

  const set = async (tabId: number, hidden: boolean) => {
    known.delete(tabId);
    if (hidden) await store.set(key(tabId), true);
    else await store.remove(key(tabId));
    known.set(tabId, hidden);
    // Without a frameId the message reaches every frame of the tab. A tab without a content script
    // (a page the extension does not run on) rejects: nothing to hide there.
    await tabs.sendMessage(tabId, envelope('setHighlightsHidden', { hidden })).catch(onError);
    return hidden;
  };

  return {
    async broadcastUiPrefs(ui) {
      // A tab without our content script rejects (caught): the preferences reach it with its page state.
      const ids = ((await tabs.query?.({})) ?? []).map((t) => t.id).filter((id) => id !== undefined);
      await Promise.all(
        ids.map((id) => tabs.sendMessage(id, envelope('setUiPrefs', { ui })).catch(() => {})),
      );
      return ids.length;
    },
    highlightsHidden: (tabId) => serial(() => hiddenIn(tabId)),
    setHighlightsHidden: (tabId, hidden) => serial(() => set(tabId, hidden)),
    toggleHighlights: (tabId) => serial(async () => set(tabId, !(await hiddenIn(tabId)))),
    async showItem(tabId, no, frames) {
      for (const frameId of frames) {
        const answer = await tabs
          .sendMessage(tabId, envelope('showItem', { no }), { frameId })
          .catch((error: unknown) => (onError(error), undefined));
        if (answered(answer, 'found')) return true;
      }
      return false;
    },
    clearTab: (tabId) =>
      serial(async () => {
        known.delete(tabId);
        await store.remove(key(tabId));
        known.set(tabId, false);
      }),
  };
}
