/**
 * The page annotator's shapes (lib/dom/page-annotator.ts): annotated blocks, references to a mention
 * in the page, the counts it reports, what it needs and what it offers.
 */
import type { Mention, MentionKind } from '../match/types';
import type { TextBlock } from './collect-text';
import type { Highlighter } from './highlighter';

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
  /** The first pass scanned elsewhere, before `scan` can be used (see FirstWindow). */
  firstWindow?: FirstWindow;
  onStats?: (stats: AnnotatorStats) => void;
  /** Called once the first full pass is done (benchmarks mark it). */
  onDone?: (stats: AnnotatorStats) => void;
}

/**
 * The first pass scanned by whoever holds a matcher (the background; issue 15), so that a page holds
 * none: the blocks of the first painted window go with the first request (`scan`, which also decides
 * whether to run) and are painted as soon as it answers, the others follow in bounded requests
 * (`scanMore`), in the order the local pass would take, the short forms carried from one to the next
 * by whoever answers; the page's later changes are sent the same way (`scanMore`, up to
 * `maxRemoteUnits` of them: lib/dom/follow-changes.ts). `ready()` gives the annotator its own `scan` —
 * for a block too long to send, an answer that failed, a page (or its changes) past `maxRemoteUnits`.
 */
export interface FirstWindow {
  /** The window's first blocks: one mention list per text; null: stop (the extension is off here). */
  scan(texts: string[]): Promise<Mention[][] | null>;
  /** The next blocks in order; null: scan the rest locally. */
  scanMore(texts: string[]): Promise<Mention[][] | null>;
  /** Resolves once `scan` may be used, with what the answers so far defined; false: stop. */
  ready(): Promise<boolean>;
  /** Whether `scan` may be used now (`ready` has resolved true). */
  hasMatcher(): boolean;
  /** How many blocks, and UTF-16 units over them, one request takes at most. */
  maxTexts: number;
  maxUnits: number;
  /** Past this many units sent, the rest of the page is scanned locally. */
  maxRemoteUnits: number;
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
