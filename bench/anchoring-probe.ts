/**
 * How `npm run bench:anchoring` watches a page: bench/page-inpage.ts's probe (user-blocking
 * scheduler.postTask pings from the first frame after `load`; the longest gap is the longest
 * main-thread task plus a few ms), left pinging until the page closes because the window ends when the
 * background has stored every clip's check — something only Node sees — plus a tail.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { TEST_ORIGIN } from '../tests/support/extension';
import { sleep } from './bench-common';
import { firstPassRecord } from '../tests/support/first-pass';
import { deliverFirstPass, PROBE_GLOBAL, probeScript, type ProbeState } from './page-inpage';
import type { PageHooks } from './page-trace';

/**
 * Added after the probe: once Node has handed it the end of the content script's first pass (read over
 * CDP from the extension's isolated world — the page sees no signal of it; clip anchoring starts right
 * after it), the probe's longest gap is split there into `annotateMaxGap` (gaps that ended before) and
 * `maxGap` (the rest, and every later one), so the longest task is known per phase.
 */
const PHASE_SCRIPT = `(() => {
  const watch = () => {
    const st = window[${JSON.stringify(PROBE_GLOBAL)}];
    if (!st || st.firstPassAt === null) return requestAnimationFrame(watch);
    const at = st.firstPassAt;
    let before = 0;
    let after = 0;
    for (const [start, len] of st.gapLog) {
      if (start + len <= at) before = Math.max(before, len);
      else after = Math.max(after, len);
    }
    // Gaps of 8 ms or less are not logged: the longest of those is at most 8 ms.
    st.annotateMaxGap = before || Math.min(st.maxGap, 8);
    st.annotatedGaps = st.gaps.filter(([start, len]) => st.loadAt + start + len <= at).length;
    st.maxGap = after;
  };
  addEventListener('load', () => requestAnimationFrame(watch));
})();`;

export type PhasedProbe = ProbeState & { annotateMaxGap?: number; annotatedGaps?: number };

export const readProbe = async (page: Page) =>
  (await page.evaluate(`window[${JSON.stringify(PROBE_GLOBAL)}]`)) as PhasedProbe | undefined;

/** Loads `file` on the origin where the content script runs, the probe installed first. */
export async function probedLoad(context: BrowserContext, file: string, hooks?: PageHooks): Promise<Page> {
  const page = await context.newPage();
  await hooks?.before(page);
  await page.addInitScript(probeScript(1, 1e9));
  await page.addInitScript(PHASE_SCRIPT);
  await page.goto(`${TEST_ORIGIN}/${file}`, { waitUntil: 'load', timeout: 120_000 });
  // Handed to the probe once the content script's record is there (probeAfter waits for the split).
  void firstPassRecord(page, { timeoutMs: 120_000 })
    .then((record) => page.evaluate(deliverFirstPass(record)))
    .catch(() => undefined); // the page closed, or the pass never ended: probeAfter says so
  return page;
}

/** Waits until the first pass is done and `windowMs` since load have passed in the page; the probe then. */
export async function probeAfter(page: Page, windowMs: number, timeoutMs: number): Promise<PhasedProbe> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const probe = await readProbe(page);
    const since =
      probe?.loadAt == null ? 0 : ((await page.evaluate('performance.now()')) as number) - probe.loadAt;
    if (probe?.allHighlightedAt != null && probe.annotateMaxGap !== undefined && since >= windowMs)
      return probe;
    if (Date.now() > until) throw new Error(`${page.url()}: the first highlighting pass never ended`);
    await sleep(Math.min(200, Math.max(20, windowMs - since)));
  }
}

export interface Measured {
  /** The probe's longest gap over the whole window, and split at the first pass's end. */
  longestTaskMs: number;
  annotateLongestTaskMs: number;
  anchorLongestTaskMs: number;
  /**
   * The Long Tasks API's longest entry once the pings ran (a cross-check: a probe gap can also be a
   * script slice and the rendering update right after it, two tasks back to back).
   */
  longTaskApiMs: number;
  annotatedMs: number;
  windowMs: number;
  probe: PhasedProbe;
}

export function measured(probe: PhasedProbe, windowMs: number): Measured {
  const annotate = probe.annotateMaxGap ?? 0;
  const from = probe.pingsFrom ?? 0;
  return {
    longestTaskMs: Math.max(annotate, probe.maxGap),
    annotateLongestTaskMs: annotate,
    anchorLongestTaskMs: probe.maxGap,
    longTaskApiMs: Math.max(0, ...probe.longTasks.filter(([at]) => at >= from).map(([, d]) => d)),
    annotatedMs: probe.allHighlightedAt! - probe.loadAt!,
    windowMs,
    probe,
  };
}

/** `--verbose`: what went over 50 ms, each gap labelled with its phase. */
export function describeLong(label: string, probe: PhasedProbe, log: (s: string) => void): void {
  const split = probe.annotatedGaps ?? probe.gaps.length;
  log(
    `  ${label} gaps > 50 ms, first pass [start after load, ms]: ${JSON.stringify(probe.gaps.slice(0, split))}`,
  );
  log(`  ${label} gaps > 50 ms, after it: ${JSON.stringify(probe.gaps.slice(split))}`);
  log(`  ${label} Long Tasks API [start after load, ms]: ${JSON.stringify(probe.longTasks)}`);
  for (const f of [...probe.longFrames].sort((a, b) => b.duration - a.duration).slice(0, 4))
    log(`  ${label} long animation frame ${JSON.stringify(f)}`);
}
