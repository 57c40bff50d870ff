/**
 * The mentions of a page, block by block: the definition the content script follows. It scans each
 * block of visible text on its own — a term never spans two blocks (a heading and the paragraph under
 * it are not one phrase) — and carries the short forms a block defines (以下简称…) to the blocks after
 * it. Whatever must agree with the content script scans through here: the annotate CLI on HTML, the
 * e2e tests' expectations and the page benchmark's expected counts.
 */
import type { Matcher } from './matcher';
import { createShortFormMemory, scanWithMemory } from './short-form-memory';
import type { Mention } from './types';

export interface ScannedBlock<B> {
  block: B;
  /** Offsets into `block.text`. */
  mentions: Mention[];
}

export function scanBlocks<B extends { readonly text: string }>(
  blocks: Iterable<B>,
  matcher: Matcher,
): ScannedBlock<B>[] {
  const memory = createShortFormMemory();
  const out: ScannedBlock<B>[] = [];
  for (const block of blocks) out.push({ block, mentions: scanWithMemory(block.text, matcher, memory) });
  return out;
}
