/**
 * The page side of the data flow: blocks of page text → mentions → highlights, kept up to date as the
 * page changes. Work is done in slices of a few milliseconds (no main-thread task over 50 ms on a 5 MB
 * page) and the blocks in the viewport are painted before the rest is scanned. Everything the
 * annotator registers or observes is gone when its signal aborts.
 */
import type { Mention, MentionKind } from '../match/types';
import {
  blockContainerOf,
  isBlockElement,
  isInSkippedSubtree,
  locateInBlock,
  OWN_UI_TAGS,
  walkBlocks,
  type TextBlock,
} from './collect-text';
import type { Highlighter } from './highlighter';

export interface AnnotatedBlock {
  block: TextBlock;
  mentions: Mention[];
  ranges: StaticRange[];
}

export interface MentionRefInPage {
  entry: AnnotatedBlock;
  index: number;
}

export interface AnnotatorStats {
  mentions: number;
  byKind: Record<MentionKind, number>;
  /** Plan item → mentions that concern it. */
  byItem: Record<number, number>;
  /** Mention id → count, per kind, for the popup's summary. */
  byId: Record<string, number>;
  done: boolean;
}

export interface AnnotatorDeps {
  doc: Document;
  /** What to annotate; defaults to the body. */
  root?: Node;
  scan: (text: string) => Mention[];
  highlighter: Highlighter;
  StaticRange: typeof StaticRange;
  signal: AbortSignal;
  now?: () => number;
  /** Gives the browser a turn between slices. */
  yieldToBrowser?: () => Promise<void>;
  /** Length of one slice of work. */
  sliceMs?: number;
  onStats?: (stats: AnnotatorStats) => void;
}

export interface PageAnnotator {
  /** The first full pass: viewport first, then the rest, in slices. */
  start(): Promise<void>;
  /** Starts following DOM changes (one MutationObserver, batched per animation frame). */
  observe(): void;
  mentionAt(node: Node, offset: number): MentionRefInPage | null;
  /** The next / previous mention in document order, from `from` (or from the viewport top). */
  step(direction: 1 | -1, from: MentionRefInPage | null): MentionRefInPage | null;
  rangeOf(ref: MentionRefInPage): StaticRange | undefined;
  stats(): AnnotatorStats;
  /** Resolves when pending mutation work is done (tests and benchmarks wait on it). */
  idle(): Promise<void>;
  blocks(): readonly AnnotatedBlock[];
}

function defaultYield(doc: Document): () => Promise<void> {
  const view = doc.defaultView as (Window & { scheduler?: { yield?: () => Promise<void> } }) | null;
  if (view?.scheduler?.yield) return () => view.scheduler!.yield!();
  return () => new Promise((resolve) => setTimeout(resolve, 0));
}

/** Document order of two blocks (by their first text node). */
function compareBlocks(a: AnnotatedBlock, b: AnnotatedBlock): number {
  if (a === b) return 0;
  const pos = a.block.nodes[0]!.compareDocumentPosition(b.block.nodes[0]!);
  // 4 = FOLLOWING: b after a.
  return pos & 4 ? -1 : pos & 2 ? 1 : 0;
}

export function createPageAnnotator(deps: AnnotatorDeps): PageAnnotator {
  const { doc, scan, highlighter, signal } = deps;
  const root = deps.root ?? doc.body ?? doc.documentElement;
  const now = deps.now ?? (() => performance.now());
  const yieldToBrowser = deps.yieldToBrowser ?? defaultYield(doc);
  const sliceMs = deps.sliceMs ?? 8;

  let ordered: AnnotatedBlock[] = [];
  const byNode = new Map<Text, AnnotatedBlock>();
  const byContainer = new Map<Node, Set<AnnotatedBlock>>();
  const stats: AnnotatorStats = {
    mentions: 0,
    byKind: { topic: 0, agency: 0, standard: 0 },
    byItem: {},
    byId: {},
    done: false,
  };
  let pending: Promise<void> = Promise.resolve();

  const count = (m: Mention, sign: 1 | -1) => {
    stats.mentions += sign;
    stats.byKind[m.kind] += sign;
    for (const item of m.items) stats.byItem[item] = (stats.byItem[item] ?? 0) + sign;
    const key = `${m.kind}:${m.id}`;
    stats.byId[key] = (stats.byId[key] ?? 0) + sign;
  };

  /** Scans a block and paints its mentions. */
  const annotate = (block: TextBlock): AnnotatedBlock => {
    const mentions = scan(block.text);
    const ranges = mentions.map((m) => {
      const start = locateInBlock(block, m.start);
      const end = locateInBlock(block, m.end, true);
      const range = new deps.StaticRange({
        startContainer: start.node,
        startOffset: start.offset,
        endContainer: end.node,
        endOffset: end.offset,
      });
      highlighter.add(m.kind, range);
      count(m, 1);
      return range;
    });
    const entry: AnnotatedBlock = { block, mentions, ranges };
    for (const node of block.nodes) byNode.set(node, entry);
    let set = byContainer.get(block.container);
    if (!set) byContainer.set(block.container, (set = new Set()));
    set.add(entry);
    return entry;
  };

  const drop = (entry: AnnotatedBlock) => {
    entry.mentions.forEach((m, i) => {
      highlighter.delete(m.kind, entry.ranges[i]!);
      count(m, -1);
    });
    for (const node of entry.block.nodes) if (byNode.get(node) === entry) byNode.delete(node);
    byContainer.get(entry.block.container)?.delete(entry);
  };

  const report = () => deps.onStats?.({ ...stats, byKind: { ...stats.byKind } });

  /** Runs `work` over `items` in slices, yielding to the browser between slices. */
  async function sliced<T>(items: Iterable<T>, work: (item: T) => void): Promise<boolean> {
    let t0 = now();
    for (const item of items) {
      if (signal.aborted) return false;
      work(item);
      if (now() - t0 >= sliceMs) {
        report();
        await yieldToBrowser();
        t0 = now();
      }
    }
    return !signal.aborted;
  }

  /** Index of the first block whose text is at or below the viewport top (blocks in document order). */
  const firstVisibleIndex = (blocks: readonly TextBlock[]): number => {
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const el = blocks[mid]!.nodes[0]!.parentElement;
      const bottom = el ? el.getBoundingClientRect().bottom : 0;
      if (bottom < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const viewportHeight = () => doc.defaultView?.innerHeight ?? 800;

  async function start(): Promise<void> {
    const blocks: TextBlock[] = [];
    if (!(await sliced(walkBlocks(root), (b) => blocks.push(b)))) return;
    // Viewport first: from the first visible block while blocks start inside the viewport.
    const first = firstVisibleIndex(blocks);
    let last = first;
    const height = viewportHeight();
    while (last < blocks.length) {
      const el = blocks[last]!.nodes[0]!.parentElement;
      if (el && el.getBoundingClientRect().top > height) break;
      last++;
    }
    const entries: AnnotatedBlock[] = new Array(blocks.length);
    const order = [
      ...Array.from({ length: last - first }, (_, i) => first + i),
      ...Array.from({ length: blocks.length - last }, (_, i) => last + i),
      ...Array.from({ length: first }, (_, i) => i),
    ];
    if (!(await sliced(order, (i) => (entries[i] = annotate(blocks[i]!))))) return;
    ordered = entries;
    stats.done = true;
    report();
  }

  // ---- following DOM changes -------------------------------------------------------------------

  const isOwnUi = (n: Node) => n.nodeType === 1 && OWN_UI_TAGS.has((n as Element).tagName.toUpperCase());
  const queue: MutationRecord[] = [];
  let frameRequested = false;

  const tracked = (el: Element) => {
    const set = byContainer.get(el);
    return !!set && set.size > 0;
  };

  /** Drops the blocks `predicate` selects, returns how many. */
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

  const connected = (e: AnnotatedBlock) =>
    e.block.nodes[0]!.isConnected && e.block.nodes[e.block.nodes.length - 1]!.isConnected;

  function flush(): void {
    frameRequested = false;
    const records = queue.splice(0);
    const rescan = new Set<Node>();
    const added = new Set<Node>();
    let removed = false;
    for (const r of records) {
      if (r.type === 'characterData') {
        if (!isInSkippedSubtree(r.target, root)) rescan.add(blockContainerOf(r.target, root));
        continue;
      }
      const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
      if (nodes.every(isOwnUi) || isInSkippedSubtree(r.target, root) || !root.contains(r.target)) continue;
      if (r.removedNodes.length > 0) removed = true;
      for (const n of Array.from(r.addedNodes)) {
        if (n.nodeType === 1 && isBlockElement(n as Element)) added.add(n);
        else if (!isOwnUi(n)) rescan.add(blockContainerOf(r.target, root));
      }
      for (const n of Array.from(r.removedNodes)) {
        if (!(n.nodeType === 1 && isBlockElement(n as Element))) rescan.add(blockContainerOf(r.target, root));
      }
    }
    if (removed) dropWhere((e) => !connected(e));
    const roots = [...rescan, ...added].filter((n) => n.isConnected);
    const outermost = roots.filter((n) => !roots.some((o) => o !== n && o.contains(n)));
    const fresh: AnnotatedBlock[] = [];
    for (const n of outermost) {
      if (added.has(n) && !rescan.has(n)) {
        // A new (or moved) block subtree: whatever we had under it goes, then it is walked whole.
        dropWhere((e) => n.contains(e.block.container));
        for (const b of walkBlocks(n)) fresh.push(annotate(b));
      } else {
        // Changed text in a container: re-read its own text, not the blocks nested in it we still track.
        dropWhere((e) => e.block.container === n);
        for (const b of walkBlocks(n, { skip: tracked })) fresh.push(annotate(b));
      }
    }
    if (fresh.length > 0) {
      fresh.sort(compareBlocks);
      const merged: AnnotatedBlock[] = [];
      let i = 0;
      for (const e of ordered) {
        while (i < fresh.length && compareBlocks(fresh[i]!, e) < 0) merged.push(fresh[i++]!);
        merged.push(e);
      }
      while (i < fresh.length) merged.push(fresh[i++]!);
      ordered = merged;
    }
    report();
  }

  function observe(): void {
    const view = doc.defaultView;
    if (!view) return;
    const observer = new view.MutationObserver((records) => {
      queue.push(...records);
      if (frameRequested) return;
      frameRequested = true;
      pending = new Promise<void>((resolve) => {
        view.requestAnimationFrame(() => {
          if (!signal.aborted) flush();
          resolve();
        });
      });
    });
    observer.observe(doc.documentElement, { subtree: true, childList: true, characterData: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }

  function mentionAt(node: Node, offset: number): MentionRefInPage | null {
    const entry = byNode.get(node as Text);
    if (!entry) return null;
    const at = entry.block.starts[entry.block.nodes.indexOf(node as Text)]! + offset;
    const index = entry.mentions.findIndex((m) => m.start <= at && at < m.end);
    return index < 0 ? null : { entry, index };
  }

  function step(direction: 1 | -1, from: MentionRefInPage | null): MentionRefInPage | null {
    let blockIndex: number;
    let index: number;
    if (from && ordered.includes(from.entry)) {
      blockIndex = ordered.indexOf(from.entry);
      index = from.index + direction;
    } else {
      blockIndex = firstVisibleIndex(ordered.map((e) => e.block));
      if (direction < 0) blockIndex--;
      index = direction > 0 ? 0 : Number.MAX_SAFE_INTEGER;
    }
    while (blockIndex >= 0 && blockIndex < ordered.length) {
      const entry = ordered[blockIndex]!;
      if (index === Number.MAX_SAFE_INTEGER) index = entry.mentions.length - 1;
      if (index >= 0 && index < entry.mentions.length) return { entry, index };
      blockIndex += direction;
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
    rangeOf: (ref) => ref.entry.ranges[ref.index],
    stats: () => ({ ...stats, byKind: { ...stats.byKind } }),
    idle: () => pending,
    blocks: () => ordered,
  };
}
