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
import { createMentionTally } from '../page-summary/mention-tally';
import { blockCuts, scanSlice } from '../match/scan-blocks';
import type { Mention, MentionKind } from '../match/types';
import {
  compareInWalkOrder,
  isInSkippedSubtree,
  locateInBlock,
  walkBlocks,
  type TextBlock,
} from './collect-text';
import type { Highlighter } from './highlighter';
import { readAgain } from './mutations';

export interface AnnotatedBlock {
  block: TextBlock;
  mentions: Mention[];
  /** The painted ranges, one per mention; null while the block is not painted. */
  ranges: StaticRange[] | null;
}

export interface MentionRefInPage {
  entry: AnnotatedBlock;
  index: number;
}

export interface AnnotatorStats {
  mentions: number;
  byKind: Record<MentionKind, number>;
  /** Plan item → topic and standard mentions that concern it (lib/page-summary/mention-tally). */
  byItem: Record<number, number>;
  /** Plan item → its share of those mentions. */
  itemWeight: Record<number, number>;
  /** Agency id → mentions (agencies are not counted for items). */
  byAgency: Record<string, number>;
  done: boolean;
}

export interface AnnotatorDeps {
  doc: Document;
  /** What to annotate; defaults to the body. */
  root?: Node;
  scan: (text: string) => Mention[];
  /**
   * On the first pass, a block longer than this is scanned in slices, with a turn for the browser
   * between them (lib/match/scan-blocks.ts `blockCuts`; default SLICE_UNITS).
   */
  sliceUnits?: number;
  highlighter: Highlighter;
  StaticRange: typeof StaticRange;
  signal: AbortSignal;
  now?: () => number;
  /** Gives the browser (and the page's own tasks) a turn between slices. */
  yieldToBrowser?: () => Promise<void>;
  /** Length of one slice of work. */
  sliceMs?: number;
  /**
   * How far beyond the viewport blocks are painted, in viewport heights, above and below; they stay
   * painted until twice as far.
   */
  paintMargin?: number;
  onStats?: (stats: AnnotatorStats) => void;
  /** Called once the first full pass is done (benchmarks mark it). */
  onDone?: (stats: AnnotatorStats) => void;
}

export interface PageAnnotator {
  /** The first full pass: viewport first, then the rest, in slices. */
  start(): Promise<void>;
  /** Starts following DOM changes (one MutationObserver, batched per animation frame) and scrolling. */
  observe(): void;
  mentionAt(node: Node, offset: number): MentionRefInPage | null;
  /**
   * The next / previous mention in document order, from `from` (or from the viewport top); with
   * `wrap`, past the last one comes the first (and before the first, the last). Mentions `accept`
   * refuses (kinds switched off, hidden highlights) are passed over.
   */
  step(
    direction: 1 | -1,
    from: MentionRefInPage | null,
    wrap?: boolean,
    accept?: (mention: Mention) => boolean,
  ): MentionRefInPage | null;
  /** The mention's range (made on demand when its block is not painted). */
  rangeOf(ref: MentionRefInPage): StaticRange;
  stats(): AnnotatorStats;
  /** Resolves when pending mutation work is done (tests and benchmarks wait on it). */
  idle(): Promise<void>;
  blocks(): readonly AnnotatedBlock[];
  /** Re-decides which blocks are painted (after a scroll or a layout change). */
  repaint(): void;
  /** The open shadow roots whose text was read (for the caret API, which stops at hosts otherwise). */
  shadowRoots(): readonly ShadowRoot[];
}

/**
 * A macrotask turn (MessageChannel: unclamped, unlike nested setTimeout). Not `scheduler.yield()`,
 * whose continuations run ahead of the page's own tasks and would starve them for the whole pass.
 */
export function createTaskYield(doc: Document): () => Promise<void> {
  const view = doc.defaultView;
  if (!view) return () => Promise.resolve();
  const channel = new view.MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(0);
    });
}

/** Under a mutation storm, the pause after a flush in multiples of its cost (≤ 1/(1+4) of the thread). */
const BACKOFF = 4;
/** Edits within this long after a flush are a storm: flushes are spaced this far apart then. */
const STORM_GAP_MS = 250;

/** What the observer watches, on the document and on every open shadow root the walks enter. */
const OBSERVED: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  // What the collector skips by attribute: a section shown later (hidden removed) is read then.
  attributes: true,
  attributeFilter: ['hidden', 'aria-hidden', 'contenteditable', 'slot'],
};

/**
 * `fresh` merged into `ordered` (both in document order after sorting `fresh`): each new block's place
 * is found by bisection — a few `compareDocumentPosition` calls each rather than one per tracked block.
 */
function insertInOrder(ordered: AnnotatedBlock[], fresh: AnnotatedBlock[]): AnnotatedBlock[] {
  fresh.sort(compareBlocks);
  const merged: AnnotatedBlock[] = [];
  let from = 0;
  for (const f of fresh) {
    let lo = from;
    let hi = ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareBlocks(ordered[mid]!, f) < 0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = from; i < lo; i++) merged.push(ordered[i]!);
    merged.push(f);
    from = lo;
  }
  for (let i = from; i < ordered.length; i++) merged.push(ordered[i]!);
  return merged;
}

/** Order of two blocks on the page (by their first text node; shadow content where its host is). */
function compareBlocks(a: AnnotatedBlock, b: AnnotatedBlock): number {
  return a === b ? 0 : compareInWalkOrder(a.block.nodes[0]!, b.block.nodes[0]!);
}

export function createPageAnnotator(deps: AnnotatorDeps): PageAnnotator {
  const { doc, scan, highlighter, signal } = deps;
  const root = deps.root ?? doc.body ?? doc.documentElement;
  const now = deps.now ?? (() => performance.now());
  const yieldToBrowser = deps.yieldToBrowser ?? createTaskYield(doc);
  const sliceMs = deps.sliceMs ?? 8;
  const paintMargin = deps.paintMargin ?? 1.5;

  /** Scanned blocks in document order (complete once the first pass is done). */
  let ordered: AnnotatedBlock[] = [];
  const byNode = new Map<Text, AnnotatedBlock>();
  const byContainer = new Map<Node, Set<AnnotatedBlock>>();
  const painted = new Set<AnnotatedBlock>();
  const stats = { done: false };
  // Counts per kind, item and agency (issue 10: items from topic and standard mentions only).
  const tally = createMentionTally();
  let pending: Promise<void> = Promise.resolve();

  const count = (m: Mention, sign: 1 | -1) => tally.add(m, sign);
  const snapshot = (): AnnotatorStats => ({ ...tally.snapshot(), done: stats.done });
  const report = () => deps.onStats?.(snapshot());

  const makeRange = (entry: AnnotatedBlock, m: Mention): StaticRange => {
    const start = locateInBlock(entry.block, m.start);
    const end = locateInBlock(entry.block, m.end, true);
    return new deps.StaticRange({
      startContainer: start.node,
      startOffset: start.offset,
      endContainer: end.node,
      endOffset: end.offset,
    });
  };

  const paint = (entry: AnnotatedBlock) => {
    if (entry.ranges) return;
    entry.ranges = entry.mentions.map((m) => {
      const range = makeRange(entry, m);
      highlighter.add(m.kind, range);
      return range;
    });
    painted.add(entry);
  };

  const unpaint = (entry: AnnotatedBlock) => {
    if (!entry.ranges) return;
    entry.mentions.forEach((m, i) => highlighter.delete(m.kind, entry.ranges![i]!));
    entry.ranges = null;
    painted.delete(entry);
  };

  /**
   * Takes a block in, scanned (does not paint it). The mutation path scans a block whole: the page's
   * own additions are small, and a slice reads as its block's rest would (scan-blocks.ts).
   */
  const annotate = (block: TextBlock, mentions = scan(block.text)): AnnotatedBlock => {
    const entry: AnnotatedBlock = { block, mentions, ranges: null };
    for (const m of entry.mentions) count(m, 1);
    for (const node of block.nodes) byNode.set(node, entry);
    let set = byContainer.get(block.container);
    if (!set) byContainer.set(block.container, (set = new Set()));
    set.add(entry);
    return entry;
  };

  const drop = (entry: AnnotatedBlock) => {
    unpaint(entry);
    for (const m of entry.mentions) count(m, -1);
    for (const node of entry.block.nodes) if (byNode.get(node) === entry) byNode.delete(node);
    byContainer.get(entry.block.container)?.delete(entry);
  };

  /**
   * Runs `work` over `items` in slices, yielding to the browser between slices — between items, and
   * between the steps of one item's work.
   */
  async function sliced<T>(items: Iterable<T>, work: (item: T) => Iterable<unknown>): Promise<boolean> {
    let t0 = now();
    for (const item of items) {
      for (const _ of work(item)) {
        if (now() - t0 >= sliceMs) {
          report();
          await yieldToBrowser();
          t0 = now();
        }
        if (signal.aborted) return false;
      }
    }
    return !signal.aborted;
  }

  const viewportHeight = () => doc.defaultView?.innerHeight ?? 800;
  const rectOf = (b: TextBlock) => b.nodes[0]!.parentElement?.getBoundingClientRect();

  /** First index whose block ends below `y` (blocks in document order run down the page). */
  // Over raw blocks (first pass) or annotated ones, without copying either: repaint runs every
  // scroll frame, and a 5 MB page has ~50,000 blocks.
  const blockOf = (item: TextBlock | AnnotatedBlock): TextBlock => ('block' in item ? item.block : item);
  const firstBelow = (blocks: readonly (TextBlock | AnnotatedBlock)[], y: number): number => {
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((rectOf(blockOf(blocks[mid]!))?.bottom ?? 0) < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** First index whose block starts below `y`. */
  const firstStartingBelow = (
    blocks: readonly (TextBlock | AnnotatedBlock)[],
    y: number,
    from: number,
  ): number => {
    let lo = from;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((rectOf(blockOf(blocks[mid]!))?.top ?? 0) <= y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  /** The blocks from `top` to `bottom` (px from the viewport top), as an index range of `blocks`. */
  const windowOf = (
    blocks: readonly (TextBlock | AnnotatedBlock)[],
    top: number,
    bottom: number,
  ): [number, number] => {
    const lo = firstBelow(blocks, top);
    return [lo, firstStartingBelow(blocks, bottom, lo)];
  };

  /**
   * Paints the scanned blocks near the viewport and unpaints the ones that went far away — only when
   * the blocks within half a viewport of the screen are not all painted (see the top of this file).
   */
  function repaint(): void {
    if (signal.aborted || ordered.length === 0) return;
    const h = viewportHeight();
    const slack = Math.min(0.5, paintMargin) * h;
    const [needLo, needHi] = windowOf(ordered, -slack, h + slack);
    let covered = true;
    for (let i = needLo; i < needHi && covered; i++) covered = ordered[i]!.ranges !== null;
    if (covered) return;
    const [lo, hi] = windowOf(ordered, -paintMargin * h, h + paintMargin * h);
    const [keepLo, keepHi] = windowOf(ordered, -2 * paintMargin * h, h + 2 * paintMargin * h);
    const keep = new Set(ordered.slice(keepLo, keepHi));
    for (const entry of [...painted]) if (!keep.has(entry)) unpaint(entry);
    for (let i = lo; i < hi; i++) paint(ordered[i]!);
  }

  async function start(): Promise<void> {
    const blocks: TextBlock[] = [];
    if (!(await sliced(walkBlocks(root, { onShadowRoot: watchShadow }), (b) => [blocks.push(b)]))) return;
    // Viewport first: scan and paint what the reader sees, then scan the rest in the background.
    // The paint window (viewport ± margin) is scanned and painted in one step: every change to the
    // registered highlights costs a frame that re-validates them, so there is one such frame, not two.
    const h = viewportHeight();
    const [first, last] = windowOf(blocks, -paintMargin * h, h + paintMargin * h);
    const entries: AnnotatedBlock[] = new Array(blocks.length);
    const visible = Array.from({ length: last - first }, (_, i) => first + i);
    // A block a slice per step (issue 13: a 400k-unit paragraph was one long task), cut where no
    // mention runs across (lib/match/scan-blocks.ts).
    const scanInto = function* (i: number) {
      const { text } = blocks[i]!;
      const cuts = blockCuts(text, deps.sliceUnits);
      const mentions: Mention[] = [];
      for (let k = 1; k < cuts.length; k++) {
        for (const m of scanSlice(text, cuts[k - 1]!, cuts[k]!, scan)) mentions.push(m);
        yield;
      }
      entries[i] = annotate(blocks[i]!, mentions);
    };
    if (!(await sliced(visible, scanInto))) return;
    for (const i of visible) paint(entries[i]!);
    report();
    const rest = [
      ...Array.from({ length: blocks.length - last }, (_, i) => last + i),
      ...Array.from({ length: first }, (_, i) => i),
    ];
    if (!(await sliced(rest, scanInto))) return;
    ordered = entries;
    repaint();
    stats.done = true;
    if (queue.length > 0) flush();
    report();
    deps.onDone?.(snapshot());
  }

  // ---- following DOM changes and scrolling ------------------------------------------------------

  const queue: MutationRecord[] = [];
  let frameRequested = false;
  let observer: MutationObserver | undefined;
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

  /**
   * Whether a rescan may skip `el`: it holds blocks we track — as their container, or as the host of a
   * shadow tree whose text we read (a rescan of the text around a web component leaves it alone).
   */
  const tracked = (el: Element) => {
    const set = byContainer.get(el);
    if (set && set.size > 0) return true;
    return !!el.shadowRoot && entriesUnder(el.shadowRoot).size > 0;
  };

  /** Drops the blocks `predicate` selects. */
  const dropWhere = (predicate: (e: AnnotatedBlock) => boolean) => {
    const keep: AnnotatedBlock[] = [];
    let dropped = 0;
    for (const e of ordered) {
      if (predicate(e)) {
        drop(e);
        dropped++;
      } else keep.push(e);
    }
    if (dropped) ordered = keep;
  };

  /** The tracked blocks with text under `n`, open shadow trees included. */
  const entriesUnder = (n: Node): Set<AnnotatedBlock> => {
    const found = new Set<AnnotatedBlock>();
    const visit = (top: Node) => {
      const walker = doc.createTreeWalker(top, 1 | 4 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
      for (let t: Node | null = top; t; t = walker.nextNode()) {
        if (t.nodeType === 3) {
          const entry = byNode.get(t as Text);
          if (entry) found.add(entry);
        } else if (t.nodeType === 1 && (t as Element).shadowRoot) visit((t as Element).shadowRoot!);
      }
    };
    visit(n);
    return found;
  };

  const connected = (e: AnnotatedBlock) =>
    e.block.nodes[0]!.isConnected && e.block.nodes[e.block.nodes.length - 1]!.isConnected;

  function flush(): void {
    frameRequested = false;
    // Changes during the first pass wait for it: they are applied to the finished block list.
    if (!stats.done) return;
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
    const fresh: AnnotatedBlock[] = [];
    for (const n of outermost) {
      if (whole.has(n)) {
        // Read whole (mutations.ts says when): whatever we had under it goes, then it is walked.
        dropNow(entriesUnder(n));
        // Unless it is (now) hidden, editable … itself or inside such an element.
        if (!isInSkippedSubtree(n, root))
          for (const b of walkBlocks(n, { onShadowRoot: watchShadow })) fresh.push(annotate(b));
      } else {
        // Changed text in a container: re-read its own text, not the blocks nested in it we still track.
        dropNow(byContainer.get(n) ?? []);
        for (const b of walkBlocks(n, { skip: tracked, onShadowRoot: watchShadow })) fresh.push(annotate(b));
      }
    }
    if (stale.size > 0) ordered = ordered.filter((e) => !stale.has(e));
    if (fresh.length > 0)
      ordered = insertInOrder(
        ordered,
        fresh.filter((e) => !stale.has(e)),
      );
    if (removed || stale.size > 0 || fresh.length > 0) {
      repaint();
      report();
    }
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
            if (!signal.aborted) flush();
            flushEnd = view.performance.now();
            flushCost = flushEnd - t0;
            resolve();
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
    const onMove = () => {
      if (scrollFrame) return;
      scrollFrame = view.requestAnimationFrame(() => {
        scrollFrame = 0;
        repaint();
      });
    };
    view.addEventListener('scroll', onMove, { passive: true, signal, capture: true });
    view.addEventListener('resize', onMove, { passive: true, signal });
    if (typeof view.ResizeObserver === 'function') {
      const sized = new view.ResizeObserver(onMove);
      sized.observe(doc.documentElement);
      signal.addEventListener('abort', () => sized.disconnect(), { once: true });
    }
  }

  function mentionAt(node: Node, offset: number): MentionRefInPage | null {
    const entry = byNode.get(node as Text);
    if (!entry) return null;
    const at = entry.block.starts[entry.block.nodes.indexOf(node as Text)]! + offset;
    const index = entry.mentions.findIndex((m) => m.start <= at && at < m.end);
    return index < 0 ? null : { entry, index };
  }

  function step(
    direction: 1 | -1,
    from: MentionRefInPage | null,
    wrap = false,
    accept: (mention: Mention) => boolean = () => true,
  ): MentionRefInPage | null {
    let blockIndex = from ? ordered.indexOf(from.entry) : -1;
    let index: number;
    if (blockIndex >= 0) {
      index = from!.index + direction;
    } else {
      blockIndex = firstBelow(ordered, 0);
      if (direction < 0) blockIndex--;
      index = direction > 0 ? 0 : Number.MAX_SAFE_INTEGER;
    }
    for (let pass = wrap ? 2 : 1; pass > 0; pass--) {
      while (blockIndex >= 0 && blockIndex < ordered.length) {
        const entry = ordered[blockIndex]!;
        if (index === Number.MAX_SAFE_INTEGER) index = entry.mentions.length - 1;
        for (; index >= 0 && index < entry.mentions.length; index += direction) {
          if (accept(entry.mentions[index]!)) return { entry, index };
        }
        blockIndex += direction;
        index = direction > 0 ? 0 : Number.MAX_SAFE_INTEGER;
      }
      // Past the end: on from the other end, as find-in-page does.
      blockIndex = direction > 0 ? 0 : ordered.length - 1;
      index = direction > 0 ? 0 : Number.MAX_SAFE_INTEGER;
    }
    return null;
  }

  signal.addEventListener('abort', () => highlighter.destroy(), { once: true });

  return {
    start,
    observe,
    mentionAt,
    step,
    rangeOf: (ref) => ref.entry.ranges?.[ref.index] ?? makeRange(ref.entry, ref.entry.mentions[ref.index]!),
    stats: snapshot,
    idle: () => pending,
    blocks: () => ordered,
    repaint,
    shadowRoots: () => {
      for (const shadow of shadowsSeen) if (!shadow.host.isConnected) shadowsSeen.delete(shadow);
      return [...shadowsSeen];
    },
  };
}
