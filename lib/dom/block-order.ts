/** Keeping the annotator's blocks in document order as the page adds new ones. */
import type { AnnotatedBlock } from './annotator-types';
import { compareInWalkOrder } from './collect-text';

/**
 * `fresh` merged into `ordered` (both in document order after sorting `fresh`): each new block's place
 * is found by bisection — a few `compareDocumentPosition` calls each rather than one per tracked block.
 */
export function insertInOrder(ordered: AnnotatedBlock[], fresh: AnnotatedBlock[]): AnnotatedBlock[] {
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
export function compareBlocks(a: AnnotatedBlock, b: AnnotatedBlock): number {
  return a === b ? 0 : compareInWalkOrder(a.block.nodes[0]!, b.block.nodes[0]!);
}
