/**
 * The content script's start (issue 15):
 * - `askWindow`: whether to run on this page (the background decides: site enabled, not paused), and
 *   with the same roundtrip the mentions of the first painted window's blocks, found by the
 *   background's matcher — the page's first pass needs no matcher in the page (./content-app);
 * - `loadMatcher`: the compiled matcher, warmed up, once the page needs one (a change to rescan). The matcher builds its lookup tables on first use; each build gets a task
 *   of its own so that none comes near 50 ms on top of the message that delivered it.
 */
import { deserializeMatcher, type Matcher } from '../../lib/match/matcher';
import { scanText } from '../../lib/match/scan';
import type { Mention } from '../../lib/match/types';
import {
  createShortFormMemory,
  memoryToData,
  type ShortFormMemoryData,
} from '../../lib/match/short-form-memory';
import type { ContentClient } from '../../lib/messages/client';
import type { PageState, UiPrefs } from '../../lib/messages/protocol';
import { unpackMentions, type MeaningPool } from '../../lib/messages/packed-mentions';
import { frameCostOf } from './frame-cost-record';

export interface WindowAnswer {
  state: PageState & { ui: UiPrefs; highlightsHidden?: boolean };
  /** One list per text sent. */
  mentions: Mention[][];
  /** What the texts defined, for the next request (`scanTexts`). */
  memory: ShortFormMemoryData;
}

/**
 * The page state and the window's mentions (their meanings through `pool`, shared with the page's later
 * answers); undefined when the extension does not run here.
 */
export async function askWindow(
  doc: Document,
  client: Pick<ContentClient, 'scanWindow'>,
  texts: string[],
  signal: AbortSignal,
  pool: MeaningPool,
): Promise<WindowAnswer | undefined> {
  const answer = await client.scanWindow({ url: doc.location.href, texts });
  if (!answer.ok || !answer.value.enabled || signal.aborted) return undefined;
  const { mentions, memory = memoryToData(createShortFormMemory()), ...state } = answer.value;
  return { state, mentions: mentions ? unpackMentions(mentions, pool) : [], memory };
}

export async function loadMatcher(
  client: Pick<ContentClient, 'getMatcher'>,
  nextTask: () => Promise<void>,
  signal: AbortSignal,
): Promise<Matcher | undefined> {
  frameCostOf(globalThis).matcherRequests += 1;
  const loaded = await client.getMatcher();
  if (!loaded.ok || signal.aborted) return undefined;
  const matcher = deserializeMatcher(loaded.value.matcher);
  await nextTask();
  matcher.automaton.scanList('预热');
  await nextTask();
  scanText('预热 GB 1-2020', matcher);
  await nextTask();
  if (signal.aborted) return undefined;
  return matcher;
}
