/**
 * The annotator's first full pass: collect the page's text blocks, then scan and paint the ones in
 * the paint window (what the reader sees) before scanning the rest in the background — all in slices
 * (lib/dom/sliced-work.ts).
 */
import { blockCuts, scanSlice } from '../match/scan-blocks';
import type { Mention } from '../match/types';
import type { AnnotatedBlock, FirstWindow } from './annotator-types';
import type { BlockIndex } from './block-index';
import { walkBlocks, type TextBlock } from './collect-text';
import type { PaintWindow } from './paint-window';
import type { Sliced } from './sliced-work';

export interface FirstPassDeps {
  root: Node;
  scan: (text: string) => Mention[];
  /** A block longer than this is scanned in slices (AnnotatorDeps.sliceUnits). */
  sliceUnits?: number;
  sliced: Sliced;
  index: BlockIndex;
  paints: PaintWindow;
  /** Each open shadow root the walk enters (the change follower observes it). */
  onShadowRoot: (shadow: ShadowRoot) => void;
  /** After the paint window is painted. */
  report: () => void;
  /** The window's first blocks scanned elsewhere (AnnotatorDeps.firstWindow). */
  firstWindow?: FirstWindow;
}

/** How many blocks from `first` fit in one FirstWindow request. */
function windowPrefix(blocks: readonly TextBlock[], first: number, last: number, fw: FirstWindow): number {
  let units = 0;
  let n = 0;
  while (first + n < last && n < fw.maxTexts) {
    units += blocks[first + n]!.text.length;
    if (units > fw.maxUnits) break;
    n++;
  }
  return n;
}

const sameMentions = (a: readonly Mention[], b: readonly Mention[]) =>
  a.length === b.length &&
  a.every(
    (m, i) => m.start === b[i]!.start && m.end === b[i]!.end && m.kind === b[i]!.kind && m.id === b[i]!.id,
  );

/** The page's blocks, scanned, in document order; undefined once aborted. */
export async function scanFirstPass(deps: FirstPassDeps): Promise<AnnotatedBlock[] | undefined> {
  const { scan, sliced, index, paints } = deps;
  const blocks: TextBlock[] = [];
  if (!(await sliced(walkBlocks(deps.root, { onShadowRoot: deps.onShadowRoot }), (b) => [blocks.push(b)])))
    return undefined;
  // Viewport first: scan and paint what the reader sees, then scan the rest in the background.
  // The paint window (viewport ± margin) is scanned and painted in one step: every change to the
  // registered highlights costs a frame that re-validates them, so there is one such frame, not two.
  const [first, last] = paints.paintWindowOf(blocks);
  const entries: AnnotatedBlock[] = new Array(blocks.length);
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
    const before = entries[i];
    if (!before) entries[i] = index.annotate(blocks[i]!, mentions);
    else if (!sameMentions(before.mentions, mentions)) {
      deps.firstWindow?.onDisagree?.();
      const painted = before.ranges !== null;
      paints.unpaint(before);
      index.forget(before);
      entries[i] = index.annotate(blocks[i]!, mentions);
      if (painted) paints.paint(entries[i]!);
    }
  };
  let from = first;
  const fw = deps.firstWindow;
  if (fw) {
    // The window's top blocks from the background, painted at once; rescanned below, in order, so
    // the local short-form memory reads them as if it had scanned them first (FirstWindow).
    const n = windowPrefix(blocks, first, last, fw);
    const found = await fw.scan(blocks.slice(first, first + n).map((b) => b.text));
    if (!found) return undefined;
    for (let k = 0; k < n; k++) {
      entries[first + k] = index.annotate(blocks[first + k]!, found[k] ?? []);
      paints.paint(entries[first + k]!);
    }
    deps.report();
    if (!(await fw.ready())) return undefined;
    if (
      !(await sliced(
        Array.from({ length: n }, (_, k) => first + k),
        scanInto,
      ))
    )
      return undefined;
    from = first + n;
  }
  const visible = Array.from({ length: last - from }, (_, i) => from + i);
  if (!(await sliced(visible, scanInto))) return undefined;
  for (const i of visible) paints.paint(entries[i]!);
  deps.report();
  const rest = [
    ...Array.from({ length: blocks.length - last }, (_, i) => last + i),
    ...Array.from({ length: first }, (_, i) => i),
  ];
  if (!(await sliced(rest, scanInto))) return undefined;
  return entries;
}
