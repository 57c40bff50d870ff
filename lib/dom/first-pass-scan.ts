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
  /** The local scan after the hand-over (FirstWindow.ready): longer slices. */
  slicedLong?: Sliced;
  index: BlockIndex;
  paints: PaintWindow;
  /** Each open shadow root the walk enters (the change follower observes it). */
  onShadowRoot: (shadow: ShadowRoot) => void;
  /** After the paint window is painted. */
  report: () => void;
  /** The window's first blocks scanned elsewhere (AnnotatorDeps.firstWindow). */
  firstWindow?: FirstWindow;
  signal: AbortSignal;
  /**
   * Whether the page has been painted once, and a wait for its next frame: the paint window is read
   * from the blocks' rectangles, and read before the page's first layout they made the content script
   * lay out the whole page (12–37 ms of a 50 KB page's start, traced).
   */
  painted?: { done(): boolean; next(): Promise<void>; atTop(): boolean };
}

/**
 * The walk looks whether it has passed the paint window after this many blocks, then after twice as
 * many each time: each look reads a few rectangles, and a page still loading has to be laid out for
 * them (with a look every 32 blocks, 1.6 ms of a 50 KB page's start).
 */
const EARLY_FIRST_LOOK = 32;
/** A page not laid out yet shows its top: its first blocks up to this many units are its first window. */
const TOP_WINDOW_UNITS = 4096;

/** How many of `order[from…]` fit in one FirstWindow request of at most `most` blocks. */
function chunkOf(
  blocks: readonly TextBlock[],
  order: readonly number[],
  from: number,
  fw: FirstWindow,
  most: number,
): number {
  let units = 0;
  let n = 0;
  while (from + n < order.length && n < Math.min(fw.maxTexts, most)) {
    units += blocks[order[from + n]!]!.text.length;
    if (units > fw.maxUnits) break;
    n++;
  }
  return n;
}

/** The page's blocks, scanned, in document order; undefined once aborted. */
export async function scanFirstPass(deps: FirstPassDeps): Promise<AnnotatedBlock[] | undefined> {
  const { scan, sliced, index, paints } = deps;
  const fw = deps.firstWindow;
  const blocks: TextBlock[] = [];
  const entries: AnnotatedBlock[] = [];
  // The first request goes as soon as the walk has passed the paint window — the text below it is not
  // needed to ask (on a 300 KB page the whole walk took 15–38 ms before the first request) — and its
  // answer is painted when it comes.
  let early: { first: number; last: number; n: number; answer: Promise<Mention[][] | null> } | undefined;
  // Meanwhile the walk holds, from its next turn until the frame after the answer is painted: the
  // answer, that frame and the same page's frames' own scripts do not share the thread with it (the
  // 300 KB pages with frames: the first highlight 6–8 ms sooner in paired loads; the rest of the page
  // is sent only after that frame in any case). A failed answer lets it go on: the pass reports it.
  let held: Promise<void> | undefined;
  /** Takes an answer's blocks in (a block the early answer took in stays as it was). */
  const takeAnswer = (ids: readonly number[], found: Mention[][]) =>
    ids.forEach((i, k) => (entries[i] ??= index.annotate(blocks[i]!, found[k] ?? [])));
  const paintAnswer = (ids: readonly number[], found: Mention[][]) => {
    takeAnswer(ids, found);
    for (const i of ids) paints.paint(entries[i]!);
  };
  const ask = (first: number, last: number) => {
    const window = Array.from({ length: last - first }, (_, i) => first + i);
    const n = chunkOf(blocks, window, 0, fw!, window.length);
    const ids = window.slice(0, n);
    const answer = fw!.scan(ids.map((i) => blocks[i]!.text));
    early = { first, last, n, answer };
    void answer.then((found) => found && !deps.signal.aborted && paintAnswer(ids, found));
    held = answer.then(
      () => deps.painted?.next(),
      () => {},
    );
  };
  // Before the page's first paint no rectangle is read (see `painted`): a page that shows its top asks
  // for its first blocks; one that opens at an anchor, or restores a scroll position, waits for it.
  // Kept once true: past TOP_WINDOW_UNITS the walk asks for every block until it has asked.
  let painted = !deps.painted;
  const laidOut = () => (painted ||= deps.painted!.done());
  const atTop = deps.painted?.atTop() ?? false;
  let nextLook = EARLY_FIRST_LOOK;
  let walked = 0;
  const collect = (b: TextBlock) => {
    blocks.push(b);
    walked += b.text.length;
    if (fw && !early) {
      if (atTop && walked >= TOP_WINDOW_UNITS && !laidOut()) ask(0, blocks.length);
      else if (blocks.length >= nextLook) {
        nextLook = 2 * blocks.length;
        if (laidOut()) {
          const [first, last] = paints.paintWindowOf(blocks);
          // Closed: a block walked so far starts below the window (later blocks are further down).
          if (last < blocks.length && last > first) ask(first, last);
        }
      }
    }
    return [b];
  };
  const walk = walkBlocks(deps.root, { onShadowRoot: deps.onShadowRoot });
  if (!(await sliced(walk, collect, () => held))) return undefined;
  if (fw && !early && !laidOut()) {
    if (atTop) ask(0, blocks.length);
    else await deps.painted!.next();
  }
  // Viewport first: scan and paint what the reader sees, then scan the rest in the background.
  // The paint window (viewport ± margin) is scanned and painted in one step: every change to the
  // registered highlights costs a frame that re-validates them, so there is one such frame, not two.
  const [first, last] = early ? [early.first, early.last] : paints.paintWindowOf(blocks);
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
    entries[i] = index.annotate(blocks[i]!, mentions);
  };
  const visible = Array.from({ length: last - first }, (_, i) => first + i);
  const rest = [
    ...Array.from({ length: blocks.length - last }, (_, i) => last + i),
    ...Array.from({ length: first }, (_, i) => i),
  ];
  if (!fw) {
    if (!(await sliced(visible, scanInto))) return undefined;
    for (const i of visible) paints.paint(entries[i]!);
    deps.report();
    if (!(await sliced(rest, scanInto))) return undefined;
    return entries;
  }

  // Scanned by the background (FirstWindow), in document order from the window's top: the window's
  // first blocks with the page state, then the others in requests of bounded size. After a block too
  // long for one request or an answer that did not come the rest is scanned here, and on a page longer
  // than `maxRemoteUnits` — where the matcher's fixed cost is small beside the scan, and a request per
  // 64K units would add up — everything after the first request.
  const order = [...visible, ...rest];
  let units = 0;
  for (const b of blocks) units += b.text.length;
  // A long page sends its window only: the rest is scanned here, as without a FirstWindow.
  const remoteBudget = units > fw.maxRemoteUnits ? 0 : fw.maxRemoteUnits;
  let done = 0;
  let remoteUnits = 0;
  const paintVisible = () => {
    for (const i of visible) if (entries[i]) paints.paint(entries[i]);
    deps.report();
  };
  while (done < order.length || done === 0) {
    // The first request carries the paint window alone: the first highlights wait for its answer, and
    // the background's scan and both messages grow with what it carries (the rest follows at once).
    const n =
      done === 0 && early
        ? early.n
        : chunkOf(blocks, order, done, fw, done === 0 && visible.length > 0 ? visible.length : Infinity);
    const ids = order.slice(done, done + n);
    const texts = ids.map((i) => blocks[i]!.text);
    remoteUnits += texts.reduce((u, t) => u + t.length, 0);
    const found = done === 0 ? await (early?.answer ?? fw.scan(texts)) : await fw.scanMore(texts);
    if (done === 0 && !found) return undefined; // the extension does not run here
    if (!found) break;
    takeAnswer(ids, found);
    const wasVisible = done < visible.length;
    done += n;
    if (wasVisible) paintVisible();
    if (n === 0 || remoteUnits >= remoteBudget) break;
  }
  if (done < order.length) {
    if (!(await fw.ready())) return undefined;
    const local = order.slice(done);
    if (!(await (deps.slicedLong ?? sliced)(local, scanInto))) return undefined;
    if (done < visible.length) paintVisible();
  }
  return entries;
}
