/**
 * Hover over a highlighted mention → after a short delay, `onHover(ref, anchor)`; the pointer leaving
 * every mention → `onLeave()`. Pointer moves are coalesced per animation frame, and the caret lookup
 * (a layout query) runs at most once per frame.
 */
import { caretAt, pointInRects, rectsOf } from './hit-test';
import { locateInBlock } from './collect-text';
import type { MentionRefInPage, PageAnnotator } from './page-annotator';

export interface HoverWatchDeps {
  doc: Document;
  annotator: Pick<PageAnnotator, 'mentionAt' | 'shadowRoots'>;
  signal: AbortSignal;
  /** Ignore the pointer while it is over our own UI (the card). */
  isOwnUi: (target: EventTarget | null) => boolean;
  onHover: (ref: MentionRefInPage, anchor: DOMRect) => void;
  onLeave: () => void;
  delayMs?: number;
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

export function watchHover(deps: HoverWatchDeps): void {
  const { doc, annotator, signal, delayMs = 300 } = deps;
  const view = doc.defaultView;
  if (!view) return;
  let last: { x: number; y: number; target: EventTarget | null } | null = null;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: MentionRefInPage | null = null;

  const clear = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const check = () => {
    frame = 0;
    if (!last || signal.aborted) return;
    const { x, y, target } = last;
    if (deps.isOwnUi(target)) return;
    const caret = caretAt(doc, x, y, annotator.shadowRoots());
    const ref = caret ? annotator.mentionAt(caret.node, caret.offset) : null;
    const rects = ref ? rectsOf(doc, mentionSpan(ref)) : [];
    const hit = ref && pointInRects(rects, x, y) ? ref : null;
    if (sameMention(hit, current)) return;
    clear();
    current = hit;
    if (!hit) {
      deps.onLeave();
      return;
    }
    const anchor = rects.find((r) => pointInRects([r], x, y)) ?? rects[0]!;
    timer = setTimeout(() => {
      timer = undefined;
      if (!signal.aborted && sameMention(current, hit)) deps.onHover(hit, anchor);
    }, delayMs);
  };

  doc.addEventListener(
    'pointermove',
    (e) => {
      last = { x: e.clientX, y: e.clientY, target: e.target };
      if (!frame) frame = view.requestAnimationFrame(check);
    },
    { passive: true, signal },
  );
  signal.addEventListener('abort', () => {
    clear();
    if (frame) view.cancelAnimationFrame(frame);
  });
}
