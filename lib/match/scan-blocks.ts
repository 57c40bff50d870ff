/**
 * The mentions of a page, block by block: the definition the content script follows. It scans each
 * block of visible text on its own — a term never spans two blocks (a heading and the paragraph under
 * it are not one phrase) — and carries the short forms a block defines (以下简称…) to the blocks after
 * it. Whatever must agree with the content script scans through here: the annotate CLI on HTML, the
 * e2e tests' expectations and the page benchmark's expected counts.
 *
 * A block longer than SLICE_UNITS is scanned in slices (issue 13: one 400k-unit paragraph was one
 * uninterrupted task of the content script), each cut right after a sentence end — 。！？； — that no
 * term holds, no standard designation holds, and no short form holds (short-forms.ts refuses one
 * that does). So no mention can run across a cut, and a
 * slice reads as the next block would: short forms defined before it carry over. A block with no
 * such sentence end (a long English paragraph, a table dump) is scanned whole.
 */
import type { Matcher } from './matcher';
import { createShortFormMemory, scanWithMemory } from './short-form-memory';
import { SENTENCE_ENDS } from './short-forms';
import type { Mention } from './types';

export interface ScannedBlock<B> {
  block: B;
  /** Offsets into `block.text`. */
  mentions: Mention[];
}

/** About 2–3 ms of scanning on the machines DESIGN.md measures on; a short paragraph is one slice. */
export const SLICE_UNITS = 16_384;

/**
 * Where a block's text is cut into slices for scanning: `[0, cut₁, …, text.length]`, each cut right
 * after the first sentence end past half a `size` from the previous one. (No shipped term holds a
 * sentence end — tests/unit/scan-blocks-slices.test.ts checks the dictionary — and a reader's own
 * terms cannot: lib/kb/user-term-surface.ts.)
 */
export function blockCuts(text: string, size = SLICE_UNITS): number[] {
  const cuts = [0];
  const half = Math.floor(size / 2);
  for (let i = half; i < text.length - half; i++) {
    if (SENTENCE_ENDS.includes(text[i]!)) {
      cuts.push(i + 1);
      i += half;
    }
  }
  cuts.push(text.length);
  return cuts;
}

/** Mentions of `text[from, to)` found by `scan`, moved to offsets into `text` (they are fresh objects). */
export function scanSlice(
  text: string,
  from: number,
  to: number,
  scan: (text: string) => Mention[],
): Mention[] {
  const mentions = scan(text.slice(from, to));
  for (const m of mentions) {
    m.start += from;
    m.end += from;
  }
  return mentions;
}

/** `memory`: what earlier blocks of the same page defined (it learns from these). */
export function scanBlocks<B extends { readonly text: string }>(
  blocks: Iterable<B>,
  matcher: Matcher,
  sliceUnits = SLICE_UNITS,
  memory = createShortFormMemory(),
): ScannedBlock<B>[] {
  const scan = (text: string) => scanWithMemory(text, matcher, memory);
  const out: ScannedBlock<B>[] = [];
  for (const block of blocks) {
    const cuts = blockCuts(block.text, sliceUnits);
    const mentions: Mention[] = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      for (const m of scanSlice(block.text, cuts[i]!, cuts[i + 1]!, scan)) mentions.push(m);
    }
    out.push({ block, mentions });
  }
  return out;
}
