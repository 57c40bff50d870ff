/**
 * Following the page after the first pass: one MutationObserver (on the document and on every open
 * shadow root the walks enter), its records batched per animation frame, and only what changed read
 * again (lib/dom/mutations.ts says what); scrolling, resizing and layout changes move the paint window.
 */
import type { Mention } from '../match/types';
import type { AnnotatedBlock, FirstWindow } from './annotator-types';
import type { BlockIndex } from './block-index';
import { insertInOrder } from './block-order';
import { isInSkippedSubtree, walkBlocks, type TextBlock } from './collect-text';
import { readAgain } from './mutations';

/** What the observer watches, on the document and on every open shadow root the walks enter. */
const OBSERVED: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  // What the collector skips by attribute: a section shown later (hidden removed) is read then.
  attributes: true,
  attributeFilter: ['hidden', 'aria-hidden', 'contenteditable', 'slot'],
};

/** Under a mutation storm, the pause after a flush in multiples of its cost (≤ 1/(1+4) of the thread). */
const BACKOFF = 4;
/** Edits within this long after a flush are a storm: flushes are spaced this far apart then. */
const STORM_GAP_MS = 250;

/** The annotator's blocks in document order and whether the first pass is done, shared by reference. */
export interface AnnotatorState {
  ordered: AnnotatedBlock[];
  done: boolean;
}

export interface ChangeFollowerDeps {
  doc: Document;
  root: Node;
  signal: AbortSignal;
  state: AnnotatorState;
  index: BlockIndex;
  /** Unpaints and forgets a block. */
  drop: (entry: AnnotatedBlock) => void;
  /** Unpaints a block (it stays tracked). */
  unpaint: (entry: AnnotatedBlock) => void;
  repaint: () => void;
  report: () => void;
  /** AnnotatorDeps.firstWindow: while the page holds no matcher, changes are scanned there too. */
  firstWindow?: FirstWindow;
}

export function createChangeFollower(deps: ChangeFollowerDeps) {
  const { doc, root, signal, state, index, drop } = deps;
  const queue: MutationRecord[] = [];
  let frameRequested = false;
  let observer: MutationObserver | undefined;
  let pending: Promise<void> = Promise.resolve();
  let flushEnd = 0;
  let flushCost = 0;
  /**
   * Open shadow roots we read, each observed too: an observer on the document does not see inside
   * them, and components change their own shadow trees.
   */
  const shadowsSeen = new Set<ShadowRoot>();
  const watchShadow = (shadow: ShadowRoot) => {
    if (shadowsSeen.has(shadow)) return;
    shadowsSeen.add(shadow);
    observer?.observe(shadow, OBSERVED);
  };

  /** Drops the blocks `predicate` selects. */
  const dropWhere = (predicate: (e: AnnotatedBlock) => boolean) => {
    const keep: AnnotatedBlock[] = [];
    let dropped = 0;
    for (const e of state.ordered) {
      if (predicate(e)) {
        drop(e);
        dropped++;
      } else keep.push(e);
    }
    if (dropped) state.ordered = keep;
  };

  const connected = (e: AnnotatedBlock) =>
    e.block.nodes[0]!.isConnected && e.block.nodes[e.block.nodes.length - 1]!.isConnected;

  /**
   * A change's blocks scanned where the first pass was (issue 15): by the background, while the page
   * holds no matcher — a page whose text changes (a ticker, a carousel, a list that grows) keeps none,
   * up to `maxRemoteUnits` sent for its changes; past that, for a change too large for one request, or
   * when an answer fails, the matcher is loaded and the page scans its changes itself. Undefined: here.
   */
  let sentUnits = 0;
  async function scanElsewhere(
    fw: FirstWindow,
    blocks: TextBlock[],
  ): Promise<Mention[][] | undefined | null> {
    let units = 0;
    for (const b of blocks) units += b.text.length;
    if (blocks.length <= fw.maxTexts && units <= fw.maxUnits && (sentUnits += units) <= fw.maxRemoteUnits) {
      // An answer that failed, or a request that threw, is one the page scans itself.
      const found = await fw.scanMore(blocks.map((b) => b.text)).catch(() => null);
      if (found) return found;
    }
    return (await fw.ready()) ? undefined : null;
  }

  /**
   * One flush at a time: a change waiting for the background's answer is applied before the changes
   * that came meanwhile are read, so each is read against the blocks the one before it left.
   */
  let flushing: Promise<void> | undefined;
  function flush(): void | Promise<void> {
    frameRequested = false;
    // Changes during the first pass wait for it: they are applied to the finished block list.
    if (!state.done) return;
    if (flushing) return flushing.then(() => (signal.aborted ? undefined : flush()));
    const { rescan, whole, removed } = readAgain(queue.splice(0), root);
    if (removed) dropWhere((e) => !connected(e));
    // A node can be both (a paragraph moved and edited in one frame): walk it once.
    const roots = [...new Set([...rescan, ...whole])].filter((n) => n.isConnected);
    // What a whole walk covers needs no walk of its own; a rescan skips the blocks it tracks, so a
    // changed container inside a rescanned one is still read on its own.
    const outermost = roots.filter((n) => !roots.some((o) => o !== n && whole.has(o) && o.contains(n)));
    // Found through the maps, not by testing every tracked block: a 5 MB page tracks ~22,000, and a
    // page that appends a paragraph per second should not pay for all of them each time.
    const stale = new Set<AnnotatedBlock>();
    const dropNow = (entries: Iterable<AnnotatedBlock>) => {
      for (const e of [...entries]) {
        drop(e);
        stale.add(e);
      }
    };
    // Scanned here at once when the page holds a matcher; otherwise taken in with no mentions yet (so
    // that a rescan of a container around them skips them, as it skips the blocks it tracks), and
    // given theirs when the answer comes.
    const fw = deps.firstWindow;
    const elsewhere = fw && !fw.hasMatcher() ? fw : undefined;
    const fresh: AnnotatedBlock[] = [];
    const take = (blocks: Iterable<TextBlock>) => {
      for (const b of blocks) fresh.push(index.annotate(b, elsewhere ? [] : undefined));
    };
    for (const n of outermost) {
      if (whole.has(n)) {
        // Read whole (mutations.ts says when): whatever we had under it goes, then it is walked.
        dropNow(index.entriesUnder(n));
        // Unless it is (now) hidden, editable … itself or inside such an element.
        if (!isInSkippedSubtree(n, root)) take(walkBlocks(n, { onShadowRoot: watchShadow }));
      } else {
        // Changed text in a container: re-read its own text, not the blocks nested in it we still track.
        dropNow(index.inContainer(n));
        take(walkBlocks(n, { skip: index.tracked, onShadowRoot: watchShadow }));
      }
    }
    if (stale.size > 0) state.ordered = state.ordered.filter((e) => !stale.has(e));
    const added = fresh.filter((e) => !stale.has(e));
    // Placed now, while the list matches the page: the page may move or remove blocks before an answer
    // from elsewhere comes, and a bisection over a list out of step with the page misplaces a block for
    // good (a CI run found one that sat last).
    if (added.length > 0) state.ordered = insertInOrder(state.ordered, added);
    if (removed || stale.size > 0 || added.length > 0) {
      deps.repaint();
      deps.report();
    }
    if (!elsewhere || added.length === 0) return;
    const blocks = added.map((e) => e.block);
    return (flushing = scanElsewhere(elsewhere, blocks)
      .catch(() => null) // the matcher's load threw: as if the extension stopped here
      .then((found) => {
        flushing = undefined;
        if (found === null || signal.aborted) return;
        added.forEach((e, k) => {
          // Painted while its mentions were on their way (no ranges then): painted again with them.
          deps.unpaint(e);
          index.scanned(e, found ? (found[k] ?? []) : undefined);
        });
        deps.repaint();
        deps.report();
      }));
  }

  function observe(): void {
    const view = doc.defaultView;
    if (!view) return;
    observer = new view.MutationObserver((records) => {
      queue.push(...records);
      if (frameRequested) return;
      frameRequested = true;
      pending = new Promise<void>((resolve) => {
        const run = () =>
          view.requestAnimationFrame(() => {
            const t0 = view.performance.now();
            const later = signal.aborted ? undefined : flush();
            flushEnd = view.performance.now();
            flushCost = flushEnd - t0;
            if (later) void later.then(resolve, resolve);
            else resolve();
          });
        // Backs off under a mutation storm (issue 14): edits that follow the last flush closely wait
        // until STORM_GAP_MS after it (and BACKOFF× its cost at least), so the page keeps most of its
        // main thread — painting changed highlights costs the renderer more than the flush itself
        // (profiled). A lone edit after a quiet spell waits a frame, as before.
        const sinceLast = view.performance.now() - flushEnd;
        const gap = sinceLast < STORM_GAP_MS ? STORM_GAP_MS : 0;
        const wait = Math.max(gap, BACKOFF * flushCost) - sinceLast;
        if (wait > 0) view.setTimeout(run, wait);
        else run();
      });
    });
    observer.observe(doc.documentElement, OBSERVED);
    for (const shadow of shadowsSeen) observer.observe(shadow, OBSERVED);
    signal.addEventListener('abort', () => observer?.disconnect(), { once: true });
    // Scrolling, resizing and the page's own layout changes move the paint window, once per frame at
    // most. The last: content that moves into view without a scroll (a tall banner collapsing, an
    // accordion opening by a class change) changes the document's size, which a ResizeObserver sees.
    let scrollFrame = 0;
    // A page script's synthetic scroll or resize event moved nothing (issue 14: trusted input only).
    const onMove = (e?: Event) => {
      if (scrollFrame || (e instanceof view.Event && !e.isTrusted)) return;
      scrollFrame = view.requestAnimationFrame(() => {
        scrollFrame = 0;
        deps.repaint();
      });
    };
    view.addEventListener('scroll', onMove, { passive: true, signal, capture: true });
    view.addEventListener('resize', onMove, { passive: true, signal });
    if (typeof view.ResizeObserver === 'function') {
      const sized = new view.ResizeObserver(() => onMove());
      sized.observe(doc.documentElement);
      signal.addEventListener('abort', () => sized.disconnect(), { once: true });
    }
  }

  return {
    observe,
    /** Applies the changes queued during the first pass (called once it is done). */
    flushQueued: () => {
      const later = queue.length > 0 ? flush() : undefined;
      if (later) pending = later;
    },
    watchShadow,
    /** Resolves when pending mutation work is done. */
    idle: () => pending,
    shadowRoots: () => {
      for (const shadow of shadowsSeen) if (!shadow.host.isConnected) shadowsSeen.delete(shadow);
      return [...shadowsSeen];
    },
  };
}
