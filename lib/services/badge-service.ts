/**
 * The mention count per tab on the toolbar badge, and the counts behind it for the popup. Every frame of
 * a tab reports its own counts (the content script runs in all frames); the badge shows their sum.
 * Cleared when the tab navigates, forgotten when it closes.
 */
import type { MentionKind } from '../match/types';
import type { KindCounts, MentionReport } from '../messages/protocol';
import { badgeText } from './badge-text';
import { createMemoryStore, type KeyValueStore } from './key-value-store';
import { createSerial } from './serial';

/** `browser.action` fits. */
export interface ActionAdapter {
  setBadgeText(details: { tabId?: number; text: string }): Promise<unknown>;
  setBadgeBackgroundColor?(details: { tabId?: number; color: string }): Promise<unknown>;
}

export interface TabCounts {
  count: number;
  byKind: KindCounts;
  /** Item number → topic and standard mentions. */
  byItem: Record<string, number>;
  /** Item number → its share of them. */
  itemWeight: Record<string, number>;
  /** Agency id → mentions. */
  byAgency: Record<string, number>;
  /** Frames that reported: 0 means the page was never scanned. */
  frames: number;
}

export interface BadgeService {
  /** Records one frame's report; answers the badge text now shown. */
  report(tabId: number, frameId: number, report: MentionReport): Promise<string>;
  counts(tabId: number): Promise<TabCounts>;
  /** The frames whose mentions include plan item `no`, the top frame first. */
  framesWithItem(tabId: number, no: number): Promise<number[]>;
  /** The tab navigated: its counts and badge are reset. */
  clearTab(tabId: number): Promise<void>;
  /** The tab closed. */
  forgetTab(tabId: number): Promise<void>;
}

type Frames = Record<string, MentionReport>;

const KINDS: readonly MentionKind[] = ['topic', 'agency', 'standard'];
const key = (tabId: number) => `badge:${tabId}`;

/** `into[key] += n` for every entry of `from`. */
function addAll(into: Record<string, number>, from: Record<string, number> | undefined): void {
  for (const [key, n] of Object.entries(from ?? {})) into[key] = (into[key] ?? 0) + n;
}

export function sumFrames(frames: Frames): TabCounts {
  const total: TabCounts = {
    count: 0,
    byKind: { topic: 0, agency: 0, standard: 0 },
    byItem: {},
    itemWeight: {},
    byAgency: {},
    frames: 0,
  };
  for (const report of Object.values(frames)) {
    total.frames++;
    total.count += report.count;
    for (const kind of KINDS) total.byKind[kind] += report.byKind?.[kind] ?? 0;
    addAll(total.byItem, report.byItem);
    addAll(total.itemWeight, report.itemWeight);
    addAll(total.byAgency, report.byAgency);
  }
  return total;
}

export function createBadgeService(
  action: ActionAdapter,
  store: KeyValueStore = createMemoryStore(),
  { color = '#b42318', onError = () => {} }: { color?: string; onError?: (error: unknown) => void } = {},
): BadgeService {
  const serial = createSerial();
  const framesOf = async (tabId: number) => ((await store.get(key(tabId))) ?? {}) as Frames;

  // A tab may close between the report and the badge update; that is not an error worth surfacing.
  async function show(tabId: number, text: string) {
    try {
      if (text) await action.setBadgeBackgroundColor?.({ tabId, color });
      await action.setBadgeText({ tabId, text });
    } catch (error) {
      onError(error);
    }
  }

  return {
    report: (tabId, frameId, report) =>
      serial(async () => {
        const frames = { ...(await framesOf(tabId)), [frameId]: report };
        await store.set(key(tabId), frames);
        const text = badgeText(sumFrames(frames).count);
        await show(tabId, text);
        return text;
      }),
    counts: (tabId) => serial(async () => sumFrames(await framesOf(tabId))),
    framesWithItem: (tabId, no) =>
      serial(async () =>
        Object.entries(await framesOf(tabId))
          .filter(([, report]) => (report.byItem?.[no] ?? 0) > 0)
          .map(([frameId]) => Number(frameId))
          .sort((a, b) => a - b),
      ),
    clearTab: (tabId) =>
      serial(async () => {
        await store.remove(key(tabId));
        await show(tabId, '');
      }),
    forgetTab: (tabId) => serial(() => store.remove(key(tabId))),
  };
}
