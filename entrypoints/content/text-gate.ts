/**
 * Holds the content script back in a frame (or page) with no readable text — an empty widget, a
 * tracking pixel, an iframe with `display: none` — until text arrives or the frame is shown (issue
 * 15): until then it asks the background for nothing and holds no matcher. What it watches is cheap:
 * one MutationObserver whose callback only asks "is there text now?" (a bounded walk,
 * lib/dom/readable-text), and the window's `resize` (a hidden or tiny frame that grows), both gone
 * once the gate opens.
 *
 * A subframe's size is read after its next paint, when the layout is clean: read at once, it made
 * Blink lay out the page that holds the frame, mid-load — 4 ms of a 1 × 1 frame on the 300 KB page
 * (bench:page). A frame that is not rendered (`display: none`) paints no frame: it waits until it is
 * shown. The frame gate asks the size first (`untilFrameReadable`), the content script's own wait in
 * a subframe (`untilReadable`, once the gate has opened) the text first.
 */
import { whenFramePainted, whenWindowPainted } from '../../lib/dom/after-paint';
import { hasReadableText, isTinyFrame } from '../../lib/dom/readable-text';
import { isTopFrame } from '../../lib/dom/top-frame';
import { frameCostOf } from './frame-cost-record';

/** What can end the wait besides text: the content script's teardown, or its extension gone. */
export interface GateOptions {
  /** Aborted when the content script's life ends (the frame gate has none: it just stops looking). */
  signal?: AbortSignal;
  /** False once the frame gate's extension is gone; asked at each look after the first. */
  alive?: () => boolean;
  /**
   * A subframe whose size was just read after a paint (`untilFrameReadable`): text found at the first
   * look opens the gate at once, without waiting for another frame to read the size again.
   */
  shown?: boolean;
}

/**
 * Resolves true once `doc` has readable text in a frame big enough to show it; false if aborted, or
 * when a look finds `alive()` false (the frame gate's extension gone: it has no script context to
 * abort it).
 *
 * A quiet frame pays for every interface this touches: the first use of one in a frame sets it up in
 * the extension's isolated world there. So the wait holds no AbortController, its listeners are
 * removed one by one, and the size is read through a timer from the next frame's callback
 * (lib/dom/after-paint whenFramePainted), not a MessageChannel: together ~0.15–0.3 ms less per quiet
 * frame in traces (README, "What the numbers taught").
 */
export function untilReadable(
  doc: Document,
  { signal, alive = () => true, shown = false }: GateOptions = {},
): Promise<boolean> {
  const view = doc.defaultView;
  if (!view || signal?.aborted) return Promise.resolve(false);
  const cost = frameCostOf(globalThis);
  const clock = view.performance;
  cost.startAt ??= clock.now();
  const isTop = isTopFrame(view);
  const timed = <T>(look: () => T): T => {
    const t0 = clock.now();
    const answer = look();
    cost.checkMs += clock.now() - t0;
    return answer;
  };
  const hasText = () => {
    cost.checks += 1;
    return timed(() => hasReadableText(doc.body ?? doc.documentElement));
  };
  if (isTop && hasText()) return Promise.resolve(true);
  cost.waiting = true;
  return new Promise<boolean>((resolve) => {
    let closed = false;
    const done = (open: boolean) => {
      if (closed) return;
      closed = true;
      observer.disconnect();
      view.removeEventListener('resize', recheck);
      signal?.removeEventListener('abort', giveUp);
      cost.waiting = false;
      resolve(open);
    };
    const giveUp = () => done(false);
    // A subframe with text: its size once the next frame is painted (one look in flight at a time; a
    // hidden document is asked at once). A frame not rendered (`display: none`) gets no frame
    // callback: it waits until it is shown.
    const size = oneInFlight(
      (sized) => whenFramePainted(doc, sized),
      () => {
        if (!closed && !timed(() => isTinyFrame(view, isTop))) done(true);
      },
    );
    // `sizeKnown`: the size was just read (`shown`), true for the first look only.
    const look = (sizeKnown = false) => {
      if (!hasText()) return;
      if (isTop || sizeKnown) done(true);
      else size();
    };
    // Not on the first look: `alive` may touch the extension API, which a quiet frame need not set up.
    const recheck = () => (alive() ? look() : done(false));
    const observer = new view.MutationObserver(recheck);
    observer.observe(doc, {
      childList: true,
      subtree: true,
      characterData: true,
      // What un-skips a subtree (lib/dom/collect-text isSkippedElement).
      attributes: true,
      attributeFilter: ['hidden', 'aria-hidden', 'contenteditable'],
    });
    view.addEventListener('resize', recheck);
    signal?.addEventListener('abort', giveUp);
    if (!isTop) look(shown);
  });
}

/**
 * The frame gate's wait in a subframe: until it is rendered and bigger than a tracking pixel — read
 * after its next paint, then at each `resize` — and then until it has readable text (`untilReadable`,
 * started in the same callback). Resolves false when a look after the first finds `alive()` false.
 *
 * Size first, text second: the size wait touches the window alone (its timers, size and `resize`
 * event, on the global the isolated world starts with), so a 1 × 1 frame, and one with `display: none`
 * (it paints no frame until shown), never reach their document, whose interfaces — Document, each
 * element kind the text walk meets, the MutationObserver — are set up in the extension's world of that
 * frame on first use. A frame with text waits one frame either way (its size is read after a paint);
 * the price is a frame callback, a timer and a size read in a shown frame without text.
 */
export function untilFrameReadable(
  view: Window,
  { alive = () => true }: Pick<GateOptions, 'alive'> = {},
): Promise<boolean> {
  const cost = frameCostOf(globalThis);
  cost.waiting = true;
  return new Promise<boolean>((resolve) => {
    const shown = () => {
      view.removeEventListener('resize', recheck);
      // Looked at in this callback, not after a promise hop: the size just read is still true.
      resolve(untilReadable(view.document, { alive, shown: true }));
    };
    const giveUp = () => {
      view.removeEventListener('resize', recheck);
      cost.waiting = false;
      resolve(false);
    };
    const size = oneInFlight(
      (sized) => whenWindowPainted(view, sized),
      () => {
        if (!isTinyFrame(view, false)) shown();
      },
    );
    const recheck = () => (alive() ? size() : giveUp());
    view.addEventListener('resize', recheck);
    size();
  });
}

/**
 * `wait(callback)`, then `then()` — a call while one wait is in flight is dropped: both gates read a
 * frame's size once after each paint, however many changes and `resize` events asked for it.
 */
function oneInFlight(wait: (callback: () => void) => void, then: () => void): () => void {
  let waiting = false;
  return () => {
    if (waiting) return;
    waiting = true;
    wait(() => {
      waiting = false;
      then();
    });
  };
}
