/**
 * Whether to run on this page (the background decides: site enabled, not paused), and the compiled
 * matcher, warmed up. The matcher builds its lookup tables on first use; each build gets a task of its
 * own so that none comes near 50 ms on top of the message that delivered it.
 */
import { createTaskYield } from '../../lib/dom/task-yield';
import { deserializeMatcher, type Matcher } from '../../lib/match/matcher';
import { scanText } from '../../lib/match/scan';
import type { ContentClient } from '../../lib/messages/client';
import type { PageState, UiPrefs } from '../../lib/messages/protocol';
import { frameCostOf } from './frame-cost-record';

export interface PageStart {
  state: PageState & { ui: UiPrefs; highlightsHidden?: boolean };
  matcher: Matcher;
  /** A macrotask turn for the browser (lib/dom/task-yield). */
  nextTask: () => Promise<void>;
}

export async function startOnPage(
  doc: Document,
  client: ContentClient,
  signal: AbortSignal,
): Promise<PageStart | undefined> {
  const state = await client.getPageState({ url: doc.location.href });
  if (!state.ok || !state.value.enabled || signal.aborted) return undefined;
  frameCostOf(globalThis).matcherRequests += 1;
  const loaded = await client.getMatcher();
  if (!loaded.ok || signal.aborted) return undefined;
  const matcher = deserializeMatcher(loaded.value.matcher);
  const nextTask = createTaskYield(doc);
  await nextTask();
  matcher.automaton.scanList('预热');
  await nextTask();
  scanText('预热 GB 1-2020', matcher);
  await nextTask();
  if (signal.aborted) return undefined;
  return { state: state.value, matcher, nextTask };
}
