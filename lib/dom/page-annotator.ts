/**
 * The page side of the data flow: blocks of page text → mentions → highlights, kept up to date as the
 * page changes. Work is done in slices of a few milliseconds (no main-thread task over 50 ms on a 5 MB
 * page) and the blocks in the viewport are scanned and painted before the rest.
 *
 * Every block is scanned, but only the blocks near the viewport are *painted*: Chromium rebuilds the
 * markers of every registered highlight range whenever the DOM, styles or any highlight change
 * (highlight_registry.cc), so 200,000 registered ranges cost ~1 s per frame on a 5 MB page, while a few
 * screens' worth cost nothing (bench/page.ts). Ranges are created when a block is painted and dropped
 * when it scrolls far away; counts, navigation and hit-testing work from the mentions themselves.
 *
 * Any change to the registered ranges also repaints the page — on a 5 MB page that frame alone takes
 * ~40 ms, whatever changed — so the painted window moves in steps, not per scroll frame: it is
 * extended only when the blocks within half a viewport of the screen are not all painted, and blocks
 * are unpainted only once they are twice the margin away. Scrolling a page costs one such frame per
 * viewport or so, not one per frame.
 */
import type { AnnotatedBlock, AnnotatorDeps, AnnotatorStats, PageAnnotator } from './annotator-types';
import { afterNextPaint } from './after-paint';
import { createBlockIndex } from './block-index';
import { scanFirstPass } from './first-pass-scan';
import { createChangeFollower, type AnnotatorState } from './follow-changes';
import { stepMentions } from './mention-steps';
import { createPaintWindow } from './paint-window';
import { createSlicer } from './sliced-work';
import { createTaskYield } from './task-yield';

// Where each concern lives: collect + schedule the first pass (first-pass-scan.ts, sliced-work.ts),
// which blocks are painted (paint-window.ts), the index of blocks and counts (block-index.ts), DOM
// changes and scrolling (follow-changes.ts, block-order.ts), Alt+Shift+N/P (mention-steps.ts).
export type {
  AnnotatedBlock,
  AnnotatorDeps,
  AnnotatorStats,
  FirstWindow,
  MentionRefInPage,
  PageAnnotator,
} from './annotator-types';
export { createTaskYield } from './task-yield';

export function createPageAnnotator(deps: AnnotatorDeps): PageAnnotator {
  const { doc, scan, highlighter, signal } = deps;
  const root = deps.root ?? doc.body ?? doc.documentElement;
  const state: AnnotatorState = { ordered: [], done: false };
  const index = createBlockIndex(doc, scan);
  const paints = createPaintWindow({
    doc,
    highlighter,
    StaticRange: deps.StaticRange,
    paintMargin: deps.paintMargin ?? 1.5,
  });
  const snapshot = (): AnnotatorStats => ({ ...index.counts(), done: state.done });
  const report = () => deps.onStats?.(snapshot());
  const repaint = () => {
    if (!signal.aborted) paints.repaint(state.ordered);
  };
  const drop = (entry: AnnotatedBlock) => {
    paints.unpaint(entry);
    index.forget(entry);
  };
  const changes = createChangeFollower({
    doc,
    root,
    signal,
    state,
    index,
    drop,
    unpaint: paints.unpaint,
    repaint,
    report,
    firstWindow: deps.firstWindow,
  });
  const slicer = (sliceMs: number) =>
    createSlicer({
      now: deps.now ?? (() => performance.now()),
      sliceMs,
      yieldToBrowser: deps.yieldToBrowser ?? createTaskYield(doc),
      signal,
      beforeYield: report,
    });
  const sliced = slicer(deps.sliceMs ?? 8);

  async function start(): Promise<void> {
    const entries = await scanFirstPass({
      root,
      scan,
      sliceUnits: deps.sliceUnits,
      sliced,
      // A page past the remote bound scans most of itself here: a frame's worth a slice (the 5 MB page's
      // pass ~5 % sooner than with 8 ms slices; its longest task stays a third of its own edit frame).
      slicedLong: slicer(deps.sliceMs ?? 16),
      index,
      paints,
      onShadowRoot: changes.watchShadow,
      report,
      firstWindow: deps.firstWindow,
      signal,
      painted: {
        done: () => doc.defaultView?.performance.getEntriesByType('paint').length !== 0,
        next: () => afterNextPaint(doc, signal),
        // Unless it opens at an anchor or restores a scroll position (a reload, back or forward).
        atTop: () =>
          !doc.location.hash &&
          (doc.defaultView?.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
            ?.type === 'navigate',
      },
    });
    if (!entries) return;
    state.ordered = entries;
    if (!signal.aborted) paints.repaint(entries, true);
    state.done = true;
    changes.flushQueued();
    report();
    deps.onDone?.(snapshot());
  }

  signal.addEventListener('abort', () => highlighter.destroy(), { once: true });

  return {
    start,
    observe: changes.observe,
    mentionAt: index.mentionAt,
    step: (direction, from, wrap, accept) =>
      stepMentions(state.ordered, () => paints.firstBelow(state.ordered, 0), direction, from, wrap, accept),
    rangeOf: (ref) =>
      ref.entry.ranges?.[ref.index] ?? paints.makeRange(ref.entry, ref.entry.mentions[ref.index]!),
    stats: snapshot,
    idle: changes.idle,
    blocks: () => state.ordered,
    repaint,
    shadowRoots: changes.shadowRoots,
  };
}
