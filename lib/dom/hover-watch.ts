/**
 * Hover over a highlighted mention → after a short delay, `onHover(ref, anchor)`; the pointer leaving
 * every mention → `onLeave()`. Pointer moves are coalesced per animation frame, and the caret lookup
 * (a layout query) runs at most once per frame.
 *
 * The delay is counted from the pointer event that reached the mention (its `timeStamp`), not from the
 * frame that sampled it, so sampling adds nothing to it (issue 10: 300 ms measured as 450–550 ms). The
 * other part of that gap was the card's round trip to the background — a service worker that the
 * browser stopped after 30 s idle has to start again first — so `onEnter` tells the content script at
 * once, and it asks for the card while the delay runs.
 *
 * "Only while Alt is held" (options, issue 12: many readers do not want cards on mere hover): then a
 * rest on a mention opens the card only if the pointer event that brought it there had Alt (⌥ Option)
 * down, or once Alt is pressed while the pointer rests on it. Only the reader's own input counts
 * (`isTrusted`): a page script cannot open cards by sending pointer or key events (issue 14).
 */
import { caretAt, pointInRects, rectsOf } from './hit-test';
import { locateInBlock } from './collect-text';
import type { MentionRefInPage, PageAnnotator } from './page-annotator';

/** The mention under a point and the rectangle (of its lines) the pointer is on. */
export type HoverHit = { ref: MentionRefInPage; anchor: DOMRect } | null;

export interface HoverWatchDeps {
  doc: Document;
  annotator: Pick<PageAnnotator, 'mentionAt' | 'shadowRoots'>;
  signal: AbortSignal;
  /** Ignore the pointer while it is over our own UI (the card). */
  isOwnUi: (target: EventTarget | null) => boolean;
  /** The pointer reached a mention; `onHover` follows after the delay if it stays. */
  onEnter?: (ref: MentionRefInPage) => void;
  onHover: (ref: MentionRefInPage, anchor: DOMRect) => void;
  onLeave: () => void;
  delayMs?: number;
  /** The card opens only while Alt is held (see above). */
  needsAlt?: boolean;
  /** The page's clock, on which event `timeStamp`s are; frame scheduling. Parameters for tests. */
  now?: () => number;
  requestFrame?: (callback: () => void) => number;
  cancelFrame?: (handle: number) => void;
  /** What is under a point; by default the caret lookup on the annotated text. */
  hitTest?: (x: number, y: number) => HoverHit;
}

/** The span of a mention in page coordinates, for hit-checks and for anchoring the card. */
export function mentionSpan(ref: MentionRefInPage) {
  const m = ref.entry.mentions[ref.index]!;
  const start = locateInBlock(ref.entry.block, m.start);
  const end = locateInBlock(ref.entry.block, m.end, true);
  return {
    startContainer: start.node,
    startOffset: start.offset,
    endContainer: end.node,
    endOffset: end.offset,
  };
}

export function sameMention(a: MentionRefInPage | null, b: MentionRefInPage | null): boolean {
  return !!a && !!b && a.entry === b.entry && a.index === b.index;
}

/**
 * The default hit test: the caret at the point, its mention, and a check that the point is on its
 * glyphs. The caret is a boundary between two characters, and the glyph under the point may be either
 * one: past the middle of a mention's last character it is the mention's end, and where a run is
 * reversed (CJK inside RTL text) the caret at the run's visual edge is its logical other end (issue 14,
 * measured: 碳 of `مرحبا 碳足迹` gave the offset after 迹). So the character before it is tried too.
 */
function caretHit(doc: Document, annotator: HoverWatchDeps['annotator'], x: number, y: number): HoverHit {
  const caret = caretAt(doc, x, y, annotator.shadowRoots());
  if (!caret) return null;
  for (const offset of caret.offset > 0 ? [caret.offset, caret.offset - 1] : [caret.offset]) {
    const ref = annotator.mentionAt(caret.node, offset);
    if (!ref) continue;
    const anchor = rectsOf(doc, mentionSpan(ref)).find((r) => pointInRects([r], x, y));
    if (anchor) return { ref, anchor };
  }
  return null;
}

/** Options the reader can change while the page is open (lib/messages: setUiPrefs). */
export interface HoverWatch {
  set(options: { delayMs: number; needsAlt: boolean }): void;
}

export function watchHover(deps: HoverWatchDeps): HoverWatch {
  const { doc, annotator, signal } = deps;
  let { delayMs = 300, needsAlt = false } = deps;
  const view = doc.defaultView;
  const watch: HoverWatch = { set: (o) => ({ delayMs, needsAlt } = o) };
  if (!view) return watch;
  const now = deps.now ?? (() => view.performance.now());
  const requestFrame = deps.requestFrame ?? ((cb: () => void) => view.requestAnimationFrame(cb));
  const cancelFrame = deps.cancelFrame ?? ((id: number) => view.cancelAnimationFrame(id));
  const hitTest = deps.hitTest ?? ((x: number, y: number) => caretHit(doc, annotator, x, y));
  let last: { x: number; y: number; target: EventTarget | null; at: number } | null = null;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: MentionRefInPage | null = null;
  /** Where the pointer rests: its mention, once the delay has run. */
  let resting: HoverHit = null;
  /** Alt is down, as the reader's last pointer or key event says. */
  let alt = false;
  const open = () => {
    if (resting && (!needsAlt || alt)) deps.onHover(resting.ref, resting.anchor);
  };

  const clear = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const check = () => {
    frame = 0;
    if (!last || signal.aborted) return;
    const { x, y, target, at } = last;
    if (deps.isOwnUi(target)) return;
    const found = hitTest(x, y);
    const hit = found?.ref ?? null;
    if (sameMention(hit, current)) return;
    clear();
    current = hit;
    resting = null;
    if (!found) {
      deps.onLeave();
      return;
    }
    deps.onEnter?.(found.ref);
    // Time already spent since the event (the frame that sampled it, a busy main thread) counts.
    const spent = Math.min(Math.max(0, now() - at), delayMs);
    timer = setTimeout(() => {
      timer = undefined;
      if (signal.aborted || !sameMention(current, found.ref)) return;
      resting = found;
      open();
    }, delayMs - spent);
  };

  doc.addEventListener(
    'pointermove',
    (e) => {
      // Only the reader's own pointer (issue 14): a page script's synthetic moves open no card.
      if (!e.isTrusted) return;
      // `timeStamp` is on the page's clock (High Resolution Time); a value from the future (no such
      // browser known) or a missing one counts as "now".
      const t = now();
      const at = e.timeStamp > 0 && e.timeStamp <= t ? e.timeStamp : t;
      last = { x: e.clientX, y: e.clientY, target: e.target, at };
      alt = e.altKey;
      if (!frame) frame = requestFrame(check);
    },
    { passive: true, signal },
  );
  // Alt pressed while the pointer rests on a mention opens its card at once; let go, it opens no other.
  const onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted || e.key !== 'Alt') return;
    alt = e.type === 'keydown';
    if (alt && needsAlt && !e.repeat) open();
  };
  doc.addEventListener('keydown', onKey, { capture: true, passive: true, signal });
  doc.addEventListener('keyup', onKey, { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => {
    clear();
    if (frame) cancelFrame(frame);
  });
  return watch;
}
