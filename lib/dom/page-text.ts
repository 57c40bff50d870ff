/**
 * The page's collected text as one string — the blocks the annotator read, joined by newlines
 * (collect-text `visibleText`, the same text the annotate CLI reports) — with the maps both ways
 * between its offsets and DOM points. Clips are described and anchored in these offsets (STYLE.md §7:
 * match in text offsets, map to DOM ranges only at the edge), like Hypothesis' text-range.ts.
 */
import type { Mention } from '../match/types';
import { locateInBlock, visibleText } from './collect-text';
import type { AnnotatedBlock } from './page-annotator';

export interface PageText {
  readonly text: string;
  /** Where the `index`-th block starts in `text`. */
  blockStart(index: number): number;
  /** The offset of a DOM boundary point, or undefined when no collected text is near it. */
  offsetOf(node: Node, offset: number, side: 'start' | 'end'): number | undefined;
  /** One range per block the span `[start, end)` covers (a block never straddles two trees). */
  rangesOf(start: number, end: number): StaticRange[];
  /** The mentions the annotator found inside `[start, end)`, with offsets into `text`. */
  mentionsIn(start: number, end: number): Mention[];
  /** The offsets of the painted blocks (those near the viewport), for viewport-first work. */
  paintedSpan(): { start: number; end: number } | undefined;
}

const TEXT_NODE = 3;
/** How far an element boundary point looks for the nearest collected text, in nodes. */
const WALK_LIMIT = 20_000;

/** Nodes in document order from `from` (inclusive), within its tree. */
function* forward(from: Node | null): Generator<Node> {
  for (let n = from, steps = 0; n && steps < WALK_LIMIT; steps++) {
    yield n;
    if (n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && !n.nextSibling) n = n.parentNode;
    n = n?.nextSibling ?? null;
  }
}

const lastDescendant = (n: Node): Node => {
  while (n.lastChild) n = n.lastChild;
  return n;
};

/** Nodes in reverse document order from `from` (inclusive), within its tree. */
function* backward(from: Node | null): Generator<Node> {
  for (let n = from, steps = 0; n && steps < WALK_LIMIT; steps++) {
    yield n;
    n = n.previousSibling ? lastDescendant(n.previousSibling) : n.parentNode;
  }
}

/** The node after `n`'s subtree. */
function after(n: Node): Node | null {
  let m: Node | null = n;
  while (m && !m.nextSibling) m = m.parentNode;
  return m?.nextSibling ?? null;
}

export function createPageText(
  entries: readonly AnnotatedBlock[],
  StaticRangeCtor: typeof StaticRange,
): PageText {
  const { text, blockStarts } = visibleText(entries.map((e) => e.block));
  let where: Map<Node, { block: number; start: number }> | undefined;
  // Built on first use only: taking a clip needs it, anchoring does not.
  const index = () => {
    if (where) return where;
    where = new Map();
    entries.forEach((entry, b) => {
      const { nodes, starts } = entry.block;
      for (let i = 0; i < nodes.length; i++) where!.set(nodes[i]!, { block: b, start: starts[i]! });
    });
    return where;
  };
  const startOf = (node: Node) => {
    const at = index().get(node);
    return at && blockStarts[at.block]! + at.start;
  };

  function offsetOf(node: Node, offset: number, side: 'start' | 'end'): number | undefined {
    if (node.nodeType === TEXT_NODE) {
      const base = startOf(node);
      if (base !== undefined) return base + Math.min(offset, (node as Text).data.length);
      // Text we do not read (whitespace between blocks, a skipped element): the nearest that we do.
      return side === 'start' ? firstAfter(after(node)) : lastBefore(node, true);
    }
    const kids = node.childNodes;
    if (side === 'start') return firstAfter(offset < kids.length ? kids[offset]! : after(node));
    return offset > 0 ? lastBefore(lastDescendant(kids[offset - 1]!), false) : lastBefore(node, true);
  }

  function firstAfter(from: Node | null): number | undefined {
    for (const n of forward(from)) {
      const base = n.nodeType === TEXT_NODE ? startOf(n) : undefined;
      if (base !== undefined) return base;
    }
    return undefined;
  }

  function lastBefore(from: Node, exclusive: boolean): number | undefined {
    for (const n of backward(from)) {
      if (exclusive && n === from) continue;
      const base = n.nodeType === TEXT_NODE ? startOf(n) : undefined;
      if (base !== undefined) return base + (n as Text).data.length;
    }
    return undefined;
  }

  /** The index of the last block starting at or before `offset`. */
  function blockAt(offset: number): number {
    let lo = 0;
    let hi = blockStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blockStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  function rangesOf(start: number, end: number): StaticRange[] {
    const ranges: StaticRange[] = [];
    if (entries.length === 0 || end <= start) return ranges;
    for (let b = blockAt(start); b < entries.length && blockStarts[b]! < end; b++) {
      const { block } = entries[b]!;
      const s = Math.max(0, start - blockStarts[b]!);
      const e = Math.min(block.text.length, end - blockStarts[b]!);
      if (s >= e) continue;
      const from = locateInBlock(block, s);
      const to = locateInBlock(block, e, true);
      ranges.push(
        new StaticRangeCtor({
          startContainer: from.node,
          startOffset: from.offset,
          endContainer: to.node,
          endOffset: to.offset,
        }),
      );
    }
    return ranges;
  }

  function mentionsIn(start: number, end: number): Mention[] {
    const found: Mention[] = [];
    if (entries.length === 0) return found;
    for (let b = blockAt(start); b < entries.length && blockStarts[b]! < end; b++) {
      const base = blockStarts[b]!;
      for (const m of entries[b]!.mentions) {
        if (base + m.start >= start && base + m.end <= end) {
          found.push({ ...m, start: base + m.start, end: base + m.end });
        }
      }
    }
    return found;
  }

  function paintedSpan(): { start: number; end: number } | undefined {
    let first = -1;
    let last = -1;
    entries.forEach((entry, b) => {
      if (entry.ranges === null) return;
      if (first < 0) first = b;
      last = b;
    });
    if (first < 0) return undefined;
    return { start: blockStarts[first]!, end: blockStarts[last]! + entries[last]!.block.text.length };
  }

  return {
    text,
    blockStart: (index) => blockStarts[index] ?? text.length,
    offsetOf,
    rangesOf,
    mentionsIn,
    paintedSpan,
  };
}
