/**
 * Which scanned blocks are painted (lib/dom/page-annotator.ts explains why only some): the blocks near
 * the viewport get highlight ranges, the ones that scrolled far away lose them. The window moves in
 * steps — extended only when the blocks within half a viewport of the screen are not all painted,
 * blocks unpainted only once they are twice the margin away — since any change to the registered
 * ranges costs the page a frame.
 */
import type { Mention } from '../match/types';
import type { AnnotatedBlock } from './annotator-types';
import { locateInBlock, type TextBlock } from './collect-text';
import type { Highlighter } from './highlighter';

type Blocks = readonly (TextBlock | AnnotatedBlock)[];

export interface PaintWindowDeps {
  doc: Document;
  highlighter: Highlighter;
  StaticRange: typeof StaticRange;
  /** How far beyond the viewport blocks are painted, in viewport heights (see AnnotatorDeps). */
  paintMargin: number;
}

export function createPaintWindow(deps: PaintWindowDeps) {
  const { doc, highlighter, paintMargin } = deps;
  const painted = new Set<AnnotatedBlock>();

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

  const viewportHeight = () => doc.defaultView?.innerHeight ?? 800;
  const rectOf = (b: TextBlock) => b.nodes[0]!.parentElement?.getBoundingClientRect();

  /** First index whose block ends below `y` (blocks in document order run down the page). */
  // Over raw blocks (first pass) or annotated ones, without copying either: repaint runs every
  // scroll frame, and a 5 MB page has ~50,000 blocks.
  const blockOf = (item: TextBlock | AnnotatedBlock): TextBlock => ('block' in item ? item.block : item);
  const firstBelow = (blocks: Blocks, y: number): number => {
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
  const firstStartingBelow = (blocks: Blocks, y: number, from: number): number => {
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
  const windowOf = (blocks: Blocks, top: number, bottom: number): [number, number] => {
    const lo = firstBelow(blocks, top);
    return [lo, firstStartingBelow(blocks, bottom, lo)];
  };

  /** The paint window of `blocks` (viewport ± margin) as an index range. */
  const paintWindowOf = (blocks: Blocks): [number, number] => {
    const h = viewportHeight();
    return windowOf(blocks, -paintMargin * h, h + paintMargin * h);
  };

  /**
   * Paints the scanned blocks near the viewport and unpaints the ones that went far away — only when
   * the blocks within half a viewport of the screen are not all painted, or (`trim`: the end of the
   * first pass, whose first window may have been a page's top before it showed — lib/dom/first-pass-scan)
   * when some painted block is far away.
   */
  function repaint(ordered: readonly AnnotatedBlock[], trim = false): void {
    if (ordered.length === 0) return;
    const h = viewportHeight();
    const slack = Math.min(0.5, paintMargin) * h;
    const [needLo, needHi] = windowOf(ordered, -slack, h + slack);
    let covered = true;
    for (let i = needLo; i < needHi && covered; i++) covered = ordered[i]!.ranges !== null;
    if (covered && !trim) return;
    const [lo, hi] = paintWindowOf(ordered);
    const [keepLo, keepHi] = windowOf(ordered, -2 * paintMargin * h, h + 2 * paintMargin * h);
    const keep = new Set(ordered.slice(keepLo, keepHi));
    for (const entry of [...painted]) if (!keep.has(entry)) unpaint(entry);
    for (let i = lo; i < hi; i++) paint(ordered[i]!);
  }

  return { makeRange, paint, unpaint, repaint, paintWindowOf, firstBelow };
}

export type PaintWindow = ReturnType<typeof createPaintWindow>;
